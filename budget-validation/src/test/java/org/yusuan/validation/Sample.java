package org.yusuan.validation;

import static org.yusuan.testkit.internal.KorlaCityGovOfficeFixture.cells;
import static org.yusuan.testkit.internal.KorlaCityGovOfficeFixture.totals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.yusuan.codes.ClassificationCatalog;
import org.yusuan.codes.EconomicCode;
import org.yusuan.codes.FunctionalCode;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.EntityKind;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.NarrativeSection;
import org.yusuan.model.matters.GovernmentProcurement;
import org.yusuan.model.matters.OtherMatters;
import org.yusuan.model.matters.PerformanceSummary;
import org.yusuan.model.matters.RunningCostKind;
import org.yusuan.model.matters.RunningCosts;
import org.yusuan.model.matters.StateAssets;
import org.yusuan.model.performance.FirstLevelCategory;
import org.yusuan.model.performance.OverallFunding;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.ProjectFunding;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.performance.SecondLevelCategory;
import org.yusuan.model.performance.TargetValue;
import org.yusuan.model.table.BasicExpenditureColumn;
import org.yusuan.model.table.BasicExpenditureRow;
import org.yusuan.model.table.CarryoverDetail;
import org.yusuan.model.table.ExpenditureColumn;
import org.yusuan.model.table.ExpenditureRow;
import org.yusuan.model.table.ExpenditureSummary;
import org.yusuan.model.table.FiscalAppropriationSummary;
import org.yusuan.model.table.FiscalExpenditureColumn;
import org.yusuan.model.table.FiscalExpenditureLine;
import org.yusuan.model.table.FiscalIncomeColumn;
import org.yusuan.model.table.FiscalIncomeItem;
import org.yusuan.model.table.FiscalIncomeLine;
import org.yusuan.model.table.GeneralBudgetBasicExpenditure;
import org.yusuan.model.table.GeneralBudgetExpenditure;
import org.yusuan.model.table.GeneralBudgetProjectExpenditure;
import org.yusuan.model.table.GovernmentFundExpenditure;
import org.yusuan.model.table.IncomeItem;
import org.yusuan.model.table.ProjectExpenditureColumn;
import org.yusuan.model.table.ProjectExpenditureRow;
import org.yusuan.model.table.ProjectRowKind;
import org.yusuan.model.table.RevenueColumn;
import org.yusuan.model.table.RevenueExpenditureSummary;
import org.yusuan.model.table.RevenueRow;
import org.yusuan.model.table.RevenueSummary;
import org.yusuan.model.table.StateCapitalExpenditure;
import org.yusuan.model.table.SummaryColumn;
import org.yusuan.model.table.SummaryExpenditureLine;
import org.yusuan.model.table.SummaryIncomeLine;
import org.yusuan.model.table.ThreePublicExpenseColumn;
import org.yusuan.model.table.ThreePublicExpenseItem;
import org.yusuan.model.table.ThreePublicExpenseRow;
import org.yusuan.model.table.ThreePublicExpenses;

/**
 * A small disclosure, built by hand, in which everything adds up: 201 一般公共服务支出 150.00 (行政运行 100.00 basic,
 * one project of 50.00) and 208 社会保障和就业支出 20.00 (basic), all from the general public budget, 万元. Every
 * rule must stay quiet on it; each rule test breaks one figure of it.
 */
final class Sample {

    static final String UNIT = "示例单位";
    static final String PROJECT = "部门专项-业务经费";

    private Sample() {
    }

    static BudgetDisclosure disclosure() {
        return BudgetDisclosure.builder()
                .entityName(UNIT)
                .entityKind(EntityKind.UNIT)
                .fiscalYear(2024)
                .publicationDate(LocalDate.of(2024, 2, 20))
                .revenueExpenditureSummary(table1())
                .revenueSummary(table2())
                .expenditureSummary(table3())
                .fiscalAppropriationSummary(table4())
                .generalBudgetExpenditure(table5())
                .generalBudgetBasicExpenditure(table6())
                .generalBudgetProjectExpenditure(table7())
                .governmentFundExpenditure(GovernmentFundExpenditure.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN)
                        .emptyNote("本单位没有政府性基金预算支出，本表为空表。").build())
                .stateCapitalExpenditure(StateCapitalExpenditure.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN)
                        .emptyNote("本单位没有国有资本经营预算支出，本表为空表。").build())
                .threePublicExpenses(table10())
                .carryoverDetail(CarryoverDetail.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN)
                        .emptyNote("本单位没有上年结转结余，本表为空表。").build())
                .addAllNarrativeSections(narrative())
                .otherMatters(otherMatters())
                .addOverallPerformanceTargets(overallSheet())
                .addProjectPerformanceTargets(projectSheet())
                .build();
    }

    static String name(String code) {
        return code.startsWith("3")
                ? ClassificationCatalog.economic(2024).nameOf(EconomicCode.parse(code)).orElseThrow()
                : ClassificationCatalog.functional(2024).nameOf(FunctionalCode.parse(code)).orElseThrow();
    }

    static RevenueExpenditureSummary table1() {
        return RevenueExpenditureSummary.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .addIncomeLines(
                        income(IncomeItem.CURRENT_YEAR_INCOME, "一、本年收入", "170.00"),
                        income(IncomeItem.GENERAL_PUBLIC_BUDGET_APPROPRIATION, "1. 一般公共预算拨款", "170.00"),
                        income(IncomeItem.GENERAL_FINANCIAL_RESOURCES, "其中：一般财力", "170.00"),
                        income(IncomeItem.GENERAL_PUBLIC_BUDGET_TRANSFER, "上级一般公共预算安排转移支付", null),
                        income(IncomeItem.GOVERNMENT_FUND_APPROPRIATION, "2. 政府性基金预算拨款", null),
                        income(IncomeItem.STATE_CAPITAL_OPERATION_APPROPRIATION, "3. 国有资本经营预算拨款", null),
                        income(IncomeItem.FISCAL_SPECIAL_ACCOUNT, "4. 财政专户核拨", null),
                        income(IncomeItem.UNIT_FUNDS, "5. 单位资金", null),
                        income(IncomeItem.PRIOR_YEAR_CARRYOVER, "二、上年结转结余", null),
                        income(IncomeItem.FISCAL_CARRYOVER, "1、财政拨款结转", null),
                        income(IncomeItem.FISCAL_CARRYOVER_GOVERNMENT_FUND, "政府性基金预算拨款", null),
                        income(IncomeItem.FISCAL_CARRYOVER_STATE_CAPITAL_OPERATION, "国有资本经营预算拨款", null),
                        income(IncomeItem.NON_FISCAL_CARRYOVER, "2、非财政拨款结转结余", null))
                .incomeTotal(totals("收入总计", SummaryColumn.class, "170.00"))
                .addExpenditureLines(spending("201", "150.00"), spending("205", null), spending("208", "20.00"))
                .expenditureTotal(totals("支出总计", SummaryColumn.class, "170.00"))
                .build();
    }

    static SummaryIncomeLine income(IncomeItem item, String label, String amount) {
        return SummaryIncomeLine.builder().item(item).name(label).putAllAmounts(cells(SummaryColumn.class, amount))
                .build();
    }

    static SummaryExpenditureLine spending(String code, String amount) {
        return SummaryExpenditureLine.builder().code(FunctionalCode.parse(code)).name(name(code))
                .putAllAmounts(cells(SummaryColumn.class, amount)).build();
    }

    static RevenueSummary table2() {
        return RevenueSummary.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .totals(totals("总计", RevenueColumn.class, "170.00", "170.00", "170.00"))
                .addRows(revenue("201", "150.00"), revenue("20103", "150.00"), revenue("2010301", "100.00"),
                        revenue("2010399", "50.00"), revenue("208", "20.00"), revenue("20805", "20.00"),
                        revenue("2080505", "20.00"))
                .build();
    }

    static RevenueRow revenue(String code, String amount) {
        return RevenueRow.builder().code(FunctionalCode.parse(code)).name(name(code))
                .putAllAmounts(cells(RevenueColumn.class, amount, amount, amount)).build();
    }

    static List<ExpenditureRow> expenditureRows() {
        return List.of(expenditure("201", "150.00", "100.00", "50.00"),
                expenditure("20103", "150.00", "100.00", "50.00"),
                expenditure("2010301", "100.00", "100.00", null),
                expenditure("2010399", "50.00", null, "50.00"),
                expenditure("208", "20.00", "20.00", null),
                expenditure("20805", "20.00", "20.00", null),
                expenditure("2080505", "20.00", "20.00", null));
    }

    static ExpenditureRow expenditure(String code, String... amounts) {
        return ExpenditureRow.builder().code(FunctionalCode.parse(code)).name(name(code))
                .putAllAmounts(cells(ExpenditureColumn.class, amounts)).build();
    }

    static ExpenditureSummary table3() {
        return ExpenditureSummary.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .totals(totals("总计", ExpenditureColumn.class, "170.00", "120.00", "50.00"))
                .addAllRows(expenditureRows())
                .build();
    }

    static FiscalAppropriationSummary table4() {
        return FiscalAppropriationSummary.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .addIncomeLines(fiscalIncome(FiscalIncomeItem.FISCAL_APPROPRIATION, "一、财政拨款（补助）", "170.00"),
                        fiscalIncome(FiscalIncomeItem.GENERAL_PUBLIC_BUDGET, "一般公共预算", "170.00"),
                        fiscalIncome(FiscalIncomeItem.GOVERNMENT_FUND_BUDGET, "政府性基金预算", null),
                        fiscalIncome(FiscalIncomeItem.STATE_CAPITAL_OPERATION_BUDGET, "国有资本经营预算", null))
                .incomeTotal(totals("收入总计", FiscalIncomeColumn.class, "170.00"))
                .addExpenditureLines(fiscalSpending("201", "150.00", "150.00"), fiscalSpending("205", null, null),
                        fiscalSpending("208", "20.00", "20.00"))
                .expenditureTotal(totals("支出总计", FiscalExpenditureColumn.class, "170.00", "170.00"))
                .build();
    }

    static FiscalIncomeLine fiscalIncome(FiscalIncomeItem item, String label, String amount) {
        return FiscalIncomeLine.builder().item(item).name(label).putAllAmounts(cells(FiscalIncomeColumn.class, amount))
                .build();
    }

    static FiscalExpenditureLine fiscalSpending(String code, String... amounts) {
        return FiscalExpenditureLine.builder().code(FunctionalCode.parse(code)).name(name(code))
                .putAllAmounts(cells(FiscalExpenditureColumn.class, amounts)).build();
    }

    static GeneralBudgetExpenditure table5() {
        return GeneralBudgetExpenditure.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .totals(totals("总计", ExpenditureColumn.class, "170.00", "120.00", "50.00"))
                .addAllRows(expenditureRows())
                .build();
    }

    static GeneralBudgetBasicExpenditure table6() {
        return GeneralBudgetBasicExpenditure.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .totals(totals("总计", BasicExpenditureColumn.class, "120.00", "110.00", "10.00"))
                .addRows(basic("301", "110.00", "110.00", null), basic("30101", "90.00", "90.00", null),
                        basic("30108", "20.00", "20.00", null), basic("302", "10.00", null, "10.00"),
                        basic("30201", "7.00", null, "7.00"), basic("30231", "3.00", null, "3.00"))
                .build();
    }

    static BasicExpenditureRow basic(String code, String... amounts) {
        return BasicExpenditureRow.builder().code(EconomicCode.parse(code)).name(name(code))
                .putAllAmounts(cells(BasicExpenditureColumn.class, amounts)).build();
    }

    static GeneralBudgetProjectExpenditure table7() {
        return GeneralBudgetProjectExpenditure.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .totals(totals("总计", ProjectExpenditureColumn.class, "50.00", null, "50.00"))
                .addRows(
                        ProjectExpenditureRow.builder().rowKind(ProjectRowKind.SUB_UNIT_SUBTOTAL).name(UNIT).subUnit(UNIT)
                                .putAllAmounts(cells(ProjectExpenditureColumn.class, "50.00", null, "50.00")).build(),
                        projectRow(ProjectRowKind.CLASSIFICATION_SUBTOTAL, "201", null, "50.00"),
                        projectRow(ProjectRowKind.CLASSIFICATION_SUBTOTAL, "20103", null, "50.00"),
                        projectRow(ProjectRowKind.PROJECT, "2010399", PROJECT, "50.00"))
                .build();
    }

    static ProjectExpenditureRow projectRow(ProjectRowKind kind, String code, String project, String amount) {
        var b = ProjectExpenditureRow.builder().rowKind(kind).code(FunctionalCode.parse(code))
                .name(name(code)).subUnit(UNIT).putAllAmounts(cells(ProjectExpenditureColumn.class, amount, null, amount));
        if (project != null) {
            b.projectName(project);
        }
        return b.build();
    }

    static ThreePublicExpenses table10() {
        return ThreePublicExpenses.builder()
                .unit(MoneyUnit.TEN_THOUSAND_YUAN)
                .totals(totals("合计", ThreePublicExpenseColumn.class, "3.00", "3.00"))
                .addRows(threePublic(ThreePublicExpenseItem.OVERSEAS_TRAVEL, "因公出国（境）费"),
                        threePublic(ThreePublicExpenseItem.OFFICIAL_RECEPTION, "公务接待费"),
                        threePublic(ThreePublicExpenseItem.OFFICIAL_VEHICLES, "公务用车购置及运行费（小计）", "3.00", "3.00"),
                        threePublic(ThreePublicExpenseItem.VEHICLE_PURCHASE, "其中：公务用车购置费"),
                        threePublic(ThreePublicExpenseItem.VEHICLE_OPERATION, "公务用车运行费", "3.00", "3.00"))
                .build();
    }

    static ThreePublicExpenseRow threePublic(ThreePublicExpenseItem item, String label, String... amounts) {
        return ThreePublicExpenseRow.builder().item(item).name(label)
                .putAllAmounts(cells(ThreePublicExpenseColumn.class, amounts)).build();
    }

    static List<NarrativeSection> narrative() {
        return List.of(
                section("一、关于示例单位 2024 年收支预算情况总体说明", "示例单位 2024 年收支总预算 170.00 万元。"),
                section("二、关于示例单位 2024 年收入预算情况说明",
                        "示例单位收入预算 170.00 万元，其中：\n一般公共预算 170.00 万元，占 100.00%，比上年预算增加 20.00 万元，增长 13.33%。"),
                section("三、关于示例单位 2024 年支出预算情况说明",
                        "示例单位 2024 年支出预算 170.00 万元，其中：\n基本支出 120.00 万元，占 70.59%。\n项目支出 50.00 万元，占 29.41%。"),
                section("四、关于示例单位 2024 年财政拨款收支预算情况的总体说明",
                        "示例单位 2024 年财政拨款收支总预算 170.00 万元。收入预算包括：一般公共预算拨款 170.00 万元。"
                                + "一般公共预算支出包括：一般公共服务支出 150.00 万元；社会保障和就业支出 20.00 万元。"),
                section("五、关于示例单位 2024 年一般公共预算当年拨款情况说明",
                        "示例单位 2024 年一般公共预算拨款合计 170.00 万元，其中：\n1、一般公共服务支出（类）150.00 万元，占 88.24%。\n"
                                + "2、社会保障和就业支出（类）20.00 万元，占 11.76%。\n"
                                + "1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：2024 年预算数为 100.00 万元，"
                                + "比上年预算减少 5.00 万元，下降 4.76%。"),
                section("六、关于示例单位 2024 年一般公共预算基本支出情况说明",
                        "示例单位 2024 年一般公共预算基本支出 120.00 万元，其中：\n人员经费 110.00 万元，主要包括：基本工资。\n"
                                + "公用经费 10.00 万元，主要包括：办公费。"),
                section("七、关于示例单位 2024 年一般公共预算项目支出情况说明",
                        "（一）项目名称：" + PROJECT + "\n预算安排规模：50.00 万元\n资金执行时间：2024 年 1 月 1 日-2024 年 12 月 31 日"),
                section("十、关于示例单位 2024 年财政拨款“三公”经费预算情况说明",
                        "示例单位 2024 年财政拨款“三公”经费预算数为 3.00 万元，其中：因公出国（境）费 0.00 万元，公务用车购置费 0.00 万元，"
                                + "公务用车运行费 3.00 万元，公务接待费 0.00 万元。"));
    }

    static NarrativeSection section(String title, String text) {
        return NarrativeSection.builder().title(title).text(text).build();
    }

    static OtherMatters otherMatters() {
        return OtherMatters.builder()
                .runningCosts(RunningCosts.builder().kind(RunningCostKind.ORGAN).amount(new BigDecimal("10.00"))
                        .unit(MoneyUnit.TEN_THOUSAND_YUAN).changeAmount(new BigDecimal("-1.00"))
                        .changePercent(new BigDecimal("-9.09")).build())
                .procurement(GovernmentProcurement.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN)
                        .total(new BigDecimal("10.00")).goods(new BigDecimal("7.00")).works(new BigDecimal("0.00"))
                        .services(new BigDecimal("3.00")).reservedForSmallAndMedium(new BigDecimal("10.00"))
                        .reservedForSmallAndMicro(new BigDecimal("5.00")).build())
                .stateAssets(StateAssets.builder().asOfText("截至 2023 年底").asOfDate(LocalDate.of(2023, 12, 31))
                        .unit(MoneyUnit.TEN_THOUSAND_YUAN).build())
                .performanceSummary(PerformanceSummary.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN)
                        .overallTargetCount(1).overallTargetAmount(new BigDecimal("170.00"))
                        .fiscalProjectCount(1).fiscalProjectAmount(new BigDecimal("50.00"))
                        .nonFiscalProjectCount(0).nonFiscalProjectAmount(new BigDecimal("0.00")).build())
                .build();
    }

    static OverallPerformanceTarget overallSheet() {
        return OverallPerformanceTarget.builder()
                .entityName(UNIT)
                .annualGoalsText("目标 1：保障运转。")
                .addAnnualGoals("保障运转")
                .funding(OverallFunding.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN)
                        .fiscalFromHigherLevel(new BigDecimal("0.00")).fiscalFromOwnLevel(new BigDecimal("170.00"))
                        .otherFunds(new BigDecimal("0.00")).total(new BigDecimal("170.00")).build())
                .addIndicators(indicator("履职效能", "数量指标", "会议保障次数", ">=12 次", "50"),
                        indicator("履职效能", "质量指标", "公文差错率", "<=1%", "40"))
                .build();
    }

    static ProjectPerformanceTarget projectSheet() {
        return ProjectPerformanceTarget.builder()
                .budgetUnit(UNIT)
                .projectName(PROJECT)
                .funding(ProjectFunding.builder().unit(MoneyUnit.TEN_THOUSAND_YUAN).total(new BigDecimal("50.00"))
                        .fiscalAppropriation(new BigDecimal("50.00")).otherFunds(new BigDecimal("0.00")).build())
                .overallGoal("目标 1：开展业务活动。")
                .addIndicators(indicator("产出指标", "数量指标", "业务活动次数", ">=2 次", "30"),
                        indicator("成本指标", "经济成本指标", "业务活动成本", "<=25 万元/次", "30"),
                        indicator("满意度指标", "满意度指标", "服务对象满意度", ">=95%", "30"))
                .build();
    }

    static PerformanceIndicator indicator(String first, String second, String name, String target, String weight) {
        return PerformanceIndicator.builder()
                .firstLevel(FirstLevelCategory.parse(first))
                .secondLevel(SecondLevelCategory.parse(second))
                .name(name)
                .target(TargetValue.parse(target))
                .weight(new BigDecimal(weight))
                .build();
    }
}
