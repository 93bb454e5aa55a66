package org.yusuan.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yusuan.io.ReadException;
import org.yusuan.model.BudgetDisclosure;

/**
 * The spec-driven edge cases of both CSV shapes: each folder under {@code csv-cases/} is one case, with a
 * {@code case.properties} saying what it proves ({@code description}), its shape ({@code long}: {@code input.csv};
 * {@code table}: an {@code input/} folder), an optional {@code charset} to read with, and either {@code expect=ok}
 * with an {@code expected.csv} (the long CSV the read disclosures write back to, byte for byte) or
 * {@code expect=error} with the parts of the {@link ReadException} to check ({@code error.source} (suffix),
 * {@code error.line}, {@code error.column}, {@code error.table}, {@code error.row}, {@code error.field}, and
 * substrings of {@code error.problem} and {@code error.expected}).
 */
class CsvCasesTest {

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path root = root();
        try (Stream<Path> dirs = Files.list(root)) {
            List<String> names = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .toList();
            assertTrue(names.size() >= 30, "the cases are there");
            return names.stream();
        }
    }

    private static Path root() throws URISyntaxException {
        return Paths.get(CsvCasesTest.class.getResource("/csv-cases").toURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseBehavesAsSpecified(String name) throws Exception {
        Path dir = root().resolve(name);
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("case.properties"), StandardCharsets.UTF_8)) {
            props.load(in);
        }
        assertTrue(props.containsKey("description"), "every case says what it proves");
        String expect = props.getProperty("expect");
        if (expect.equals("ok")) {
            List<BudgetDisclosure> read = read(dir, props);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            LongCsv.standard().write(read, out);
            String actual = out.toString(StandardCharsets.UTF_8);
            Path record = Paths.get("target", "csv-cases-actual", name + ".csv");
            Files.createDirectories(record.getParent());
            Files.writeString(record, actual, StandardCharsets.UTF_8);
            Path expected = dir.resolve("expected.csv");
            if (!Files.exists(expected)) {
                fail("no expected.csv for " + name + "; the actual output is in " + record.toAbsolutePath());
            }
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
        } else if (expect.equals("error")) {
            ReadException e = assertThrows(ReadException.class, () -> read(dir, props));
            check(props, "source", s -> e.source().endsWith(s), e);
            check(props, "line", s -> e.line().isPresent() && e.line().getAsLong() == Long.parseLong(s), e);
            check(props, "column", s -> e.column().isPresent() && e.column().getAsLong() == Long.parseLong(s), e);
            check(props, "table", s -> e.table().filter(s::equals).isPresent(), e);
            check(props, "row", s -> e.row().filter(s::equals).isPresent(), e);
            check(props, "field", s -> e.field().filter(s::equals).isPresent(), e);
            check(props, "problem", s -> e.problem().contains(s), e);
            check(props, "expected", s -> e.expected().filter(x -> x.contains(s)).isPresent(), e);
        } else {
            fail("expect must be ok or error: " + expect);
        }
    }

    private static void check(Properties props, String part, java.util.function.Predicate<String> ok,
            ReadException e) {
        String want = props.getProperty("error." + part);
        if (want != null && !ok.test(want)) {
            fail("error." + part + " should be " + want + " but the error was: " + e.getMessage());
        }
    }

    private static List<BudgetDisclosure> read(Path dir, Properties props) throws IOException {
        String charset = props.getProperty("charset");
        switch (props.getProperty("shape")) {
            case "long" -> {
                LongCsv csv = charset == null ? LongCsv.standard() : LongCsv.standard().withCharset(
                        Charset.forName(charset));
                return csv.read(dir.resolve("input.csv"));
            }
            case "table" -> {
                TableCsv csv = charset == null ? TableCsv.standard() : TableCsv.standard().withCharset(
                        Charset.forName(charset));
                return List.of(csv.readFolder(dir.resolve("input")));
            }
            default -> throw new IllegalArgumentException("shape must be long or table");
        }
    }
}
