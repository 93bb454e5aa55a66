package org.yusuan.codes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every code printed in the real disclosures resolves in the 2024 catalog with its printed name (after
 * normalization), or is a known misprint whose reason is listed in {@code fixture-codes.tsv}.
 *
 * <p>The codes are found by reading the fixture texts here, independently of that list: the list only says which
 * printings are misprints and why, and a test proves that each listed misprint really does not resolve.
 */
class FixtureCodesTest {

    private static final List<String> FIXTURES = List.of("2024-korla-city-gov-office.txt",
            "2024-korla-etdz-party-gov-office.txt", "2024-korla-etdz-social-affairs-center.txt");
    private static final Pattern NUMBER_CELL = Pattern.compile("\\d{1,3}");
    private static final Pattern CATEGORY_CELL = Pattern.compile("(2\\d{2}) (\\p{IsHan}{3}.*)");
    private static final Pattern NARRATIVE_CODE = Pattern.compile("^(2\\d{6}) (\\S+) [\\d,.]+ ?万元");

    private final ClassificationCatalog<FunctionalCode> functional = ClassificationCatalog.functional(2024);
    private final ClassificationCatalog<EconomicCode> economic = ClassificationCatalog.economic(2024);

    /** One printing of a code in a fixture: the code cells as printed and the name as printed. */
    private record Printed(String fixture, int line, List<String> codeCells, String name) {
        String key() {
            return fixture + ":" + line;
        }
    }

    /** One row of fixture-codes.tsv. */
    private record Verdict(String code, String printedName, String verdict) {
    }

    @Test
    void everyPrintedCodeResolvesWithItsNameOrIsAKnownMisprint() throws IOException {
        Map<String, Verdict> verdicts = verdicts();
        List<Printed> printed = new ArrayList<>();
        for (String fixture : FIXTURES) {
            printed.addAll(printedCodes(fixture));
        }
        assertTrue(printed.size() > 350, () -> "found only " + printed.size() + " printed codes");

        List<String> problems = new ArrayList<>();
        for (Printed p : printed) {
            Verdict verdict = verdicts.get(p.key());
            if (verdict == null) {
                problems.add(p.key() + " prints " + p.codeCells() + " " + p.name() + " but fixture-codes.tsv has no row");
                continue;
            }
            Optional<String> resolved = resolve(p);
            if (verdict.verdict().equals("ok")) {
                if (resolved.isPresent()) {
                    problems.add(p.key() + " is listed as ok but " + resolved.get());
                } else if (!codeOf(p).map(ClassificationCode::digits).orElse("").equals(verdict.code())) {
                    problems.add(p.key() + " is listed as " + verdict.code() + " but prints " + p.codeCells());
                }
            } else {
                assertTrue(verdict.verdict().startsWith("misprint: ") && verdict.verdict().length() > 20,
                        () -> p.key() + " has no reason: " + verdict.verdict());
                if (resolved.isEmpty()) {
                    problems.add(p.key() + " is listed as a misprint but resolves cleanly: " + p.codeCells() + " "
                            + p.name());
                }
                assertTrue(catalogOf(verdict.code()).isPresent(),
                        () -> p.key() + ": the intended code " + verdict.code() + " is not in the catalog");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(printed.size(), verdicts.size(), "fixture-codes.tsv lists a line the fixtures do not print");
    }

    @Test
    void theMisprintsAreTheOnesWeKnowOf() throws IOException {
        Map<String, Long> reasons = new LinkedHashMap<>();
        verdicts().values().stream().filter(v -> !v.verdict().equals("ok"))
                .forEach(v -> reasons.merge(v.verdict().replaceAll("\\(.*", "").strip(), 1L, Long::sum));
        long total = reasons.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(54, total, reasons::toString);
    }

    /** Empty when the printing resolves with its name; otherwise why not. */
    private Optional<String> resolve(Printed p) {
        Optional<? extends ClassificationCode<?>> code;
        try {
            code = codeOf(p);
        } catch (CodeFormatException e) {
            return Optional.of("the code does not parse: " + e.getMessage());
        }
        if (code.isEmpty()) {
            return Optional.of("no code");
        }
        Optional<String> name = catalogOf(code.get().digits());
        if (name.isEmpty()) {
            return Optional.of(code.get() + " is not in the catalog");
        }
        if (p.name().isEmpty()) {
            return Optional.of("no name is printed");
        }
        if (!CodeNames.sameName(p.name(), name.get())) {
            return Optional.of("the catalog names " + code.get() + " " + name.get() + ", the fixture prints "
                    + p.name());
        }
        return Optional.empty();
    }

    private Optional<? extends ClassificationCode<?>> codeOf(Printed p) {
        List<String> cells = p.codeCells();
        if (cells.get(0).startsWith("3")) {
            return Optional.of(EconomicCode.ofColumns(cells.get(0), cells.size() > 1 ? cells.get(1) : ""));
        }
        return Optional.of(FunctionalCode.ofColumns(cells.get(0), cells.size() > 1 ? cells.get(1) : "",
                cells.size() > 2 ? cells.get(2) : ""));
    }

    private Optional<String> catalogOf(String digits) {
        return digits.startsWith("3") ? economic.nameOf(EconomicCode.parse(digits))
                : functional.nameOf(FunctionalCode.parse(digits));
    }

    /** Finds every line of a fixture that prints a code, in the three ways the disclosures print them. */
    private static List<Printed> printedCodes(String fixture) throws IOException {
        List<Printed> found = new ArrayList<>();
        String[] lines = read("fixtures/disclosures/" + fixture).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("</?b>", "");
            int number = i + 1;
            Matcher narrative = NARRATIVE_CODE.matcher(line);
            if (narrative.find()) {
                found.add(new Printed(fixture, number, List.of(narrative.group(1)), narrative.group(2)));
                continue;
            }
            List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
            if (!cells.isEmpty() && cells.size() > 2 && NUMBER_CELL.matcher(cells.get(0)).matches()
                    && (cells.get(0).startsWith("2") || cells.get(0).startsWith("3"))) {
                found.add(splitColumnRow(fixture, number, cells));
                continue;
            }
            for (String cell : cells) {
                Matcher category = CATEGORY_CELL.matcher(cell);
                if (category.matches()) {
                    found.add(new Printed(fixture, number, List.of(category.group(1)), category.group(2)));
                }
            }
        }
        return found;
    }

    /**
     * A table row whose code is printed in split 类/款/项 columns: the leading number cells (up to four, as
     * damaged rows print more), then the name, or no name when the table leaves the name column out.
     */
    private static Printed splitColumnRow(String fixture, int line, List<String> cells) {
        int codeColumns = cells.get(0).startsWith("3") ? 2 : 3;
        List<String> code = new ArrayList<>();
        int i = 0;
        while (i < cells.size() && i < codeColumns && (cells.get(i).isEmpty()
                || NUMBER_CELL.matcher(cells.get(i)).matches())) {
            code.add(cells.get(i));
            i++;
        }
        while (i < cells.size() && NUMBER_CELL.matcher(cells.get(i)).matches() && i < 4) {
            code.add(cells.get(i)); // damaged rows print more code cells than the table has code columns
            i++;
        }
        String name = i < cells.size() && !cells.get(i).matches("[\\d,.]+") ? cells.get(i) : "";
        return new Printed(fixture, line, List.copyOf(code), name);
    }

    private static Map<String, Verdict> verdicts() throws IOException {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        String[] rows = read("fixture-codes.tsv").split("\n");
        assertEquals("fixture\tline\tcode\tprinted_name\tverdict", rows[0]);
        for (int i = 1; i < rows.length; i++) {
            String[] cells = rows[i].split("\t", -1);
            assertEquals(5, cells.length, () -> "fixture-codes.tsv line " + rows.length);
            Verdict previous = verdicts.put(cells[0] + ":" + cells[1], new Verdict(cells[2], cells[3], cells[4]));
            assertFalse(previous != null, "fixture-codes.tsv lists " + cells[0] + ":" + cells[1] + " twice");
        }
        return verdicts;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = FixtureCodesTest.class.getResourceAsStream("/" + resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyFunctionalCategoryOfTheCityTable1IsInTheCatalogByNameAndCode() throws IOException {
        List<Printed> table1 = printedCodes(FIXTURES.get(0)).stream()
                .filter(p -> p.line() >= 120 && p.line() <= 155).toList();
        assertAll(table1.stream().map(p -> () -> assertEquals(Optional.empty(), resolve(p), p.key())));
        assertEquals(functional.entries(ClassificationLevel.CATEGORY).size(), table1.size());
    }
}
