package org.yusuan.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.ProjectExpenditureRow;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.TableRow;
import org.yusuan.model.table.TableSection;
import org.yusuan.testkit.Disclosures;

/** {@link Disclosures#any()} generates every variety it promises, quickly and without failing to build. */
class AnyDisclosuresTest {

    private static final int SAMPLES = 1000;

    @Provide
    Arbitrary<BudgetDisclosure> any() {
        return Disclosures.any();
    }

    @Property
    void everyGeneratedDisclosureBuildsAndItsTablesMatchTheirKind(@ForAll("any") BudgetDisclosure disclosure) {
        for (TableKind kind : TableKind.values()) {
            disclosure.table(kind).ifPresent(table -> assertEquals(kind, table.getKind()));
        }
        assertEquals(disclosure, ImmutableBudgetDisclosure.copyOf(disclosure));
    }

    @Example
    void aThousandDisclosuresCoverEveryClaimedVariety() {
        Set<String> seen = new TreeSet<>();
        Disclosures.any().sampleStream().limit(SAMPLES).forEach(d -> seen.addAll(features(d)));
        List<String> missing = expectedFeatures().stream().filter(f -> !seen.contains(f)).toList();
        assertTrue(missing.isEmpty(), () -> "never generated: " + missing + "\nseen: " + seen);
    }

    private static List<String> expectedFeatures() {
        List<String> expected = new java.util.ArrayList<>();
        for (TableKind kind : TableKind.values()) {
            expected.add("表" + kind.number() + " absent");
            expected.add("表" + kind.number() + " declared empty");
            expected.add("表" + kind.number() + " with rows");
            expected.add("表" + kind.number() + " totals");
            expected.add("表" + kind.number() + " no totals");
        }
        expected.addAll(List.of("unit 元", "unit 万元", "row with code", "row without code", "blank cell",
                "printed 0.00", "negative amount", "scale 0", "scale 4", "表1 income line", "表1 expenditure line",
                "表4 income line", "表4 expenditure line", "表7 PROJECT", "表7 CLASSIFICATION_SUBTOTAL",
                "表7 SUB_UNIT_SUBTOTAL", "表7 sub-unit", "overview", "staffing", "narrative", "other matters",
                "overall sheet", "project sheet", "target QUANTITATIVE", "target QUALITATIVE", "target UNREADABLE",
                "target BLANK", "text \"", "text ,", "text newline", "text tab", "text leading =", "text leading +",
                "text leading -", "text leading @", "text leading '", "text Chinese", "text empty", "sub-units"));
        return expected;
    }

    private static Set<String> features(BudgetDisclosure d) {
        Set<String> f = new TreeSet<>();
        List<String> texts = new java.util.ArrayList<>();
        texts.add(d.getEntityName());
        texts.addAll(d.getSubUnits());
        if (!d.getSubUnits().isEmpty()) {
            f.add("sub-units");
        }
        for (TableKind kind : TableKind.values()) {
            String n = "表" + kind.number();
            if (d.table(kind).isEmpty()) {
                f.add(n + " absent");
                continue;
            }
            BudgetTable table = d.table(kind).get();
            f.add("unit " + table.getUnit().label());
            if (table.isDeclaredEmpty()) {
                f.add(n + " declared empty");
            }
            for (TableSection<?> section : table.sections()) {
                f.add(n + (section.getTotals().isPresent() ? " totals" : " no totals"));
                if (!section.getRows().isEmpty() && !table.isDeclaredEmpty()) {
                    f.add(n + " with rows");
                }
                for (TableRow<?> row : section.getRows()) {
                    f.add(row.classificationCode().isPresent() ? "row with code" : "row without code");
                    row.getName().ifPresent(texts::add);
                    cells(f, row.getAmounts(), section.columns().size());
                    if (row instanceof ProjectExpenditureRow p) {
                        f.add("表7 " + p.getRowKind());
                        p.getSubUnit().ifPresent(s -> f.add("表7 sub-unit"));
                        p.getProjectName().ifPresent(texts::add);
                    }
                }
            }
        }
        d.getRevenueExpenditureSummary().ifPresent(t -> {
            if (!t.getIncomeLines().isEmpty()) {
                f.add("表1 income line");
            }
            if (!t.getExpenditureLines().isEmpty()) {
                f.add("表1 expenditure line");
            }
        });
        d.getFiscalAppropriationSummary().ifPresent(t -> {
            if (!t.getIncomeLines().isEmpty()) {
                f.add("表4 income line");
            }
            if (!t.getExpenditureLines().isEmpty()) {
                f.add("表4 expenditure line");
            }
        });
        d.getOverview().ifPresent(o -> {
            f.add("overview");
            o.getStaffing().ifPresent(s -> f.add("staffing"));
            texts.addAll(o.getMainFunctions());
        });
        d.getNarrativeSections().forEach(s -> {
            f.add("narrative");
            texts.add(s.getTitle());
            texts.add(s.getText());
        });
        d.getOtherMatters().ifPresent(o -> f.add("other matters"));
        d.getOverallPerformanceTargets().forEach(s -> {
            f.add("overall sheet");
            s.getIndicators().forEach(i -> indicator(f, texts, i));
        });
        d.getProjectPerformanceTargets().forEach(s -> {
            f.add("project sheet");
            texts.add(s.getProjectName());
            s.getIndicators().forEach(i -> indicator(f, texts, i));
        });
        for (String t : texts) {
            text(f, t);
        }
        return f;
    }

    private static void indicator(Set<String> f, List<String> texts, PerformanceIndicator i) {
        f.add("target " + i.getTarget().getForm());
        texts.add(i.getName());
    }

    private static void cells(Set<String> f, Map<?, BigDecimal> amounts, int columns) {
        if (amounts.size() < columns) {
            f.add("blank cell");
        }
        for (BigDecimal a : amounts.values()) {
            if (a.signum() < 0) {
                f.add("negative amount");
            }
            if (a.signum() == 0 && a.scale() == 2) {
                f.add("printed 0.00");
            }
            f.add("scale " + a.scale());
        }
    }

    private static void text(Set<String> f, String t) {
        if (t.isEmpty()) {
            f.add("text empty");
            return;
        }
        if (t.contains("\"")) {
            f.add("text \"");
        }
        if (t.contains(",")) {
            f.add("text ,");
        }
        if (t.contains("\n")) {
            f.add("text newline");
        }
        if (t.contains("\t")) {
            f.add("text tab");
        }
        if ("=+-@'".indexOf(t.charAt(0)) >= 0) {
            f.add("text leading " + t.charAt(0));
        }
        if (t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            f.add("text Chinese");
        }
    }
}
