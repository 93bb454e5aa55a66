package org.yusuan.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.model.performance.FirstLevelCategory;
import org.yusuan.model.performance.FirstLevelIndicatorKind;
import org.yusuan.model.performance.OverallFunding;
import org.yusuan.model.performance.OverallPerformanceTarget;
import org.yusuan.model.performance.PerformanceIndicator;
import org.yusuan.model.performance.ProjectFunding;
import org.yusuan.model.performance.ProjectPerformanceTarget;
import org.yusuan.model.performance.SecondLevelCategory;
import org.yusuan.model.performance.SecondLevelIndicatorKind;
import org.yusuan.model.performance.TargetValue;
import org.yusuan.testkit.internal.Plan.Project;

/**
 * The performance sheets of a {@link Plan}: one overall sheet funded by the whole budget and one project sheet per
 * 表7 project, funded by exactly that project; weights add up to {@link #OVERALL_WEIGHT_TOTAL} on the overall sheet
 * and {@link #PROJECT_WEIGHT_TOTAL} on a project sheet; every target reads as a number or as plain words; cost
 * targets are money.
 */
public final class ValidPerformance {

    /** The weight total of a project sheet: 90, the remaining 10 points being for budget execution (预算执行率). */
    public static final int PROJECT_WEIGHT_TOTAL = 90;

    /** The weight total of an overall sheet: 100. */
    public static final int OVERALL_WEIGHT_TOTAL = 100;

    /** Output indicators: name and printed target. */
    static final List<String[]> OUTPUTS = List.of(
            new String[] {"公共服务场所面积", "=8970平方米"},
            new String[] {"入驻中心服务窗口单位", "≥53个"},
            new String[] {"节日慰问次数", ">=2 场次"},
            new String[] {"资金拨付及时率", "=100%"},
            new String[] {"服务窗口正常运转率", "≥98%"},
            new String[] {"培训人次", "不少于120人次"});
    private static final SecondLevelIndicatorKind[] OUTPUT_KINDS = {
        SecondLevelIndicatorKind.QUANTITY, SecondLevelIndicatorKind.QUANTITY, SecondLevelIndicatorKind.QUANTITY,
        SecondLevelIndicatorKind.TIMELINESS, SecondLevelIndicatorKind.QUALITY, SecondLevelIndicatorKind.QUANTITY};

    private final Plan plan;
    private final ValidDisclosure.Money money;
    private final long fiscal;
    private final long other;

    ValidPerformance(Plan plan, ValidDisclosure.Money money, long fiscal, long other) {
        this.plan = plan;
        this.money = money;
        this.fiscal = fiscal;
        this.other = other;
    }

    /** @return the total funds of the overall sheet, in 0.01 万元 */
    long overallTotal() {
        return fiscal + other;
    }

    /** @return the overall sheet (部门（单位）整体绩效目标表) */
    public OverallPerformanceTarget overall() {
        int outputs = 1 + plan.leaves().size() % 3;
        List<PerformanceIndicator> indicators = new ArrayList<>();
        int[] weights = weights(outputs + 1, OVERALL_WEIGHT_TOTAL);
        for (int i = 0; i < outputs; i++) {
            indicators.add(indicator(FirstLevelIndicatorKind.DUTY_PERFORMANCE, OUTPUT_KINDS[i], OUTPUTS.get(i)[0],
                    OUTPUTS.get(i)[1], weights[i]));
        }
        indicators.add(indicator(FirstLevelIndicatorKind.SERVICE_RECIPIENT_SATISFACTION,
                SecondLevelIndicatorKind.SERVICE_RECIPIENT_SATISFACTION, "服务对象满意度", "≥95%", weights[outputs]));
        return OverallPerformanceTarget.builder()
                .entityName(plan.entityName())
                .annualGoalsText("目标 1：保障机关正常运转；目标 2：完成年度重点工作。")
                .addAnnualGoals("保障机关正常运转", "完成年度重点工作")
                .funding(OverallFunding.builder().unit(plan.unit()).fiscalFromHigherLevel(money.amount(0))
                        .fiscalFromOwnLevel(money.amount(fiscal)).otherFunds(money.amount(other))
                        .total(money.amount(fiscal + other)).build())
                .addAllIndicators(indicators)
                .build();
    }

    /** @return one project sheet (项目支出绩效目标表) per 表7 project, in the plan's order */
    public List<ProjectPerformanceTarget> projects() {
        List<ProjectPerformanceTarget> sheets = new ArrayList<>();
        for (int p = 0; p < plan.projects().size(); p++) {
            sheets.add(project(plan.projects().get(p), p));
        }
        return sheets;
    }

    private ProjectPerformanceTarget project(Project project, int index) {
        int outputs = 1 + index % 3;
        int[] weights = weights(outputs + 3, PROJECT_WEIGHT_TOTAL);
        List<PerformanceIndicator> indicators = new ArrayList<>();
        for (int i = 0; i < outputs; i++) {
            int k = (index + i) % OUTPUTS.size();
            indicators.add(indicator(FirstLevelIndicatorKind.OUTPUT, OUTPUT_KINDS[k], OUTPUTS.get(k)[0],
                    OUTPUTS.get(k)[1], weights[i]));
        }
        indicators.add(indicator(FirstLevelIndicatorKind.COST, SecondLevelIndicatorKind.ECONOMIC_COST, "项目总成本",
                "≤" + money.amount(project.total()).toPlainString() + money.label(), weights[outputs]));
        indicators.add(indicator(FirstLevelIndicatorKind.BENEFIT, SecondLevelIndicatorKind.SOCIAL_BENEFIT,
                "服务效率", index % 2 == 0 ? "有效提升" : "≥95%", weights[outputs + 1]));
        indicators.add(indicator(FirstLevelIndicatorKind.SATISFACTION, SecondLevelIndicatorKind.SATISFACTION,
                "服务对象满意度", "≥95%", weights[outputs + 2]));
        BigDecimal total = money.amount(project.total());
        return ProjectPerformanceTarget.builder()
                .budgetUnit(project.subUnit())
                .projectName(project.name())
                .manager("张三")
                .funding(ProjectFunding.builder().unit(plan.unit()).total(total).fiscalAppropriation(total)
                        .otherFunds(money.amount(0)).build())
                .overallGoal("保障" + project.name() + "顺利实施。")
                .addAllIndicators(indicators)
                .build();
    }

    /** Whole-number weights adding up to the total, the later ones a little heavier. */
    private static int[] weights(int n, int total) {
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = i + 1;
        }
        long[] parts = Allocation.split(total, w, 5);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) parts[i];
        }
        return out;
    }

    private static PerformanceIndicator indicator(FirstLevelIndicatorKind first, SecondLevelIndicatorKind second,
            String name, String target, int weight) {
        return PerformanceIndicator.builder()
                .firstLevel(FirstLevelCategory.of(first))
                .secondLevel(SecondLevelCategory.of(second))
                .name(name)
                .target(TargetValue.parse(target))
                .basis("计划标准")
                .weight(BigDecimal.valueOf(weight))
                .scoringRule("按照完成比例赋分")
                .evidence("工作资料")
                .build();
    }
}
