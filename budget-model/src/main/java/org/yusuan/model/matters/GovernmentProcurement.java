package org.yusuan.model.matters;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.model.MoneyUnit;

/**
 * The government procurement budget (政府采购情况): the total, of which goods (货物), works (工程) and services
 * (服务), and the amounts reserved for small and medium-sized enterprises (面向中小企业预留) and, within that, for
 * small and micro enterprises (小微企业预留). Parts are as printed; that they add up is not checked here.
 */
@Value.Immutable
public abstract class GovernmentProcurement {

    GovernmentProcurement() {
        // built only by the generated ImmutableGovernmentProcurement
    }

    /**
     * The unit of every amount (金额单位).
     *
     * @return the unit, never null
     */
    public abstract MoneyUnit getUnit();

    /**
     * The procurement budget (政府采购预算).
     *
     * @return the total, never null
     */
    public abstract BigDecimal getTotal();

    /**
     * Of which goods (政府采购货物预算).
     *
     * @return the amount, or empty if not printed
     */
    public abstract Optional<BigDecimal> getGoods();

    /**
     * Of which works (政府采购工程预算).
     *
     * @return the amount, or empty if not printed
     */
    public abstract Optional<BigDecimal> getWorks();

    /**
     * Of which services (政府采购服务预算).
     *
     * @return the amount, or empty if not printed
     */
    public abstract Optional<BigDecimal> getServices();

    /**
     * The amount of procurement projects reserved for small and medium-sized enterprises (面向中小企业预留政府采购项目预算金额).
     *
     * @return the amount, or empty if not printed
     */
    public abstract Optional<BigDecimal> getReservedForSmallAndMedium();

    /**
     * The amount reserved for small and micro enterprises (小微企业预留政府采购项目预算金额).
     *
     * @return the amount, or empty if not printed
     */
    public abstract Optional<BigDecimal> getReservedForSmallAndMicro();

    /**
     * A new builder. Its {@code build()} throws {@link IllegalStateException} if unit or total is missing.
     *
     * @return a builder, never null
     */
    public static ImmutableGovernmentProcurement.Builder builder() {
        return ImmutableGovernmentProcurement.builder();
    }
}
