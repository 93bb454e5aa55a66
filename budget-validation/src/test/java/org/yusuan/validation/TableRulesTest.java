package org.yusuan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.FundExpenditureColumn;
import org.yusuan.model.table.FundExpenditureRow;
import org.yusuan.model.table.ImmutableBasicExpenditureRow;
import org.yusuan.model.table.ImmutableExpenditureRow;
import org.yusuan.model.table.ImmutableExpenditureSummary;
import org.yusuan.model.table.ImmutableGeneralBudgetBasicExpenditure;
import org.yusuan.model.table.ImmutableGeneralBudgetExpenditure;
import org.yusuan.model.table.ImmutableGovernmentFundExpenditure;
import org.yusuan.model.table.ImmutableRevenueRow;
import org.yusuan.model.table.ImmutableRevenueSummary;
import org.yusuan.model.table.RevenueColumn;
import org.yusuan.model.table.RevenueRow;
import org.yusuan.model.table.TableKind;

/** The rules within one table: row sums, hierarchy, totals, codes, duplicates, order, declared-empty tables. */
class TableRulesTest {

    private static BudgetDisclosure withTable3Row(int index, String... amounts) {
        BudgetDisclosure d = Sample.disclosure();
        var t3 = d.getExpenditureSummary().orElseThrow();
        var rows = Check.replace(t3.getRows(), index, r -> ImmutableExpenditureRow.copyOf(r)
                .withAmounts(cells(ExpenditureColumn.class, amounts)));
        return ImmutableBudgetDisclosure.copyOf(d).withExpenditureSummary(ImmutableExpenditureSummary.copyOf(t3)
                .withRows(rows));
    }

    @Test
    void aRowWhoseTotalIsNotTheSumOfItsColumnsIsAnError() {
        List<Finding> found = findings(withTable3Row(2, "100.00", "90.00"), Rules.ROW_SUM);
        assertEquals(1, found.size(), found::toString);
        Finding f = found.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(Optional.of(TableKind.EXPENDITURE_SUMMARY), f.table());
        assertEquals(Optional.of("2010301"), f.code());
        assertEquals(Optional.of("合计"), f.column());
        assertEquals(0, new BigDecimal("90.00").compareTo(f.expected().orElseThrow()));
        assertEquals(0, new BigDecimal("10.00").compareTo(f.difference().orElseThrow()));
        assertEquals(false, f.rounding());
    }

    @Test
    void aRowOffByOneCentIsReportedAsRounding() {
        List<Finding> found = findings(withTable3Row(2, "100.01", "50.00", "50.00"), Rules.ROW_SUM);
        assertEquals(1, found.size(), found::toString);
        assertEquals(Severity.INFO, found.get(0).severity());
        assertTrue(found.get(0).rounding());
    }

    @Test
    void aCategoryThatIsNotTheSumOfItsChildrenIsAnError() {
        BudgetDisclosure d = Sample.disclosure();
        var t5 = d.getGeneralBudgetExpenditure().orElseThrow();
        var rows = Check.replace(t5.getRows(), 1, r -> ImmutableExpenditureRow.copyOf(r)
                .withAmounts(cells(ExpenditureColumn.class, "160.00", "110.00", "50.00")));
        d = ImmutableBudgetDisclosure.copyOf(d).withGeneralBudgetExpenditure(
                ImmutableGeneralBudgetExpenditure.copyOf(t5).withRows(rows));
        List<Finding> found = findings(d, Rules.HIERARCHY_SUM);
        // 20103 is printed 160/110 over children 150/100, and 201 (150/100) no longer equals its child 20103.
        assertEquals(List.of("201 合计", "201 基本支出", "20103 合计", "20103 基本支出"), found.stream()
                .map(f -> f.code().orElseThrow() + " " + f.column().orElseThrow()).sorted().toList());
        assertTrue(found.stream().allMatch(f -> f.severity() == Severity.ERROR));
    }

    @Test
    void aTotalsRowThatIsNotTheSumOfTheCategoriesIsAnError() {
        BudgetDisclosure d = Sample.disclosure();
        var t3 = d.getExpenditureSummary().orElseThrow();
        d = ImmutableBudgetDisclosure.copyOf(d).withExpenditureSummary(ImmutableExpenditureSummary.copyOf(t3)
                .withTotals(totals("总计", ExpenditureColumn.class, "175.00", "125.00", "50.00")));
        List<Finding> found = findings(d, Rules.TABLE_TOTAL);
        assertEquals(List.of("合计", "基本支出"), found.stream().map(f -> f.column().orElseThrow()).toList());
        assertEquals(0, new BigDecimal("170.00").compareTo(found.get(0).expected().orElseThrow()));
    }

    @Test
    void aCodePrintedTwiceAndARowBeforeItsParentAreWarnings() {
        BudgetDisclosure d = Sample.disclosure();
        var t2 = d.getRevenueSummary().orElseThrow();
        List<RevenueRow> rows = new java.util.ArrayList<>(t2.getRows());
        RevenueRow item = rows.remove(6);
        rows.add(4, item);
        rows.add(Sample.revenue("2010399", "0.00"));
        d = ImmutableBudgetDisclosure.copyOf(d).withRevenueSummary(ImmutableRevenueSummary.copyOf(t2).withRows(rows));
        List<Finding> duplicates = findings(d, Rules.ROW_DUPLICATE);
        assertEquals(List.of(Optional.of("2010399")), duplicates.stream().map(Finding::code).toList());
        List<Finding> order = findings(d, Rules.ROW_ORDER);
        assertEquals(List.of(Optional.of("2080505")), order.stream().map(Finding::code).toList());
        assertEquals(List.of("20805"), order.get(0).arguments());
    }

    @Test
    void aRowPrintedTwiceBeforeItsParentIsOutOfOrderOnceAtItsLastPlace() {
        BudgetDisclosure d = Sample.disclosure();
        var t7 = Sample.table7();
        List<org.yusuan.model.table.ProjectExpenditureRow> rows = new java.util.ArrayList<>(t7.getRows());
        // sub-unit, 201, 20103, project 2010399: the same project object twice, then its parent 20103.
        var parent = rows.remove(2);
        var project = rows.get(2);
        rows.add(project);
        rows.add(parent);
        d = ImmutableBudgetDisclosure.copyOf(d).withGeneralBudgetProjectExpenditure(
                org.yusuan.model.table.ImmutableGeneralBudgetProjectExpenditure.copyOf(t7).withRows(rows));
        List<Finding> order = findings(d, Rules.ROW_ORDER);
        assertEquals(1, order.size(), () -> order.toString());
        assertEquals(Optional.of("2010399"), order.get(0).code());
        assertEquals(List.of("20103"), order.get(0).arguments());
        assertEquals(List.of(), findings(d, Rules.ROW_DUPLICATE));
    }

    @Test
    void aTableDeclaredEmptyThatPrintsAnAmountIsAWarning() {
        BudgetDisclosure d = Sample.disclosure();
        var t8 = d.getGovernmentFundExpenditure().orElseThrow();
        d = ImmutableBudgetDisclosure.copyOf(d).withGovernmentFundExpenditure(ImmutableGovernmentFundExpenditure
                .copyOf(t8).withRows(FundExpenditureRow.builder().code(FunctionalCode.parse("2230105"))
                        .name("国有企业退休人员社会化管理补助支出")
                        .putAllAmounts(cells(FundExpenditureColumn.class, "5.88", null, null, "5.88")).build()));
        List<Finding> found = findings(d, Rules.TABLE_DECLARED_EMPTY);
        assertEquals(1, found.size());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(List.of("2"), found.get(0).arguments());
    }

    @Test
    void aNameThatDiffersFromTheCatalogIsAWarningButSpacesAndBracketsAreNot() {
        BudgetDisclosure spaced = renameTable3Row(2, " 行政 运行 ");
        assertEquals(List.of(), findings(spaced, Rules.CODE_NAME_MISMATCH));
        BudgetDisclosure wrong = renameTable3Row(2, "行政运作");
        List<Finding> found = findings(wrong, Rules.CODE_NAME_MISMATCH);
        assertEquals(1, found.size());
        assertEquals(List.of("行政运行"), found.get(0).arguments());
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    private static BudgetDisclosure renameTable3Row(int index, String name) {
        BudgetDisclosure d = Sample.disclosure();
        var t3 = d.getExpenditureSummary().orElseThrow();
        return ImmutableBudgetDisclosure.copyOf(d).withExpenditureSummary(ImmutableExpenditureSummary.copyOf(t3)
                .withRows(Check.replace(t3.getRows(), index, r -> ImmutableExpenditureRow.copyOf(r).withName(name))));
    }

    @Test
    void aRowWithoutCodeIsPlacedByItsNameOrReported() {
        BudgetDisclosure d = Sample.disclosure();
        var t2 = d.getRevenueSummary().orElseThrow();
        var rows = Check.replace(t2.getRows(), 4, r -> ImmutableRevenueRow.copyOf(r).withCode(Optional.empty()));
        BudgetDisclosure placed = ImmutableBudgetDisclosure.copyOf(d)
                .withRevenueSummary(ImmutableRevenueSummary.copyOf(t2).withRows(rows));
        List<Finding> found = findings(placed, Rules.CODE_MISSING);
        assertEquals(1, found.size());
        assertEquals(Severity.INFO, found.get(0).severity());
        assertEquals(List.of("208"), found.get(0).arguments());
        // Placed as 208, the row still takes part in the sums: nothing else is reported.
        assertEquals(List.of(), DisclosureValidator.builder().disable(Rules.CODE_MISSING).build().validate(placed)
                .findings());

        var unknown = Check.replace(rows, 4, r -> ImmutableRevenueRow.copyOf(r).withName("无此科目"));
        List<Finding> lost = findings(ImmutableBudgetDisclosure.copyOf(d)
                .withRevenueSummary(ImmutableRevenueSummary.copyOf(t2).withRows(unknown)), Rules.CODE_MISSING);
        assertEquals(Severity.WARNING, lost.get(0).severity());
    }

    @Test
    void aCodeOutsideTheCatalogIsAnError() {
        BudgetDisclosure d = Sample.disclosure();
        var t2 = d.getRevenueSummary().orElseThrow();
        var rows = Check.replace(t2.getRows(), 3, r -> ImmutableRevenueRow.copyOf(r)
                .withCode(FunctionalCode.parse("2010398")));
        List<Finding> found = findings(ImmutableBudgetDisclosure.copyOf(d)
                .withRevenueSummary(ImmutableRevenueSummary.copyOf(t2).withRows(rows)), Rules.CODE_UNKNOWN);
        assertEquals(1, found.size(), found::toString);
        assertEquals(Optional.of("2010398"), found.get(0).code());
        assertEquals(Optional.of(TableKind.REVENUE_SUMMARY), found.get(0).table());
        assertEquals(Severity.ERROR, found.get(0).severity());
    }

    @Test
    void aNegativeAmountIsAnErrorNamingItsCell() {
        BudgetDisclosure d = Sample.disclosure();
        var t6 = d.getGeneralBudgetBasicExpenditure().orElseThrow();
        var rows = Check.replace(t6.getRows(), 4, r -> ImmutableBasicExpenditureRow.copyOf(r)
                .withAmounts(cells(BasicExpenditureColumn.class, "-7.00", null, "-7.00")));
        List<Finding> found = findings(ImmutableBudgetDisclosure.copyOf(d).withGeneralBudgetBasicExpenditure(
                ImmutableGeneralBudgetBasicExpenditure.copyOf(t6).withRows(rows)), Rules.AMOUNT_NEGATIVE);
        assertEquals(List.of("公用经费", "合计"), found.stream().map(f -> f.column().orElseThrow()).sorted().toList());
        assertEquals(Optional.of("30201"), found.get(0).code());
        assertEquals(0, new BigDecimal("-7").compareTo(found.get(0).actual().orElseThrow()));
    }

    @Test
    void anAmountWithThreeDecimalsAndAnAmountTenTimesOffAreSuspect() {
        BudgetDisclosure d = Sample.disclosure();
        var t2 = d.getRevenueSummary().orElseThrow();
        var rows = Check.replace(t2.getRows(), 2, r -> ImmutableRevenueRow.copyOf(r)
                .withAmounts(cells(RevenueColumn.class, "100.00", "100.000", "100.00")));
        List<Finding> found = findings(ImmutableBudgetDisclosure.copyOf(d)
                .withRevenueSummary(ImmutableRevenueSummary.copyOf(t2).withRows(rows)), Rules.UNIT_SUSPECT);
        assertTrue(found.isEmpty(), "100.000 has only trailing zeros: " + found);

        rows = Check.replace(t2.getRows(), 2, r -> ImmutableRevenueRow.copyOf(r)
                .withAmounts(cells(RevenueColumn.class, "100.00", "100.001", "100.00")));
        found = findings(ImmutableBudgetDisclosure.copyOf(d)
                .withRevenueSummary(ImmutableRevenueSummary.copyOf(t2).withRows(rows)), Rules.UNIT_SUSPECT);
        assertEquals(List.of("scale"), found.stream().map(f -> f.detail().orElseThrow()).toList());

        List<Finding> power = findings(withTable3Row(2, "100.00", "10.00"), Rules.UNIT_SUSPECT);
        assertEquals(1, power.size(), power::toString);
        assertEquals(Optional.of("power"), power.get(0).detail());
        assertEquals(Optional.of("基本支出"), power.get(0).column());
        assertEquals(new BigDecimal("100"), power.get(0).expected().orElseThrow());
        assertEquals(List.of("10"), power.get(0).arguments());
    }
}
