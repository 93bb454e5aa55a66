package org.yusuan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yusuan.testkit.internal.KorlaCityGovOfficeFixture.cells;
import static org.yusuan.testkit.internal.KorlaCityGovOfficeFixture.totals;
import static org.yusuan.validation.Check.findings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.table.FiscalExpenditureColumn;
import org.yusuan.model.table.FiscalIncomeColumn;
import org.yusuan.model.table.ImmutableFiscalAppropriationSummary;
import org.yusuan.model.table.ImmutableFiscalIncomeLine;
import org.yusuan.model.table.ImmutableRevenueExpenditureSummary;
import org.yusuan.model.table.ImmutableSummaryIncomeLine;
import org.yusuan.model.table.ImmutableThreePublicExpenseRow;
import org.yusuan.model.table.ImmutableThreePublicExpenses;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.model.table.ThreePublicExpenseColumn;

/** 表1 and 表4 balances and income sums, and 表10's 三公 sums. */
class SummaryRulesTest {

    private static BudgetDisclosure table1(java.util.function.UnaryOperator<ImmutableRevenueExpenditureSummary> change) {
        BudgetDisclosure d = Sample.disclosure();
        return ImmutableBudgetDisclosure.copyOf(d).withRevenueExpenditureSummary(
                change.apply(ImmutableRevenueExpenditureSummary.copyOf(d.getRevenueExpenditureSummary().orElseThrow())));
    }

    @Test
    void table1IncomeTotalThatDiffersFromExpenditureTotalIsAnError() {
        BudgetDisclosure d = table1(t -> t.withExpenditureTotal(totals("支出总计", SummaryColumn.class, "171.00")));
        List<Finding> found = findings(d, Rules.T1_BALANCE);
        assertEquals(1, found.size());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertEquals(0, BigDecimal.ONE.compareTo(found.get(0).difference().orElseThrow()));
    }

    @Test
    void table1IncomeLinesThatDoNotAddUpAreErrors() {
        BudgetDisclosure d = table1(t -> t.withIncomeLines(Check.replace(t.getIncomeLines(), 1,
                l -> ImmutableSummaryIncomeLine.copyOf(l).withAmounts(cells(SummaryColumn.class, "160.00")))));
        List<Finding> found = findings(d, Rules.T1_INCOME_SUM);
        // 本年收入 170 is no longer 160 + nothing, and 一般财力 170 is larger than its parent 160.
        assertEquals(List.of("一、本年收入", "其中：一般财力"), found.stream().map(f -> f.name().orElseThrow()).toList());
        assertEquals(Optional.of("part_exceeds"), found.get(1).detail());
        assertEquals(Severity.ERROR, found.get(1).severity());
    }

    @Test
    void aPartialOfWhichListThatDoesNotAddUpIsAWarning() {
        BudgetDisclosure d = table1(t -> t.withIncomeLines(Check.replace(t.getIncomeLines(), 2,
                l -> ImmutableSummaryIncomeLine.copyOf(l).withAmounts(cells(SummaryColumn.class, "150.00")))));
        List<Finding> found = findings(d, Rules.T1_INCOME_SUM);
        assertEquals(1, found.size(), found::toString);
        assertEquals(Optional.of("parts"), found.get(0).detail());
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void table4BalanceAndIncomeSums() {
        BudgetDisclosure d = Sample.disclosure();
        var t4 = ImmutableFiscalAppropriationSummary.copyOf(d.getFiscalAppropriationSummary().orElseThrow());
        BudgetDisclosure unbalanced = ImmutableBudgetDisclosure.copyOf(d).withFiscalAppropriationSummary(
                t4.withIncomeTotal(totals("收入总计", FiscalIncomeColumn.class, "180.00")));
        assertEquals(1, findings(unbalanced, Rules.T4_BALANCE).size());
        assertEquals(1, findings(unbalanced, Rules.T4_INCOME_SUM).size());
        BudgetDisclosure parts = ImmutableBudgetDisclosure.copyOf(d).withFiscalAppropriationSummary(
                t4.withIncomeLines(Check.replace(t4.getIncomeLines(), 1, l -> ImmutableFiscalIncomeLine.copyOf(l)
                        .withAmounts(cells(FiscalIncomeColumn.class, "160.00")))));
        List<Finding> found = findings(parts, Rules.T4_INCOME_SUM);
        assertEquals(List.of("一、财政拨款（补助）"), found.stream().map(f -> f.name().orElseThrow()).toList());
        assertEquals(List.of(), findings(ImmutableBudgetDisclosure.copyOf(d).withFiscalAppropriationSummary(t4
                .withExpenditureTotal(totals("支出总计", FiscalExpenditureColumn.class, "170.00", "170.00"))),
                Rules.T4_BALANCE));
    }

    @Test
    void threePublicExpensesThatDoNotAddUpAreErrorsPerSourceOfFunds() {
        BudgetDisclosure d = Sample.disclosure();
        var t10 = ImmutableThreePublicExpenses.copyOf(d.getThreePublicExpenses().orElseThrow());
        BudgetDisclosure total = ImmutableBudgetDisclosure.copyOf(d).withThreePublicExpenses(
                t10.withTotals(totals("合计", ThreePublicExpenseColumn.class, "4.00", "3.00")));
        List<Finding> found = findings(total, Rules.THREE_PUBLIC_SUM);
        assertEquals(List.of("合计"), found.stream().map(f -> f.column().orElseThrow()).toList());
        BudgetDisclosure vehicles = ImmutableBudgetDisclosure.copyOf(d).withThreePublicExpenses(
                t10.withRows(Check.replace(t10.getRows(), 4, r -> ImmutableThreePublicExpenseRow.copyOf(r)
                        .withAmounts(cells(ThreePublicExpenseColumn.class, "2.00", "2.00")))));
        found = findings(vehicles, Rules.THREE_PUBLIC_SUM);
        assertEquals(List.of(Optional.of("vehicles"), Optional.of("vehicles")),
                found.stream().map(Finding::detail).toList());
        assertEquals(List.of("合计", "资金来源/一般公共预算"), found.stream().map(f -> f.column().orElseThrow()).toList());
    }
}
