package org.yusuan.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.io.csv.internal.TableFiles;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.testkit.Disclosures;

/**
 * Any disclosure survives model → CSV → model unchanged, in both shapes, as folder and as zip: over the testkit's
 * {@code Disclosures.any()} (shrinking) and over this module's {@link RandomDisclosures} (denser in hostile text).
 */
class CsvRoundTripProperties {

    @Provide
    Arbitrary<BudgetDisclosure> disclosures() {
        return Arbitraries.oneOf(Disclosures.any(), RandomDisclosures.any());
    }

    /** 500 tries, not the default 1000: generating a whole disclosure costs tens of milliseconds. */
    @Property(tries = 500)
    void perTableFilesGiveBackTheDisclosureInEitherLanguageWithOrWithoutBom(
            @ForAll("disclosures") BudgetDisclosure disclosure, @ForAll boolean english, @ForAll boolean bom) {
        Map<String, byte[]> files = TableFiles.write(disclosure, english, bom);

        assertEquals(disclosure, TableFiles.read(files, Optional.empty(), "memory"));
    }

    /** Fewer tries: each writes a folder to disk; the in-memory property above covers the content. */
    @Property(tries = 50)
    void perTableFolderGivesBackTheDisclosure(@ForAll("disclosures") BudgetDisclosure disclosure) throws IOException {
        Path dir = Files.createTempDirectory("yusuan-csv");
        try {
            TableCsv.standard().writeFolder(disclosure, dir);
            assertEquals(disclosure, TableCsv.standard().readFolder(dir));
        } finally {
            delete(dir);
        }
    }

    /** Fewer tries: each writes a zip to disk; the in-memory property above covers the content. */
    @Property(tries = 50)
    void perTableZipWithEnglishHeadersAndBomGivesBackTheDisclosure(
            @ForAll("disclosures") BudgetDisclosure disclosure) throws IOException {
        Path dir = Files.createTempDirectory("yusuan-csv");
        try {
            Path zip = dir.resolve("disclosure.zip");
            TableCsv.standard().withEnglishHeaders().withBom().writeZip(disclosure, zip);
            assertEquals(disclosure, TableCsv.standard().readZip(zip));
        } finally {
            delete(dir);
        }
    }

    @Provide
    Arbitrary<List<BudgetDisclosure>> disclosureLists() {
        return disclosures().list().ofMaxSize(3);
    }

    /** Fewer tries than the default: each try writes up to three disclosures. */
    @Property(tries = 250)
    void longCsvGivesBackEveryDisclosureInOrder(@ForAll("disclosureLists") List<BudgetDisclosure> disclosures)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LongCsv.standard().withBom().write(disclosures, out);

        assertEquals(disclosures, LongCsv.standard().read(new ByteArrayInputStream(out.toByteArray()), "long.csv"));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
