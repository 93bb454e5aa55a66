package org.yusuan.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Example;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.IncomeItem;
import org.yusuan.model.table.ProjectRowKind;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.model.table.TableRow;
import org.yusuan.model.table.TableSection;
import org.yusuan.testkit.Disclosures;

/** {@link Disclosures#valid()} is consistent without being monotonous: its choices all occur. */
class ValidVarietyTest {

    private static final int SAMPLES = 500;

    @Example
    void fiveHundredConsistentDisclosuresShowEveryChoiceTheGeneratorMakes() {
        Set<String> seen = new TreeSet<>();
        Disclosures.valid().sampleStream().limit(SAMPLES).forEach(d -> seen.addAll(features(d)));
        List<String> expected = List.of("unit 元", "unit 万元", "zero blank", "zero 0.00", "表7 declared empty",
                "表7 printed", "表8 declared empty", "表8 printed", "表9 declared empty", "表9 printed",
                "表11 declared empty", "表11 printed", "several sub-units", "several projects", "several 类",
                "unit funds", "carry-over", "表10 公务接待费", "表10 公务用车运行费");
        List<String> missing = expected.stream().filter(f -> !seen.contains(f)).toList();
        assertTrue(missing.isEmpty(), () -> "never generated: " + missing + "; seen: " + seen);
    }

    private static Set<String> features(BudgetDisclosure d) {
        Set<String> f = new TreeSet<>();
        f.add("unit " + d.tables().get(0).getUnit().label());
        for (BudgetTable table : d.tables()) {
            f.add("表" + table.getKind().number() + (table.isDeclaredEmpty() ? " declared empty" : " printed"));
            for (TableSection<?> section : table.sections()) {
                for (TableRow<?> row : section.getRows()) {
                    if (row.getAmounts().size() < section.columns().size()) {
                        f.add("zero blank");
                    }
                    if (row.getAmounts().values().stream().anyMatch(a -> a.signum() == 0)) {
                        f.add("zero 0.00");
                    }
                }
            }
        }
        if (d.getSubUnits().size() > 1) {
            f.add("several sub-units");
        }
        if (d.getGeneralBudgetProjectExpenditure().get().getRows().stream()
                .filter(r -> r.getRowKind() == ProjectRowKind.PROJECT).count() > 1) {
            f.add("several projects");
        }
        if (d.getExpenditureSummary().get().getRows().stream()
                .filter(r -> r.getCode().get().digits().length() == 3).count() > 1) {
            f.add("several 类");
        }
        var t1 = d.getRevenueExpenditureSummary().get();
        t1.getIncomeLines().forEach(l -> {
            if (l.getItem().get() == IncomeItem.UNIT_FUNDS && l.amountOrZero(SummaryColumn.BUDGET).signum() > 0) {
                f.add("unit funds");
            }
            if (l.getItem().get() == IncomeItem.PRIOR_YEAR_CARRYOVER
                    && l.amountOrZero(SummaryColumn.BUDGET).signum() > 0) {
                f.add("carry-over");
            }
        });
        d.getThreePublicExpenses().get().getRows().forEach(r -> {
            if (r.getTotal().map(a -> a.signum() > 0).orElse(false)) {
                f.add("表10 " + r.getName().get());
            }
        });
        return f;
    }
}
