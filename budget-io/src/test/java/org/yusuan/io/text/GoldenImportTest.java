package org.yusuan.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.NarrativeSection;
import org.yusuan.model.Overview;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.performance.TargetComparator;
import org.yusuan.model.performance.TargetForm;
import org.yusuan.model.performance.TargetValue;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.ProjectExpenditureRow;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableRow;
import org.yusuan.model.table.TableSection;
import org.yusuan.testkit.Fixtures;

/**
 * The importer reproduces the hand-written goldens of the two fixtures that have no hand-built model
 * ({@code src/test/resources/import-golden/*.tsv}): every table's status, rows read and unit, every row with its code,
 * name and amounts (scale as printed), every totals row, the empty notes, and the list of lines it could not read;
 * outside the tables, every main-function item, the internal structure, every narrative section title, the annual
 * goals, every project sheet's head (unit, project, manager, funding, overall goal), and every
 * indicator row of every performance sheet (categories, name, target as printed and as read, basis, previous value,
 * weight, scoring rule, evidence).
 */
class GoldenImportTest {

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.KORLA_ETDZ_PARTY_GOV_OFFICE, Fixtures.KORLA_ETDZ_SOCIAL_AFFAIRS_CENTER})
    void importReproducesTheGolden(String fixture) throws IOException {
        Golden golden = Golden.read(fixture.replace(".txt", ".tsv"));
        ImportResult result = DisclosureTextImporter.standard().importText(Fixtures.text(fixture), fixture);
        ImportReport report = result.report();
        String summary = report.summary();

        for (TableKind kind : TableKind.values()) {
            String[] status = golden.status.get(kind);
            TableImport found = report.table(kind);
            assertEquals(status[0], found.status().name(), kind + "\n" + summary);
            assertEquals(Integer.parseInt(status[1]), found.rowsRead(), kind + "\n" + summary);
            assertEquals(status[2].equals("-") ? Optional.empty() : Optional.of(MoneyUnit.parse(status[2])),
                    found.unit(), kind.toString());
            BudgetDisclosure disclosure = result.disclosure();
            assertEquals(found.status() != TableStatus.MISSING, disclosure.table(kind).isPresent(), kind.toString());
            disclosure.table(kind).ifPresent(table -> {
                assertEquals(Optional.ofNullable(golden.emptyNotes.get(kind)), table.getEmptyNote(), kind.toString());
                assertEquals(golden.rows(kind), actualRows(table), kind + "\n" + summary);
            });
        }
        List<Integer> unread = report.unreadLines().stream().map(UnreadLine::lineNumber).toList();
        assertEquals(golden.unread, unread, summary);
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.KORLA_ETDZ_PARTY_GOV_OFFICE, Fixtures.KORLA_ETDZ_SOCIAL_AFFAIRS_CENTER})
    void importReproducesTheGoldenOutsideTheTables(String fixture) throws IOException {
        Golden golden = Golden.read(fixture.replace(".txt", ".tsv"));
        BudgetDisclosure d = DisclosureTextImporter.standard().importText(Fixtures.text(fixture), fixture).disclosure();

        Overview overview = d.getOverview().orElseThrow();
        assertEquals(golden.functions, overview.getMainFunctions());
        assertEquals(Optional.of(String.join("\n", golden.structure)), overview.getInternalStructure());
        assertEquals(golden.sections, d.getNarrativeSections().stream().map(NarrativeSection::getTitle).toList());

        OverallPerformanceTarget overall = d.getOverallPerformanceTargets().get(0);
        assertEquals(golden.goalsText, overall.getAnnualGoalsText());
        assertEquals(golden.goals, overall.getAnnualGoals());
        List<String> heads = new ArrayList<>();
        for (int p = 0; p < d.getProjectPerformanceTargets().size(); p++) {
            ProjectPerformanceTarget t = d.getProjectPerformanceTargets().get(p);
            heads.add(String.join("\t", String.valueOf(p + 1), t.getBudgetUnit(), t.getProjectName(),
                    t.getManager().orElse(""), plain(t.getFunding().getTotal()),
                    plain(t.getFunding().getFiscalAppropriation()), plain(t.getFunding().getOtherFunds()),
                    t.getOverallGoal()));
        }
        assertEquals(golden.projects.stream().map(GoldenImportTest::byValue).toList(), heads);

        List<String> indicators = new ArrayList<>();
        d.getOverallPerformanceTargets().forEach(t -> t.getIndicators().forEach(i -> indicators.add(describe(0, i))));
        List<ProjectPerformanceTarget> projects = d.getProjectPerformanceTargets();
        for (int p = 0; p < projects.size(); p++) {
            int sheet = p + 1;
            projects.get(p).getIndicators().forEach(i -> indicators.add(describe(sheet, i)));
        }
        assertEquals(String.join("\n", golden.indicators), String.join("\n", indicators));
        // a target with a number is quantitative; one without (有所提升) is qualitative, not unreadable
        List<TargetForm> forms = new ArrayList<>();
        d.getOverallPerformanceTargets().forEach(t -> t.getIndicators().forEach(i -> forms.add(form(i))));
        projects.forEach(t -> t.getIndicators().forEach(i -> forms.add(form(i))));
        assertEquals(golden.indicators.stream().map(line -> line.split("\t", -1)[6].isEmpty()
                ? TargetForm.QUALITATIVE : TargetForm.QUANTITATIVE).toList(), forms);
    }

    private static TargetForm form(PerformanceIndicator indicator) {
        return indicator.getTarget().getForm();
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    /** A golden project head with its three amounts compared by value (0.00 is 0). */
    private static String byValue(String head) {
        String[] f = head.split("\t", -1);
        for (int i = 4; i <= 6; i++) {
            f[i] = plain(new BigDecimal(f[i]));
        }
        return String.join("\t", f);
    }

    /** An indicator as a golden line: sheet (0 the overall sheet, then the project sheets in order), categories,
     * name, target (printed text, comparator symbol, number as printed, unit), basis, previous value, weight,
     * scoring rule, evidence; an absent value is an empty field. */
    private static String describe(int sheet, PerformanceIndicator i) {
        TargetValue t = i.getTarget();
        return String.join("\t", String.valueOf(sheet), i.getFirstLevel().getName(), i.getSecondLevel().getName(),
                i.getName(), t.getText(), t.getComparator().map(TargetComparator::symbol).orElse(""),
                t.getNumber().map(BigDecimal::toPlainString).orElse(""), t.getUnit().orElse(""),
                i.getBasis().orElse(""), i.getPreviousYearValue().orElse(""),
                i.getWeight().map(w -> w.stripTrailingZeros().toPlainString()).orElse(""),
                i.getScoringRule().orElse(""), i.getEvidence().orElse(""));
    }

    private static List<String> actualRows(BudgetTable table) {
        List<String> rows = new ArrayList<>();
        int section = 1;
        for (TableSection<?> s : table.sections()) {
            for (TableRow<?> row : s.getRows()) {
                rows.add(describe("row", table.getKind(), section, row));
            }
            int n = section;
            s.getTotals().ifPresent(t -> rows.add(describe("total", table.getKind(), n, t)));
            section++;
        }
        return rows;
    }

    private static String describe(String kind, TableKind table, int section, TableRow<?> row) {
        String code = row.classificationCode().map(c -> c.digits()).orElse("-");
        String name = row.getName().orElse("");
        if (row instanceof ProjectExpenditureRow p) {
            name = name + " | " + p.getProjectName().orElse("");
        }
        Map<String, BigDecimal> amounts = new TreeMap<>();
        row.getAmounts().forEach((column, amount) -> amounts.put(((Enum<?>) column).name(), amount));
        return kind + "\tT" + table.number() + "\t" + section + "\t" + code + "\t" + name + "\t" + amounts;
    }

    /** A golden file: status per table, empty notes, rows in order, unread line numbers. */
    private static final class Golden {
        final Map<TableKind, String[]> status = new LinkedHashMap<>();
        final Map<TableKind, String> emptyNotes = new LinkedHashMap<>();
        final List<String> rows = new ArrayList<>();
        final List<Integer> unread = new ArrayList<>();
        final List<String> indicators = new ArrayList<>();
        final List<String> functions = new ArrayList<>();
        final List<String> structure = new ArrayList<>();
        final List<String> sections = new ArrayList<>();
        String goalsText;
        final List<String> goals = new ArrayList<>();
        final List<String> projects = new ArrayList<>();

        static Golden read(String name) throws IOException {
            Golden g = new Golden();
            try (InputStream in = GoldenImportTest.class.getResourceAsStream("/import-golden/" + name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    switch (f[0]) {
                        case "status" -> g.status.put(kind(f[1]), new String[] {f[2], f[3], f[4]});
                        case "empty" -> g.emptyNotes.put(kind(f[1]), f[2]);
                        case "unread" -> g.unread.add(Integer.parseInt(f[1]));
                        case "row", "total" -> {
                            Map<String, BigDecimal> amounts = new TreeMap<>();
                            for (String cell : f[5].split(" ")) {
                                if (!cell.isEmpty()) {
                                    String[] kv = cell.split("=");
                                    amounts.put(kv[0], new BigDecimal(kv[1]));
                                }
                            }
                            g.rows.add(f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3] + "\t" + f[4] + "\t" + amounts);
                        }
                        case "indicator" -> g.indicators.add(String.join("\t", java.util.Arrays.copyOfRange(f, 1, 14)));
                        case "function" -> g.functions.add(f[2]);
                        case "structure" -> g.structure.add(f[2]);
                        case "section" -> g.sections.add(f[2]);
                        case "goals" -> g.goalsText = f[1];
                        case "goal" -> g.goals.add(f[2]);
                        case "project" -> g.projects.add(String.join("\t", java.util.Arrays.copyOfRange(f, 1, 9)));
                        default -> throw new IllegalArgumentException("golden " + name + ": unknown line " + line);
                    }
                }
            }
            return g;
        }

        List<String> rows(TableKind kind) {
            // within a table: section by section (表1 and 表4 print income and expenditure side by side), each in
            // printed order, rows before the section's totals row
            return rows.stream().filter(r -> r.split("\t")[1].equals("T" + kind.number()))
                    .sorted(java.util.Comparator.comparing((String r) -> r.split("\t")[2])
                            .thenComparing(r -> r.startsWith("total")))
                    .toList();
        }

        private static TableKind kind(String t) {
            return TableKind.ofNumber(Integer.parseInt(t.substring(1)));
        }
    }
}
