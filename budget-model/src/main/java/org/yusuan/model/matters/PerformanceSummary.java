package org.yusuan.model.matters;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.model.MoneyUnit;

/**
 * The budget performance summary (预算绩效情况), printed as, e.g., "整体预算绩效目标 1 个，涉及金额 1,491.86 万元；当年财政拨款项目
 * 4 个，涉及预算金额 400.00 万元；当年非财政拨款项目 0 个，涉及预算金额 0.00 万元".
 */
@Value.Immutable
public abstract class PerformanceSummary {

    PerformanceSummary() {
        // built only by the generated ImmutablePerformanceSummary
    }

    /**
     * The unit of every amount (金额单位).
     *
     * @return the unit, never null
     */
    public abstract MoneyUnit getUnit();

    /**
     * The number of overall performance targets (整体预算绩效目标 个数).
     *
     * @return the count, not negative
     */
    public abstract int getOverallTargetCount();

    /**
     * The amount they cover (整体预算绩效目标 涉及金额).
     *
     * @return the amount, never null
     */
    public abstract BigDecimal getOverallTargetAmount();

    /**
     * The number of the year's fiscally funded projects with targets (当年财政拨款项目 个数).
     *
     * @return the count, not negative
     */
    public abstract int getFiscalProjectCount();

    /**
     * The amount they cover (当年财政拨款项目 涉及预算金额).
     *
     * @return the amount, never null
     */
    public abstract BigDecimal getFiscalProjectAmount();

    /**
     * The number of the year's projects not funded by fiscal appropriation (当年非财政拨款项目 个数).
     *
     * @return the count, not negative
     */
    public abstract int getNonFiscalProjectCount();

    /**
     * The amount they cover (当年非财政拨款项目 涉及预算金额).
     *
     * @return the amount, never null
     */
    public abstract BigDecimal getNonFiscalProjectAmount();

    /**
     * Anything printed besides the counts and amounts (备注), such as "含 sm 项目数量 1 个、转移支付项目 1 个".
     *
     * @return the text, or empty if none is printed
     */
    public abstract Optional<String> getNote();

    /**
     * Rejects negative counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    @Value.Check
    protected void check() {
        requireNotNegative(getOverallTargetCount(), "整体预算绩效目标 (overall target) count");
        requireNotNegative(getFiscalProjectCount(), "当年财政拨款项目 (fiscal project) count");
        requireNotNegative(getNonFiscalProjectCount(), "当年非财政拨款项目 (non-fiscal project) count");
    }

    private static void requireNotNegative(int count, String what) {
        if (count < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + count);
        }
    }

    /**
     * A new builder. Its {@code build()} throws {@link IllegalStateException} if a count, an amount or the unit is
     * missing and {@link IllegalArgumentException} if a count is negative.
     *
     * @return a builder, never null
     */
    public static ImmutablePerformanceSummary.Builder builder() {
        return ImmutablePerformanceSummary.builder();
    }
}
