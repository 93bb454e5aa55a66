package org.yusuan.model.matters;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.model.MoneyUnit;

/**
 * The running costs of the year (运行经费情况), printed as, e.g., "2024 年的机关运行经费财政拨款预算 59.92 万元，比上年预算减少
 * 2.44 万元，下降 3.91%。主要原因是……". Changes are signed: 减少 and 下降 are negative.
 */
@Value.Immutable
public abstract class RunningCosts {

    RunningCosts() {
        // built only by the generated ImmutableRunningCosts
    }

    /**
     * Which running costs these are (类别): 机关, 事业单位 or 行政运行经费.
     *
     * @return the kind, never null
     */
    public abstract RunningCostKind getKind();

    /**
     * The fiscal appropriation budgeted for running costs (运行经费财政拨款预算).
     *
     * @return the amount, never null
     */
    public abstract BigDecimal getAmount();

    /**
     * The unit of the amount and its change (金额单位).
     *
     * @return the unit, never null
     */
    public abstract MoneyUnit getUnit();

    /**
     * The signed change on the previous year's budget (比上年预算增加/减少), in {@link #getUnit()}.
     *
     * @return the change, or empty if not printed
     */
    public abstract Optional<BigDecimal> getChangeAmount();

    /**
     * The signed change in percent as printed (增长/下降 N%): −3.91 for "下降 3.91%".
     *
     * @return the percentage, or empty if not printed
     */
    public abstract Optional<BigDecimal> getChangePercent();

    /**
     * The reason given for the change (主要原因), as printed.
     *
     * @return the text, or empty if not printed
     */
    public abstract Optional<String> getReason();

    /**
     * A new builder. Its {@code build()} throws {@link IllegalStateException} if kind, amount or unit is missing.
     *
     * @return a builder, never null
     */
    public static ImmutableRunningCosts.Builder builder() {
        return ImmutableRunningCosts.builder();
    }
}
