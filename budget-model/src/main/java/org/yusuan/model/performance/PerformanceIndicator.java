package org.yusuan.model.performance;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a performance target sheet (绩效指标): first-, second- and third-level indicator, target value and
 * what the sheet says about it. Overall sheets (整体绩效目标表) print fewer columns than project sheets
 * (项目支出绩效目标表): their rows have no previous-year value, scoring rule or evidence.
 */
@Value.Immutable
public abstract class PerformanceIndicator {

    PerformanceIndicator() {
        // built only by the generated ImmutablePerformanceIndicator
    }

    /**
     * The first-level indicator (一级指标), e.g. 产出指标 or 履职效能.
     *
     * @return the category, never null
     */
    public abstract FirstLevelCategory getFirstLevel();

    /**
     * The second-level indicator (二级指标), e.g. 数量指标.
     *
     * @return the category, never null
     */
    public abstract SecondLevelCategory getSecondLevel();

    /**
     * The third-level indicator (三级指标): the indicator's own name, e.g. 资金拨付及时率.
     *
     * @return the name as printed, never null
     */
    public abstract String getName();

    /**
     * The target value (指标值), e.g. {@code ≥95%}.
     *
     * @return the target, never null
     */
    public abstract TargetValue getTarget();

    /**
     * Why the target is set so (指标值设置依据 / 指标设定依据), e.g. 历史标准, 计划标准, 2024 年工作计划.
     *
     * @return the basis as printed, or empty if the cell is blank
     */
    public abstract Optional<String> getBasis();

    /**
     * The previous year's result (上年完成值), text as printed ({@code 8970 平方米}, {@code -}, {@code 无}).
     *
     * @return the value as printed, or empty if the sheet has no such column or the cell is blank
     */
    public abstract Optional<String> getPreviousYearValue();

    /**
     * The weight of the indicator in the score (分值权重 / 指标分值权重), e.g. 20.
     *
     * @return the weight, or empty if the cell is blank
     */
    public abstract Optional<BigDecimal> getWeight();

    /**
     * How the indicator is scored (指标赋分规则), e.g. 按照完成比例赋分.
     *
     * @return the rule as printed, or empty if the sheet has no such column or the cell is blank
     */
    public abstract Optional<String> getScoringRule();

    /**
     * The supporting evidence (佐证资料), e.g. 工作资料 or 原始凭证.
     *
     * @return the evidence as printed, or empty if the sheet has no such column or the cell is blank
     */
    public abstract Optional<String> getEvidence();

    /**
     * A new builder. Its {@code build()} throws {@link IllegalStateException} if first level, second level, name
     * or target is missing.
     *
     * @return a builder, never null
     */
    public static ImmutablePerformanceIndicator.Builder builder() {
        return ImmutablePerformanceIndicator.builder();
    }
}
