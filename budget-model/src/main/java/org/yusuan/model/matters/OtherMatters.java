package org.yusuan.model.matters;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The other important matters of a disclosure (其他重要事项的情况说明): running costs (运行经费), government procurement
 * (政府采购), state-owned assets in use (国有资产占用使用情况), budget performance (预算绩效情况) and other matters to
 * explain (其他需说明的事项). Each part is optional, as a document may leave it out.
 */
@Value.Immutable
public abstract class OtherMatters {

    OtherMatters() {
        // built only by the generated ImmutableOtherMatters
    }

    /**
     * The running costs (机关运行经费 / 事业单位运行经费 / 行政运行经费).
     *
     * @return the running costs, or empty if not printed
     */
    public abstract Optional<RunningCosts> getRunningCosts();

    /**
     * Government procurement (政府采购情况).
     *
     * @return the procurement budget, or empty if not printed
     */
    public abstract Optional<GovernmentProcurement> getProcurement();

    /**
     * State-owned assets in use (国有资产占用使用情况).
     *
     * @return the assets, or empty if not printed
     */
    public abstract Optional<StateAssets> getStateAssets();

    /**
     * Budget performance (预算绩效情况): how many performance targets and how much money they cover.
     *
     * @return the summary, or empty if not printed
     */
    public abstract Optional<PerformanceSummary> getPerformanceSummary();

    /**
     * Other matters to explain (其他需说明的事项), as printed, e.g. 本部门无其他需说明事项.
     *
     * @return the text, or empty if not printed
     */
    public abstract Optional<String> getOtherNotes();

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableOtherMatters.Builder builder() {
        return ImmutableOtherMatters.builder();
    }
}
