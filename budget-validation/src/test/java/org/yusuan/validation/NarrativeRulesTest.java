package org.yusuan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yusuan.testkit.internal.KorlaCityGovOfficeFixture.cells;
import static org.yusuan.validation.Check.findings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.ImmutableBudgetDisclosure;
import org.yusuan.model.ImmutableNarrativeSection;
import org.yusuan.model.matters.ImmutableOtherMatters;
import org.yusuan.model.matters.ImmutableStateAssets;
import org.yusuan.model.table.FundExpenditureColumn;
import org.yusuan.model.table.FundExpenditureRow;
import org.yusuan.model.table.ImmutableStateCapitalExpenditure;
import org.yusuan.model.table.TableKind;

/** The narrative rules: amounts, percentages and years stated in the text. */
class NarrativeRulesTest {

    private static final BudgetDisclosure SAMPLE = Sample.disclosure();

    private static BudgetDisclosure withText(int section, String from, String to) {
        return ImmutableBudgetDisclosure.copyOf(SAMPLE).withNarrativeSections(Check.replace(
                SAMPLE.getNarrativeSections(), section, s -> {
                    assertTrue(s.getText().contains(from), () -> s.getText() + " has no " + from);
                    return ImmutableNarrativeSection.copyOf(s).withText(s.getText().replace(from, to));
                }));
    }

    @Test
    void anAmountStatedInTheTextThatDiffersFromTheTablesIsAWarning() {
        List<Finding> found = findings(withText(0, "收支总预算 170.00", "收支总预算 171.00"), Rules.NARRATIVE_AMOUNT);
        assertEquals(1, found.size(), found::toString);
        assertEquals(Optional.of(TableKind.REVENUE_EXPENDITURE_SUMMARY), found.get(0).table());
        assertEquals(0, BigDecimal.ONE.compareTo(found.get(0).difference().orElseThrow()));
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void everyKindOfStatementIsRead() {
        assertEquals(1, findings(withText(5, "人员经费 110.00", "人员经费 111.00"), Rules.NARRATIVE_AMOUNT).size());
        assertEquals(1, findings(withText(2, "项目支出 50.00", "项目支出 55.00"), Rules.NARRATIVE_AMOUNT).size());
        assertEquals(1, findings(withText(4, "（类）20.00", "（类）21.00"), Rules.NARRATIVE_AMOUNT).size());
        List<Finding> item = findings(withText(4, "预算数为 100.00", "预算数为 101.00"), Rules.NARRATIVE_AMOUNT);
        assertEquals(List.of(Optional.of("2010301")), item.stream().map(Finding::code).toList());
        assertEquals(1, findings(withText(7, "公务用车运行费 3.00", "公务用车运行费 3.50"), Rules.NARRATIVE_AMOUNT).size());
        assertEquals(1, findings(withText(3, "社会保障和就业支出 20.00", "社会保障和就业支出 22.00"), Rules.NARRATIVE_AMOUNT)
                .size());
        List<Finding> project = findings(withText(6, "预算安排规模：50.00", "预算安排规模：40.00"), Rules.NARRATIVE_AMOUNT);
        assertEquals(List.of(Optional.of(Sample.PROJECT)), project.stream().map(Finding::project).toList());
        assertEquals(List.of(Optional.of("project_missing")), findings(withText(6, "项目名称：" + Sample.PROJECT,
                "项目名称：另一个项目"), Rules.NARRATIVE_AMOUNT).stream().map(Finding::detail).toList());
    }

    @Test
    void aNarrativeProjectNamedWithAnotherGenericSuffixIsComparedWithItsTable7Project() {
        assertEquals(List.of(), findings(withText(6, "项目名称：" + Sample.PROJECT, "项目名称：部门专项-业务项目"),
                Rules.NARRATIVE_AMOUNT));
        List<Finding> differs = findings(withText(6, "项目名称：" + Sample.PROJECT + "\n预算安排规模：50.00",
                "项目名称：部门专项-业务项目\n预算安排规模：40.00"), Rules.NARRATIVE_AMOUNT);
        assertEquals(List.of(Optional.of("部门专项-业务项目")), differs.stream().map(Finding::project).toList());
        assertEquals(List.of(Optional.empty()), differs.stream().map(Finding::detail).toList());
    }

    /** The sample with its narrative project renamed to one 表7 lacks, 5.88 万元, paid from 国有资本经营预算. */
    private static BudgetDisclosure withCapitalProject() {
        return withText(6, "项目名称：" + Sample.PROJECT + "\n预算安排规模：50.00",
                "项目名称：国有企业退休人员社会化管理补助资金\n预算安排规模：5.88");
    }

    /** The disclosure with a 表9 in 元 whose one 项 row prints the given 项目支出. */
    private static BudgetDisclosure withTable9(BudgetDisclosure d, String projectYuan) {
        FundExpenditureRow row = FundExpenditureRow.builder().code(FunctionalCode.parse("2230105"))
                .name("国有企业退休人员社会化管理补助支出")
                .putAllAmounts(cells(FundExpenditureColumn.class, projectYuan, null, null, projectYuan)).build();
        return ImmutableBudgetDisclosure.copyOf(d).withStateCapitalExpenditure(
                ImmutableStateCapitalExpenditure.copyOf(d.getStateCapitalExpenditure().orElseThrow())
                        .withUnit(MoneyUnit.YUAN).withEmptyNote(Optional.empty()).withRows(row));
    }

    @Test
    void aNarrativeProjectInNeitherTable7NorTables8And9IsMissing() {
        List<Finding> found = findings(withCapitalProject(), Rules.NARRATIVE_AMOUNT);
        assertEquals(List.of(Optional.of("project_missing")), found.stream().map(Finding::detail).toList());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(Optional.of(TableKind.GENERAL_BUDGET_PROJECT_EXPENDITURE), found.get(0).table());

        List<Finding> otherAmount = findings(withTable9(withCapitalProject(), "58801.00"), Rules.NARRATIVE_AMOUNT);
        assertEquals(List.of(Optional.of("project_missing")), otherAmount.stream().map(Finding::detail).toList());
        assertEquals(Severity.WARNING, otherAmount.get(0).severity());
    }

    @Test
    void aNarrativeProjectWhoseAmountIsATable9ProjectExpenditureIsOnlyAnInfo() {
        List<Finding> found = findings(withTable9(withCapitalProject(), "58800.00"), Rules.NARRATIVE_AMOUNT);
        assertEquals(List.of(Optional.of("project_in_fund_table")), found.stream().map(Finding::detail).toList());
        Finding f = found.get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals(Optional.of(TableKind.STATE_CAPITAL_EXPENDITURE), f.table());
        assertEquals(Optional.of("2230105"), f.code());
        assertEquals(Optional.of("国有企业退休人员社会化管理补助资金"), f.project());
        assertEquals(0, new BigDecimal("5.88").compareTo(f.expected().orElseThrow()));
        assertTrue(f.message(java.util.Locale.CHINA).contains("表9 国有资本经营预算支出情况表"), f::toString);
        assertTrue(f.message(java.util.Locale.ENGLISH).contains("表9 国有资本经营预算支出情况表"), f::toString);
    }

    @Test
    void aShareOrAChangeThatTheAmountsDoNotGiveIsAWarning() {
        List<Finding> share = findings(withText(2, "占 70.59%", "占 75.00%"), Rules.NARRATIVE_PERCENT);
        assertEquals(List.of(Optional.of("share")), share.stream().map(Finding::detail).toList());
        assertEquals(0, new BigDecimal("70.59").compareTo(share.get(0).expected().orElseThrow()));
        assertEquals(Severity.WARNING, share.get(0).severity());

        List<Finding> rounding = findings(withText(2, "占 70.59%", "占 70.60%"), Rules.NARRATIVE_PERCENT);
        assertEquals(Severity.INFO, rounding.get(0).severity());
        assertTrue(rounding.get(0).rounding());

        List<Finding> change = findings(withText(1, "增长 13.33%", "增长 15.00%"), Rules.NARRATIVE_PERCENT);
        assertEquals(List.of(Optional.of("change")), change.stream().map(Finding::detail).toList());
        assertEquals(List.of(Optional.of("change")), findings(withText(4, "下降 4.76%", "下降 5.76%"),
                Rules.NARRATIVE_PERCENT).stream().map(Finding::detail).toList());

        List<Finding> direction = findings(withText(1, "增长 13.33%", "下降 13.33%"), Rules.NARRATIVE_PERCENT);
        assertEquals(List.of(Optional.of("direction")), direction.stream().map(Finding::detail).toList());
    }

    @Test
    void yearsThatDoNotFitTheFiscalYearAreWarnings() {
        List<Finding> execution = findings(withText(6, "2024 年 12 月 31 日", "2025 年 12 月 31 日"), Rules.NARRATIVE_YEAR);
        assertEquals(List.of(Optional.of("execution")), execution.stream().map(Finding::detail).toList());
        List<Finding> budgetYear = findings(withText(4, "2024 年预算数为", "2023 年预算数为"), Rules.NARRATIVE_YEAR);
        assertEquals(List.of(Optional.of("budget_year")), budgetYear.stream().map(Finding::detail).toList());

        var matters = SAMPLE.getOtherMatters().orElseThrow();
        BudgetDisclosure future = ImmutableBudgetDisclosure.copyOf(SAMPLE).withOtherMatters(ImmutableOtherMatters
                .copyOf(matters).withStateAssets(ImmutableStateAssets.copyOf(matters.getStateAssets().orElseThrow())
                        .withAsOfText("截至 2024 年底").withAsOfDate(LocalDate.of(2024, 12, 31))));
        List<Finding> asOf = findings(future, Rules.NARRATIVE_YEAR);
        assertEquals(List.of(Optional.of("as_of")), asOf.stream().map(Finding::detail).toList());
        assertEquals(List.of(), findings(ImmutableBudgetDisclosure.copyOf(future)
                .withPublicationDate(LocalDate.of(2025, 2, 1)), Rules.NARRATIVE_YEAR));
    }
}
