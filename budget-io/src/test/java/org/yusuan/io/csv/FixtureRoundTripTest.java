package org.yusuan.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.testkit.Fixtures;

/** The hand-built model of the real 库尔勒市人民政府办公室 disclosure survives both CSV shapes unchanged. */
class FixtureRoundTripTest {

    private final BudgetDisclosure korla = Fixtures.korlaCityGovOffice();

    @Test
    void perTableFolderGivesBackTheSameDisclosure(@TempDir Path dir) throws Exception {
        TableCsv.standard().writeFolder(korla, dir);

        assertEquals(korla, TableCsv.standard().readFolder(dir));
        assertTrue(Files.exists(dir.resolve("disclosure.csv")));
        assertTrue(Files.exists(dir.resolve("t01-revenue-expenditure-summary.csv")));
    }

    @Test
    void writingAFolderAgainRemovesTheFilesOfTablesTheNewDisclosureLacks(@TempDir Path dir) throws Exception {
        TableCsv.standard().writeFolder(korla, dir);
        BudgetDisclosure identityOnly = BudgetDisclosure.builder().entityName(korla.getEntityName())
                .entityKind(korla.getEntityKind()).fiscalYear(korla.getFiscalYear()).build();

        TableCsv.standard().writeFolder(identityOnly, dir);

        assertEquals(identityOnly, TableCsv.standard().readFolder(dir));
        assertFalse(Files.exists(dir.resolve("t01-revenue-expenditure-summary.csv")));
    }

    @Test
    void perTableZipWithEnglishHeadersAndBomGivesBackTheSameDisclosure(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("korla.zip");
        TableCsv.standard().withEnglishHeaders().withBom().writeZip(korla, zip);

        assertEquals(korla, TableCsv.standard().readZip(zip));
    }

    @Test
    void longCsvGivesBackTheSameDisclosures() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LongCsv.standard().write(List.of(korla, korla), out);

        List<BudgetDisclosure> back = LongCsv.standard().read(new ByteArrayInputStream(out.toByteArray()), "korla.csv");

        assertEquals(List.of(korla, korla), back);
    }
}
