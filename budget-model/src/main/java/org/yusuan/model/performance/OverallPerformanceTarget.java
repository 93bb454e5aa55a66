package org.yusuan.model.performance;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The overall performance target sheet of a department or unit (部门(单位)整体绩效目标表, also printed 部门整体绩效目标表
 * or 单位整体绩效目标表): who fills it, the year's goals, the budget by source and the indicators.
 */
@Value.Immutable
public abstract class OverallPerformanceTarget {

    OverallPerformanceTarget() {
        // built only by the generated ImmutableOverallPerformanceTarget
    }

    /**
     * The name of the department or unit (部门(单位)名称).
     *
     * @return the name as printed, never null
     */
    public abstract String getEntityName();

    /**
     * The contact person (部门(单位)联系人).
     *
     * @return the name, or empty if none is printed
     */
    public abstract Optional<String> getContactPerson();

    /**
     * The contact phone number (联系电话), as printed: a local number such as {@code 2168551} or a mobile one.
     *
     * @return the number, or empty if none is printed
     */
    public abstract Optional<String> getContactPhone();

    /**
     * The annual performance goals (年度绩效目标) as printed, in one text.
     *
     * @return the text, never null
     */
    public abstract String getAnnualGoalsText();

    /**
     * The annual goals split into their numbered items (目标 1, 目标 2 … or 1. 2. …), each without its number.
     *
     * @return the items in printed order, never null, immutable; empty if the goals are not split
     */
    public abstract List<String> getAnnualGoals();

    /**
     * The annual budget by source of funds (年度预算 资金来源).
     *
     * @return the funding, never null
     */
    public abstract OverallFunding getFunding();

    /**
     * The indicators (绩效指标), in printed order.
     *
     * @return the indicators, never null, immutable
     */
    public abstract List<PerformanceIndicator> getIndicators();

    /**
     * A new builder. Its {@code build()} throws {@link IllegalStateException} if entity name, annual goals text or
     * funding is missing.
     *
     * @return a builder, never null
     */
    public static ImmutableOverallPerformanceTarget.Builder builder() {
        return ImmutableOverallPerformanceTarget.builder();
    }
}
