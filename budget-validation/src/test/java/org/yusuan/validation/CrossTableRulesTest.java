package org.yusuan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yusuan.testkit.internal.KorlaCityGovOfficeFixture.cells;
import static org.yusuan.testkit.internal.KorlaCityGovOfficeFixture.totals;
import static org.yusuan.validation.Check.findings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.CarryoverColumn;
import org.yusuan.model.table.CarryoverRow;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.FundExpenditureColumn;
import org.yusuan.model.table.FundExpenditureRow;
import org.yusuan.model.table.ImmutableCarryoverDetail;
import org.yusuan.model.table.ImmutableExpenditureRow;
import org.yusuan.model.table.ImmutableExpenditureSummary;
import org.yusuan.model.table.ImmutableFiscalAppropriationSummary;
import org.yusuan.model.table.ImmutableFiscalIncomeLine;
import org.yusuan.model.table.ImmutableGeneralBudgetBasicExpenditure;
import org.yusuan.model.table.ImmutableGeneralBudgetExpenditure;
import org.yusuan.model.table.ImmutableGeneralBudgetProjectExpenditure;
import org.yusuan.model.table.ImmutableGovernmentFundExpenditure;
import org.yusuan.model.table.ImmutableProjectExpenditureRow;
import org.yusuan.model.table.ImmutableRevenueRow;
import org.yusuan.model.table.ImmutableRevenueSummary;
import org.yusuan.model.table.ImmutableStateCapitalExpenditure;
import org.yusuan.model.table.ImmutableSummaryExpenditureLine;
import org.yusuan.model.table.ImmutableThreePublicExpenseRow;
import org.yusuan.model.table.ImmutableThreePublicExpenses;
import org.yusuan.model.table.ProjectExpenditureColumn;
import org.yusuan.model.table.RevenueColumn;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.model.table.FiscalIncomeColumn;
import org.yusuan.model.table.TableKind;
import org.yusuan.model.table.ThreePublicExpenseColumn;

/** Each CROSS_TABLE sub-rule fires on the pair it names, and a family id selects them all. */
class CrossTableRulesTest {

    private static final BudgetDisclosure SAMPLE = Sample.disclosure();

    private static List<String> rules(BudgetDisclosure d) {
        return findings(d, Rules.CROSS_TABLE).stream().map(Finding::rule).distinct().toList();
    }

    @Test
    void table1AgainstTable3() {
        var t1 = SAMPLE.getRevenueExpenditureSummary().orElseThrow();
        BudgetDisclosure d = ImmutableBudgetDisclosure.copyOf(SAMPLE).withRevenueExpenditureSummary(
                org.yusuan.model.table.ImmutableRevenueExpenditureSummary.copyOf(t1).withExpenditureLines(
                        Check.replace(t1.getExpenditureLines(), 2, l -> ImmutableSummaryExpenditureLine.copyOf(l)
                                .withAmounts(cells(SummaryColumn.class, "21.00")))));
        List<Finding> found = findings(d, Rules.CROSS_TABLE_T1_T3);
        assertEquals(1, found.size(), found::toString);
        assertEquals(Optional.of("208"), found.get(0).code());
        assertEquals(List.of("表3"), found.get(0).arguments());
        assertEquals(Severity.ERROR, found.get(0).severity());
    }

    @Test
    void table2AgainstTable3ByCode() {
        var t2 = SAMPLE.getRevenueSummary().orElseThrow();
        BudgetDisclosure d = ImmutableBudgetDisclosure.copyOf(SAMPLE).withRevenueSummary(ImmutableRevenueSummary
                .copyOf(t2).withRows(Check.replace(t2.getRows(), 6, r -> ImmutableRevenueRow.copyOf(r)
                        .withAmounts(cells(RevenueColumn.class, "21.00", "21.00", "21.00")))));
        List<Finding> found = findings(d, Rules.CROSS_TABLE_T2_T3);
        assertEquals(List.of(Optional.of("2080505")), found.stream().map(Finding::code).toList());
    }

    @Test
    void table4AgainstTables1And5() {
        var t4 = ImmutableFiscalAppropriationSummary.copyOf(SAMPLE.getFiscalAppropriationSummary().orElseThrow());
        BudgetDisclosure income = ImmutableBudgetDisclosure.copyOf(SAMPLE).withFiscalAppropriationSummary(t4
                .withIncomeLines(Check.replace(t4.getIncomeLines(), 1, l -> ImmutableFiscalIncomeLine.copyOf(l)
                        .withAmounts(cells(FiscalIncomeColumn.class, "160.00")))));
        assertEquals(List.of(Rules.CROSS_TABLE_T4_T1), rules(income));
        var t5 = SAMPLE.getGeneralBudgetExpenditure().orElseThrow();
        var rows = Check.replace(t5.getRows(), 4, r -> ImmutableExpenditureRow.copyOf(r)
                .withAmounts(cells(ExpenditureColumn.class, "25.00", "25.00")));
        BudgetDisclosure spending = ImmutableBudgetDisclosure.copyOf(SAMPLE).withGeneralBudgetExpenditure(
                ImmutableGeneralBudgetExpenditure.copyOf(t5).withRows(rows));
        List<Finding> found = findings(spending, Rules.CROSS_TABLE_T4_T5);
        assertEquals(List.of(Optional.of("208")), found.stream().map(Finding::code).toList());
        assertEquals(Optional.of(TableKind.FISCAL_APPROPRIATION_SUMMARY), found.get(0).table());
    }

    @Test
    void fundTablesAgainstTables1And4() {
        FundExpenditureRow row = FundExpenditureRow.builder().code(FunctionalCode.parse("212"))
                .name("城乡社区支出").putAllAmounts(cells(FundExpenditureColumn.class, "5.00", null, null, "5.00")).build();
        BudgetDisclosure fund = ImmutableBudgetDisclosure.copyOf(SAMPLE).withGovernmentFundExpenditure(
                ImmutableGovernmentFundExpenditure.copyOf(SAMPLE.getGovernmentFundExpenditure().orElseThrow())
                        .withEmptyNote(Optional.empty()).withRows(row));
        assertEquals(List.of(Rules.CROSS_TABLE_T4_T8, Rules.CROSS_TABLE_T1_T8), rules(fund));
        BudgetDisclosure capital = ImmutableBudgetDisclosure.copyOf(SAMPLE).withStateCapitalExpenditure(
                ImmutableStateCapitalExpenditure.copyOf(SAMPLE.getStateCapitalExpenditure().orElseThrow())
                        .withEmptyNote(Optional.empty()).withRows(row));
        assertEquals(List.of(Rules.CROSS_TABLE_T4_T9, Rules.CROSS_TABLE_T1_T9), rules(capital));
    }

    @Test
    void table5AgainstTables6And7() {
        var t6 = SAMPLE.getGeneralBudgetBasicExpenditure().orElseThrow();
        BudgetDisclosure basic = ImmutableBudgetDisclosure.copyOf(SAMPLE).withGeneralBudgetBasicExpenditure(
                ImmutableGeneralBudgetBasicExpenditure.copyOf(t6)
                        .withTotals(totals("总计", BasicExpenditureColumn.class, "121.00", "111.00", "10.00")));
        assertEquals(List.of(Rules.CROSS_TABLE_T5_T6), rules(basic));
        var t7 = SAMPLE.getGeneralBudgetProjectExpenditure().orElseThrow();
        BudgetDisclosure project = ImmutableBudgetDisclosure.copyOf(SAMPLE).withGeneralBudgetProjectExpenditure(
                ImmutableGeneralBudgetProjectExpenditure.copyOf(t7).withRows(Check.replace(t7.getRows(), 3,
                        r -> ImmutableProjectExpenditureRow.copyOf(r).withCode(FunctionalCode.parse("2010301")))));
        List<Finding> found = findings(project, Rules.CROSS_TABLE_T5_T7);
        assertEquals(List.of(Optional.of("2010399"), Optional.of("2010301")),
                found.stream().map(Finding::code).toList());
    }

    @Test
    void aProjectTableInYuanIsComparedInTenThousandYuan() {
        var t7 = SAMPLE.getGeneralBudgetProjectExpenditure().orElseThrow();
        var rows = t7.getRows().stream().map(r -> ImmutableProjectExpenditureRow.copyOf(r)
                .withAmounts(cells(ProjectExpenditureColumn.class, "500000", null, "500000"))).toList();
        BudgetDisclosure yuan = ImmutableBudgetDisclosure.copyOf(SAMPLE).withGeneralBudgetProjectExpenditure(
                ImmutableGeneralBudgetProjectExpenditure.copyOf(t7).withUnit(MoneyUnit.YUAN).withRows(rows)
                        .withTotals(totals("总计", ProjectExpenditureColumn.class, "500000", null, "500000")));
        assertEquals(List.of(), findings(yuan, Rules.CROSS_TABLE));
        BudgetDisclosure mislabelled = ImmutableBudgetDisclosure.copyOf(yuan).withGeneralBudgetProjectExpenditure(
                ImmutableGeneralBudgetProjectExpenditure.copyOf(yuan.getGeneralBudgetProjectExpenditure().orElseThrow())
                        .withUnit(MoneyUnit.TEN_THOUSAND_YUAN));
        List<Finding> suspect = DisclosureValidator.standard().validate(mislabelled)
                .filter(f -> f.rule().equals(Rules.UNIT_SUSPECT)).findings();
        assertEquals(List.of(Optional.of("10000")), suspect.stream().map(f -> f.arguments().get(0))
                .map(Optional::of).distinct().toList());
    }

    @Test
    void table11AgainstTable1AndTable10AgainstTable6() {
        BudgetDisclosure carryover = ImmutableBudgetDisclosure.copyOf(SAMPLE).withCarryoverDetail(
                ImmutableCarryoverDetail.copyOf(SAMPLE.getCarryoverDetail().orElseThrow()).withEmptyNote(Optional.empty())
                        .withRows(CarryoverRow.builder().name("办公楼维修").putAllAmounts(
                                cells(CarryoverColumn.class, "8.00", "8.00", null, null, "8.00")).build()));
        assertEquals(List.of(Rules.CROSS_TABLE_T11_T1), rules(carryover));
        var t10 = ImmutableThreePublicExpenses.copyOf(SAMPLE.getThreePublicExpenses().orElseThrow());
        BudgetDisclosure reception = ImmutableBudgetDisclosure.copyOf(SAMPLE).withThreePublicExpenses(t10.withRows(
                Check.replace(t10.getRows(), 1, r -> ImmutableThreePublicExpenseRow.copyOf(r)
                        .withAmounts(cells(ThreePublicExpenseColumn.class, "1.00", "1.00")))));
        List<Finding> found = findings(reception, Rules.CROSS_TABLE_T10_T6);
        assertEquals(1, found.size());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(List.of("表6", "30217"), found.get(0).arguments());
        assertEquals(0, BigDecimal.ONE.compareTo(found.get(0).actual().orElseThrow()));
    }

    @Test
    void theFamilyIdDisablesEverySubRule() {
        var t3 = SAMPLE.getExpenditureSummary().orElseThrow();
        BudgetDisclosure d = ImmutableBudgetDisclosure.copyOf(SAMPLE).withExpenditureSummary(ImmutableExpenditureSummary
                .copyOf(t3).withTotals(totals("总计", ExpenditureColumn.class, "171.00", "121.00", "50.00")));
        assertEquals(List.of(Rules.CROSS_TABLE_T1_T3, Rules.CROSS_TABLE_T2_T3), rules(d));
        assertEquals(List.of(), DisclosureValidator.builder().disable(Rules.CROSS_TABLE).build().validate(d)
                .filter(f -> f.family().equals(Rules.CROSS_TABLE)).findings());
        assertEquals(List.of(Rules.CROSS_TABLE_T2_T3), DisclosureValidator.builder().only(Rules.CROSS_TABLE)
                .disable(Rules.CROSS_TABLE_T1_T3).build().validate(d).findings().stream().map(Finding::rule)
                .distinct().toList());
    }
}
