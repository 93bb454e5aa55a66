package org.yusuan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code yusuan check} in-process on the real example disclosures. */
class CheckCommandTest {

    private static final String CITY = "2024-korla-city-gov-office.txt";
    private static final String PARTY = "2024-korla-etdz-party-gov-office.txt";
    private static final String SOCIAL = "2024-korla-etdz-social-affairs-center.txt";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> jsonLines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static long errors(JsonNode report) {
        long errors = 0;
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("severity").asText().equals("ERROR")) {
                errors++;
            }
        }
        return errors;
    }

    @Test
    void theJsonReportHasTheContractedFieldsAndRealValues() throws Exception {
        Cli.Run run = Cli.run("check", "--format", "json", "--lang", "en", Cli.example(CITY).toString());
        List<JsonNode> reports = jsonLines(run.out());
        assertEquals(1, reports.size(), run.out());
        JsonNode report = reports.get(0);
        assertEquals(Cli.example(CITY).toString(), report.path("file").asText());
        assertEquals("库尔勒市人民政府办公室", report.path("entity").asText());
        assertEquals(2024, report.path("fiscalYear").asInt());
        assertEquals("text", report.path("format").asText());

        JsonNode tables = report.path("import").path("tables");
        assertEquals(11, tables.size(), tables.toString());
        assertEquals(1, tables.path(0).path("table").asInt());
        assertEquals("收支总体情况表", tables.path(0).path("name").asText());
        assertEquals("FOUND", tables.path(0).path("status").asText());
        assertTrue(tables.path(0).path("rows").asInt() > 0, tables.toString());
        assertTrue(tables.path(0).path("line").asInt() > 0, tables.toString());
        assertEquals("万元", tables.path(0).path("unit").asText());
        assertTrue(report.path("import").path("unreadLines").isArray());

        Set<String> contract = Set.of("rule", "severity", "table", "code", "name", "project", "column", "expected",
                "actual", "difference", "rounding", "message");
        assertTrue(report.path("findings").size() > 0, "the real documents have findings: " + run.out());
        for (JsonNode finding : report.path("findings")) {
            Set<String> fields = new TreeSet<>();
            Iterator<String> names = finding.fieldNames();
            names.forEachRemaining(fields::add);
            assertTrue(fields.containsAll(contract), "missing contract fields in " + finding);
            assertTrue(Set.of("ERROR", "WARNING", "INFO").contains(finding.path("severity").asText()), finding.toString());
            assertFalse(finding.path("message").asText().isBlank(), finding.toString());
            if (!finding.path("expected").isNull()) {
                assertTrue(finding.path("expected").isNumber(), "amounts are JSON numbers: " + finding);
            }
        }
        assertEquals(errors(report) > 0 ? 1 : 0, run.status(), run.err());
        assertEquals(errors(report), report.path("counts").path("ERROR").asLong());
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> fields = new TreeSet<>();
        node.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    /** The README documents these names as a contract: a change here is a breaking change for scripts. */
    @Test
    void theJsonReportFieldNamesArePinned(@TempDir Path dir) throws Exception {
        JsonNode report = jsonLines(Cli.run("check", "--format", "json", Cli.example(PARTY).toString()).out()).get(0);
        assertEquals(new TreeSet<>(Set.of("file", "format", "entity", "entityKind", "fiscalYear", "import", "findings",
                "counts")), fields(report));
        assertEquals(new TreeSet<>(Set.of("tables", "unreadLines", "inferences")), fields(report.path("import")));
        assertEquals(new TreeSet<>(Set.of("table", "name", "status", "rows", "line", "unit")),
                fields(report.path("import").path("tables").path(0)));
        assertEquals(new TreeSet<>(Set.of("line", "table", "tableName", "text", "reason")),
                fields(report.path("import").path("unreadLines").path(0)));
        assertEquals(new TreeSet<>(Set.of("line", "table", "tableName", "description")),
                fields(report.path("import").path("inferences").path(0)));
        assertEquals(new TreeSet<>(Set.of("rule", "severity", "table", "tableName", "code", "name", "project", "column",
                "expected", "actual", "difference", "unit", "rounding", "message")),
                fields(report.path("findings").path(0)));
        assertEquals(new TreeSet<>(Set.of("ERROR", "WARNING", "INFO")), fields(report.path("counts")));

        Path missing = dir.resolve("missing.txt");
        JsonNode error = jsonLines(Cli.run("check", "--format", "json", missing.toString()).out()).get(0);
        assertEquals(new TreeSet<>(Set.of("file", "format", "error")), fields(error));
    }

    @Test
    void theJsonReportCarriesTheRealMistakesOfTheCityDisclosure() throws Exception {
        JsonNode report = jsonLines(Cli.run("check", "--format", "json", "--lang", "zh",
                Cli.example(CITY).toString()).out()).get(0);
        JsonNode misprint = null;
        JsonNode total = null;
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("rule").asText().equals("CODE_NAME_MISMATCH") && finding.path("table").asInt() == 2) {
                misprint = finding;
            }
            if (finding.path("rule").asText().equals("TABLE_TOTAL") && finding.path("table").asInt() == 1) {
                total = finding;
            }
        }
        // 表2 prints 20604 as 技术与开发; the 2024 catalog name is 技术研究与开发.
        assertTrue(misprint != null, report.toString());
        assertEquals("WARNING", misprint.path("severity").asText());
        assertEquals("20604", misprint.path("code").asText());
        assertEquals("技术与开发", misprint.path("name").asText());
        assertTrue(misprint.path("message").asText().contains("技术研究与开发"), misprint.toString());
        // 表1 prints 支出总计 1491.86 while its rows add up to 1491.87: a rounding difference, reported as INFO.
        assertTrue(total != null, report.toString());
        assertEquals("INFO", total.path("severity").asText());
        assertEquals(new BigDecimal("1491.87"), total.path("expected").decimalValue());
        assertEquals(new BigDecimal("1491.86"), total.path("actual").decimalValue());
        assertEquals(new BigDecimal("-0.01"), total.path("difference").decimalValue());
        assertEquals("万元", total.path("unit").asText());
        assertTrue(total.path("rounding").asBoolean(), total.toString());
    }

    @Test
    void humanOutputInChineseGroupsBySeverityAndTable() {
        Cli.Run run = Cli.run("check", "--lang", "zh", Cli.example(CITY).toString());
        assertTrue(run.out().startsWith("== " + Cli.example(CITY) + " (text)\n"), run.out());
        assertTrue(run.out().contains("库尔勒市人民政府办公室 · 2024 年 · 部门预算公开\n"), run.out());
        assertTrue(run.out().contains("导入："), run.out());
        assertTrue(run.out().contains("表1 收支总体情况表"), run.out());
        assertTrue(run.out().contains("检查："), run.out());
        assertTrue(run.out().contains("已找到"), run.out());
        assertTrue(run.out().contains("表8 政府性基金预算支出情况表       为空表"), run.out());
        assertTrue(run.out().contains("警告（"), run.out());
        assertTrue(run.out().contains("    [CODE_NAME_MISMATCH] 表2 收入总体情况表，“20604 技术与开发”行"), run.out());
        assertTrue(run.out().contains("      应为 1491.87 万元，实为 1491.86 万元，相差 -0.01 万元\n"), run.out());
    }

    @Test
    void humanOutputInEnglishKeepsChineseTermsAndTranslatesTheRest() {
        Cli.Run run = Cli.run("check", "--lang", "en", Cli.example(PARTY).toString());
        assertTrue(run.out().contains("fiscal year 2024 · 单位预算公开"), run.out());
        assertTrue(run.out().contains("Import: "), run.out());
        assertTrue(run.out().contains(" found "), run.out());
        assertTrue(run.out().contains("Check: "), run.out());
        assertFalse(run.out().contains("检查："), run.out());
        Cli.Run city = Cli.run("check", "--lang", "en", Cli.example(CITY).toString());
        assertTrue(city.out().contains("WARNING (")
                && city.out().contains("  表2 收入总体情况表 — Revenue summary (万元)\n"), city.out());
        assertTrue(city.out().contains("      expected 1491.87 万元, actual 1491.86 万元, difference -0.01 万元\n"),
                city.out());
    }

    @Test
    void theImportReportOfTextNamesTheLinesItCouldNotRead() throws Exception {
        JsonNode report = jsonLines(Cli.run("check", "--format", "json", Cli.example(PARTY).toString()).out()).get(0);
        Cli.Run human = Cli.run("check", "--lang", "en", Cli.example(PARTY).toString());
        for (JsonNode unread : report.path("import").path("unreadLines")) {
            assertTrue(unread.path("line").asInt() > 0, unread.toString());
            String where = "  line " + unread.path("line").asInt()
                    + (unread.path("table").isNull() ? ": " : " [表" + unread.path("table").asInt() + "]: ");
            assertTrue(human.out().contains(where + "\"" + unread.path("text").asText().strip() + "\""), where);
        }
        for (JsonNode table : report.path("import").path("tables")) {
            String label = "表" + table.path("table").asInt() + " " + table.path("name").asText();
            String status = switch (table.path("status").asText()) {
                case "FOUND" -> "found";
                case "FOUND_EMPTY" -> "declared empty";
                default -> "missing";
            };
            assertTrue(human.out().lines().anyMatch(l -> l.startsWith("  " + label) && l.contains(status)),
                    label + " " + status + " in " + human.out());
        }
    }

    @Test
    void aDirectoryIsWalkedInSortedOrderWithASummaryAtTheEnd() throws Exception {
        Cli.Run run = Cli.run("check", "--lang", "en", Cli.examples().toString());
        List<String> headings = run.out().lines().filter(l -> l.startsWith("== ")).toList();
        assertEquals(List.of("== " + Cli.example(CITY) + " (text)", "== " + Cli.example(PARTY) + " (text)",
                "== " + Cli.example(SOCIAL) + " (text)"), headings);
        assertTrue(run.out().contains("Total: 3 files (0 unreadable), "), run.out());
        assertFalse(run.err().contains("\r"), "no progress bar when stderr is not a terminal: " + run.err());

        Cli.Run json = Cli.run("check", "--format", "json", Cli.examples().toString());
        List<JsonNode> reports = jsonLines(json.out());
        assertEquals(3, reports.size());
        long errors = reports.stream().mapToLong(CheckCommandTest::errors).sum();
        assertEquals(errors > 0 ? 1 : 0, json.status());
        assertEquals(json.status(), run.status());
        assertTrue(run.out().contains(errors + " errors"), run.out());
    }

    @Test
    void severalJobsGiveTheSameOutputInTheSameOrder() {
        Cli.Run one = Cli.run("check", "--lang", "zh", "--jobs", "1", Cli.examples().toString());
        Cli.Run two = Cli.run("check", "--lang", "zh", "--jobs", "2", Cli.examples().toString());
        assertEquals(one.out(), two.out());
        assertEquals(one.status(), two.status());
        Cli.Run jsonOne = Cli.run("check", "--format", "json", "--jobs", "1", Cli.examples().toString());
        Cli.Run jsonTwo = Cli.run("check", "--format", "json", "--jobs", "2", Cli.examples().toString());
        assertEquals(jsonOne.out(), jsonTwo.out());
    }

    @Test
    void aFileThatCannotBeReadIsNamedAndTheOthersAreStillChecked(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-disclosure.txt");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"entityName\": ");
        Cli.Run run = Cli.run("check", "--lang", "en", missing.toString(), broken.toString(),
                Cli.example(CITY).toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("cannot read " + missing + ": no such file or directory"), run.err());
        assertTrue(run.err().contains("cannot read " + broken + ": "), run.err());
        assertTrue(run.out().contains("== " + Cli.example(CITY) + " (text)"), run.out());
        assertTrue(run.out().contains("Total: 3 files (2 unreadable), "), run.out());

        Cli.Run json = Cli.run("check", "--format", "json", missing.toString(), Cli.example(CITY).toString());
        assertEquals(2, json.status());
        List<JsonNode> reports = jsonLines(json.out());
        assertEquals(missing.toString(), reports.get(0).path("file").asText());
        assertEquals("no such file or directory", reports.get(0).path("error").asText());
        assertEquals("库尔勒市人民政府办公室", reports.get(1).path("entity").asText());
    }

    @Test
    void theFormatIsDetectedFromTheContentWhenTheExtensionSaysNothing(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("city.data");
        assertEquals(0, Cli.run("convert", Cli.example(CITY).toString(), "--to", "json", "-o", json.toString())
                .status());
        Path text = Files.copy(Cli.example(CITY), dir.resolve("city.published"));
        Cli.Run run = Cli.run("check", "--format", "json", json.toString(), text.toString());
        List<JsonNode> reports = jsonLines(run.out());
        assertEquals("json", reports.get(0).path("format").asText());
        assertEquals("text", reports.get(1).path("format").asText());
        assertEquals(reports.get(0).path("findings"), reports.get(1).path("findings"));

        Cli.Run forced = Cli.run("check", "--input-format", "json", "--format", "json", Cli.example(CITY).toString());
        assertEquals(2, forced.status());
        assertTrue(forced.err().contains(Cli.example(CITY).toString()), forced.err());
    }

    @Test
    void aWalkedDirectoryTakesEveryFormatAndAPerTableCsvFolderAsOneDisclosure(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("b-city.json");
        assertEquals(0, Cli.run("convert", Cli.example(CITY).toString(), "--to", "json", "-o", json.toString())
                .status());
        assertEquals(0, Cli.run("convert", json.toString(), "--to", "csv", "-o", dir.resolve("c-tables").toString())
                .status());
        assertEquals(0, Cli.run("convert", json.toString(), "--to", "csv-long", "-o", dir.resolve("a-long.csv")
                .toString()).status());
        assertEquals(0, Cli.run("convert", json.toString(), "--to", "csv", "-o", dir.resolve("d-tables.zip")
                .toString()).status());
        Files.writeString(dir.resolve("notes.md"), "not a disclosure");
        Files.writeString(dir.resolve(".hidden.json"), "{");

        Cli.Run run = Cli.run("check", "--format", "json", dir.toString());
        List<JsonNode> reports = jsonLines(run.out());
        assertEquals(reports.get(0).path("counts").path("ERROR").asLong() > 0 ? 1 : 0, run.status(), run.err());
        List<String> files = reports.stream().map(r -> r.path("file").asText()).toList();
        assertEquals(List.of(dir.resolve("a-long.csv").toString(), json.toString(), dir.resolve("c-tables").toString(),
                dir.resolve("d-tables.zip").toString()), files);
        assertEquals(List.of("csv-long", "json", "csv", "csv"),
                reports.stream().map(r -> r.path("format").asText()).toList());
        for (JsonNode report : reports) {
            assertEquals(reports.get(0).path("findings"), report.path("findings"));
            assertEquals("库尔勒市人民政府办公室", report.path("entity").asText());
        }
    }

    @Test
    void theLanguageFollowsTheLocaleUnlessGiven() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertTrue(Cli.run("check", Cli.example(CITY).toString()).out().contains("\n检查："));
            Locale.setDefault(Locale.US);
            assertTrue(Cli.run("check", Cli.example(CITY).toString()).out().contains("\nCheck: "));
            assertTrue(Cli.run("check", "--lang", "zh", Cli.example(CITY).toString()).out().contains("\n检查："));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Cli.run("check").status());
        assertEquals(2, Cli.run("check", "--format", "xml", Cli.examples().toString()).status());
        assertEquals(2, Cli.run("check", "--lang", "fr", Cli.examples().toString()).status());
        assertEquals(2, Cli.run("check", "--input-format", "pdf", Cli.examples().toString()).status());
        Cli.Run jobs = Cli.run("check", "--jobs", "0", Cli.examples().toString());
        assertEquals(2, jobs.status());
        assertTrue(jobs.err().contains("--jobs must be at least 1"), jobs.err());
        assertEquals(2, Cli.run("frobnicate").status());
        assertEquals(2, Cli.run().status());
    }

    @Test
    void helpShowsExamplesOnEveryCommand() {
        for (String command : List.of("check", "convert", "codes")) {
            Cli.Run help = Cli.run(command, "--help");
            assertEquals(0, help.status(), command);
            assertTrue(help.out().contains("Examples:"), help.out());
            assertTrue(help.out().contains("yusuan " + command), help.out());
        }
        Cli.Run top = Cli.run("--help");
        assertEquals(0, top.status());
        assertTrue(top.out().contains("check") && top.out().contains("convert") && top.out().contains("codes"));
    }
}
