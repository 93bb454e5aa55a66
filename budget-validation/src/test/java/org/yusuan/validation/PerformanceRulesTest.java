package org.yusuan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yusuan.testkit.internal.KorlaCityGovOfficeFixture.totals;
import static org.yusuan.validation.Check.findings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.matters.GovernmentProcurement;
import org.yusuan.model.matters.ImmutableOtherMatters;
import org.yusuan.model.matters.ImmutablePerformanceSummary;
import org.yusuan.model.performance.ImmutablePerformanceIndicator;
import org.yusuan.model.performance.ImmutableProjectFunding;
import org.yusuan.model.performance.ImmutableProjectPerformanceTarget;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.performance.TargetValue;
import org.yusuan.model.table.FundExpenditureColumn;
import org.yusuan.model.table.StateCapitalExpenditure;

/** The performance sheet rules, 预算绩效情况 and 政府采购. */
class PerformanceRulesTest {

    private static final BudgetDisclosure SAMPLE = Sample.disclosure();

    private static BudgetDisclosure withSheet(java.util.function.UnaryOperator<ImmutableProjectPerformanceTarget> change) {
        ProjectPerformanceTarget sheet = SAMPLE.getProjectPerformanceTargets().get(0);
        return ImmutableBudgetDisclosure.copyOf(SAMPLE).withProjectPerformanceTargets(
                change.apply(ImmutableProjectPerformanceTarget.copyOf(sheet)));
    }

    private static BudgetDisclosure withIndicator(int index, java.util.function.UnaryOperator<ImmutablePerformanceIndicator> change) {
        return withSheet(s -> s.withIndicators(Check.replace(s.getIndicators(), index,
                i -> change.apply(ImmutablePerformanceIndicator.copyOf(i)))));
    }

    @Test
    void weightsThatAddUpToNeither90Nor100AreAnError() {
        BudgetDisclosure d = withIndicator(0, i -> i.withWeight(new BigDecimal("20")));
        List<Finding> found = findings(d, Rules.PERF_WEIGHTS);
        assertEquals(1, found.size());
        assertEquals(Optional.of(Sample.PROJECT), found.get(0).project());
        assertEquals(0, new BigDecimal("80").compareTo(found.get(0).actual().orElseThrow()));
        assertEquals(0, new BigDecimal("90").compareTo(found.get(0).expected().orElseThrow()));
        BudgetDisclosure hundred = withIndicator(0, i -> i.withWeight(new BigDecimal("40")));
        assertEquals(List.of(), findings(hundred, Rules.PERF_WEIGHTS));
        assertEquals(1, DisclosureValidator.builder().only(Rules.PERF_WEIGHTS)
                .expectedWeightTotals(new BigDecimal("90")).build().validate(hundred).findings().size());
    }

    @Test
    void aSheetWithoutItsProjectInTable7OrWithAnotherAmount() {
        List<Finding> missing = findings(withSheet(s -> s.withProjectName("完全不同的采购")
                .withFunding(ImmutableProjectFunding.copyOf(s.getFunding()).withTotal(new BigDecimal("7.00"))
                        .withFiscalAppropriation(new BigDecimal("7.00")))), Rules.PERF_PROJECT_MATCH);
        assertEquals(List.of(Optional.of("missing")), missing.stream().map(Finding::detail).toList());

        List<Finding> renamed = findings(withSheet(s -> s.withProjectName("部门专项—示例单位业务经费")),
                Rules.PERF_PROJECT_MATCH);
        assertEquals(List.of(Optional.of("name")), renamed.stream().map(Finding::detail).toList());
        assertEquals(List.of(Sample.PROJECT), renamed.get(0).arguments());
        assertEquals(Severity.WARNING, renamed.get(0).severity());

        List<Finding> dashes = findings(withSheet(s -> s.withProjectName("部门专项—业务经费")), Rules.PERF_PROJECT_MATCH);
        assertEquals(List.of(), dashes);

        List<Finding> amount = findings(withSheet(s -> s.withFunding(ImmutableProjectFunding.copyOf(s.getFunding())
                .withTotal(new BigDecimal("60.00")).withFiscalAppropriation(new BigDecimal("60.00")))),
                Rules.PERF_PROJECT_MATCH);
        assertEquals(List.of(Optional.of("amount")), amount.stream().map(Finding::detail).toList());
        assertEquals(Severity.ERROR, amount.get(0).severity());
    }

    @Test
    void fundingThatDoesNotAddUpIsAnError() {
        List<Finding> found = findings(withSheet(s -> s.withFunding(ImmutableProjectFunding.copyOf(s.getFunding())
                .withOtherFunds(new BigDecimal("5.00")))), Rules.PERF_FUNDS_SUM);
        assertEquals(1, found.size());
        assertEquals(Optional.of("年度预算总额"), found.get(0).column());
        assertEquals(MoneyUnit.TEN_THOUSAND_YUAN, found.get(0).unit().orElseThrow());
    }

    @Test
    void targetsWithoutComparatorOrNumberAreWarnings() {
        List<Finding> text = findings(withIndicator(0, i -> i.withTarget(TargetValue.parse("按计划完成"))),
                Rules.PERF_TARGET_UNPARSED);
        assertEquals(List.of(Optional.of("qualitative")), text.stream().map(Finding::detail).toList());
        assertEquals(Optional.of("业务活动次数"), text.get(0).name());
        List<Finding> blank = findings(withIndicator(2, i -> i.withTarget(TargetValue.qualitative(""))),
                Rules.PERF_TARGET_UNPARSED);
        assertEquals(List.of(Optional.of("blank")), blank.stream().map(Finding::detail).toList());
        List<Finding> qualitativeSatisfaction = findings(withIndicator(2, i -> i.withTarget(TargetValue.parse("满意"))),
                Rules.PERF_TARGET_UNPARSED);
        assertEquals(List.of(), qualitativeSatisfaction);
    }

    @Test
    void aCostTargetThatIsNotMoneyIsAWarning() {
        List<Finding> found = findings(withIndicator(1, i -> i.withTarget(TargetValue.parse("<=3 次"))),
                Rules.PERF_COST_UNIT);
        assertEquals(1, found.size());
        assertEquals(Optional.of("业务活动成本"), found.get(0).name());
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void thePerformanceSummaryAgainstTheSheetsAndTables() {
        var matters = SAMPLE.getOtherMatters().orElseThrow();
        var summary = ImmutablePerformanceSummary.copyOf(matters.getPerformanceSummary().orElseThrow());
        BudgetDisclosure d = ImmutableBudgetDisclosure.copyOf(SAMPLE).withOtherMatters(ImmutableOtherMatters
                .copyOf(matters).withPerformanceSummary(summary.withFiscalProjectCount(2)
                        .withFiscalProjectAmount(new BigDecimal("60.00")).withOverallTargetAmount(new BigDecimal("171.00"))));
        assertEquals(List.of("count", "amount", "overall", "sheet_count"), findings(d, Rules.PERF_SUMMARY).stream()
                .map(f -> f.detail().orElseThrow()).toList());
    }

    @Test
    void aNameThatDiffersOnlyByAGenericSuffixWithTheSameAmountIsTheSameProjectReportedAsInfo() {
        List<Finding> suffix = findings(withSheet(s -> s.withProjectName("部门专项-业务项目")), Rules.PERF_PROJECT_MATCH);
        assertEquals(List.of(Optional.of("suffix")), suffix.stream().map(Finding::detail).toList());
        assertEquals(Severity.INFO, suffix.get(0).severity());
        assertEquals(List.of(Sample.PROJECT), suffix.get(0).arguments());

        List<Finding> otherAmount = findings(withSheet(s -> s.withProjectName("部门专项-业务项目")
                .withFunding(ImmutableProjectFunding.copyOf(s.getFunding()).withTotal(new BigDecimal("60.00"))
                        .withFiscalAppropriation(new BigDecimal("60.00")))), Rules.PERF_PROJECT_MATCH);
        assertEquals(List.of(Optional.of("name"), Optional.of("amount")),
                otherAmount.stream().map(Finding::detail).toList());
        assertEquals(List.of(Severity.WARNING, Severity.ERROR), otherAmount.stream().map(Finding::severity).toList());
    }

    @Test
    void sheetsTheTextSaysAreNotPublishedAccountForTheStatedProjectCount() {
        var matters = SAMPLE.getOtherMatters().orElseThrow();
        var summary = ImmutablePerformanceSummary.copyOf(matters.getPerformanceSummary().orElseThrow());
        String note = "2024年本单位有sm项目1个，涉及预算金额6万元，绩效目标表完全不予公开。";
        BudgetDisclosure explained = ImmutableBudgetDisclosure.copyOf(SAMPLE).withOtherMatters(ImmutableOtherMatters
                .copyOf(matters).withPerformanceSummary(summary.withNonFiscalProjectCount(1)).withOtherNotes(note));
        List<Finding> found = findings(explained, Rules.PERF_SUMMARY);
        assertEquals(List.of(Optional.of("sheet_withheld")), found.stream().map(Finding::detail).toList());
        assertEquals(Severity.INFO, found.get(0).severity());
        assertEquals(List.of("1"), found.get(0).arguments());

        BudgetDisclosure unexplained = ImmutableBudgetDisclosure.copyOf(SAMPLE).withOtherMatters(ImmutableOtherMatters
                .copyOf(matters).withPerformanceSummary(summary.withNonFiscalProjectCount(3)).withOtherNotes(note));
        List<Finding> still = findings(unexplained, Rules.PERF_SUMMARY);
        assertEquals(List.of(Optional.of("sheet_count_withheld")), still.stream().map(Finding::detail).toList());
        assertEquals(Severity.WARNING, still.get(0).severity());
    }

    @Test
    void projectsOfTable9CountTowardsTheStatedFiscalProjects() {
        var matters = SAMPLE.getOtherMatters().orElseThrow();
        var summary = ImmutablePerformanceSummary.copyOf(matters.getPerformanceSummary().orElseThrow());
        StateCapitalExpenditure t9 = StateCapitalExpenditure.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .totals(totals("合计", FundExpenditureColumn.class, "5.88", null, null, "5.88")).build();
        BudgetDisclosure withT9 = ImmutableBudgetDisclosure.copyOf(SAMPLE).withStateCapitalExpenditure(t9)
                .withOtherMatters(ImmutableOtherMatters.copyOf(matters).withPerformanceSummary(summary
                        .withFiscalProjectCount(2).withFiscalProjectAmount(new BigDecimal("55.88"))));
        assertEquals(List.of("sheet_count"), findings(withT9, Rules.PERF_SUMMARY).stream()
                .map(f -> f.detail().orElseThrow()).toList());
        BudgetDisclosure tooFew = ImmutableBudgetDisclosure.copyOf(withT9).withOtherMatters(ImmutableOtherMatters
                .copyOf(matters).withPerformanceSummary(summary.withFiscalProjectCount(0)
                        .withFiscalProjectAmount(new BigDecimal("55.88"))));
        List<Finding> found = findings(tooFew, Rules.PERF_SUMMARY);
        assertEquals(List.of("count_funds", "sheet_count"), found.stream().map(f -> f.detail().orElseThrow()).toList());
        assertEquals(0, BigDecimal.ONE.compareTo(found.get(0).expected().orElseThrow()));
        assertEquals(0, BigDecimal.ZERO.compareTo(found.get(0).actual().orElseThrow()));
    }

    @Test
    void procurementThatDoesNotAddUp() {
        var matters = SAMPLE.getOtherMatters().orElseThrow();
        BudgetDisclosure d = ImmutableBudgetDisclosure.copyOf(SAMPLE).withOtherMatters(ImmutableOtherMatters
                .copyOf(matters).withProcurement(GovernmentProcurement.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN)
                        .total(new BigDecimal("10.00")).goods(new BigDecimal("8.00")).services(new BigDecimal("3.00"))
                        .reservedForSmallAndMedium(new BigDecimal("12.00"))
                        .reservedForSmallAndMicro(new BigDecimal("13.00")).build()));
        assertEquals(List.of(Optional.empty(), Optional.of("reserved"), Optional.of("reserved_total")),
                findings(d, Rules.PROCUREMENT_SUM).stream().map(Finding::detail).toList());
    }
}
