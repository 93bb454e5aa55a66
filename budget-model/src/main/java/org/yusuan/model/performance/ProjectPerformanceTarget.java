package org.yusuan.model.performance;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The performance target sheet of one project (项目支出绩效目标表): budget unit, project, its manager and funds,
 * the overall goal and the indicators.
 */
@Value.Immutable
public abstract class ProjectPerformanceTarget {

    ProjectPerformanceTarget() {
        // built only by the generated ImmutableProjectPerformanceTarget
    }

    /**
     * The budget unit that runs the project (预算单位).
     *
     * @return the unit's name as printed, never null
     */
    public abstract String getBudgetUnit();

    /**
     * The project name (项目名称).
     *
     * @return the name as printed, never null
     */
    public abstract String getProjectName();

    /**
     * The project manager (项目负责人).
     *
     * @return the name, or empty if none is printed
     */
    public abstract Optional<String> getManager();

    /**
     * The project's funds (项目资金): 年度预算总额, 财政拨款, 其他资金.
     *
     * @return the funding, never null
     */
    public abstract ProjectFunding getFunding();

    /**
     * The overall goal of the project (项目总体目标), as printed.
     *
     * @return the text, never null
     */
    public abstract String getOverallGoal();

    /**
     * The indicators (绩效指标), in printed order.
     *
     * @return the indicators, never null, immutable
     */
    public abstract List<PerformanceIndicator> getIndicators();

    /**
     * A new builder. Its {@code build()} throws {@link IllegalStateException} if budget unit, project name, funding
     * or overall goal is missing.
     *
     * @return a builder, never null
     */
    public static ImmutableProjectPerformanceTarget.Builder builder() {
        return ImmutableProjectPerformanceTarget.builder();
    }
}
