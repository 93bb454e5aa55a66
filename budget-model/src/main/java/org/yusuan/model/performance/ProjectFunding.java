package org.yusuan.model.performance;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.yusuan.model.MoneyUnit;

/**
 * The funds of a project performance target sheet (项目资金): annual budget total (年度预算总额), of which fiscal
 * appropriation (其中：财政拨款), and other funds (其他资金). Amounts are as printed: a total that is not fiscal plus
 * other still builds, for the validator to report.
 */
@Value.Immutable
public abstract class ProjectFunding {

    ProjectFunding() {
        // built only by the generated ImmutableProjectFunding
    }

    /**
     * The unit of every amount (金额单位), usually 万元.
     *
     * @return the unit, never null
     */
    public abstract MoneyUnit getUnit();

    /**
     * The annual budget total (年度预算总额).
     *
     * @return the amount, never null
     */
    public abstract BigDecimal getTotal();

    /**
     * Of which fiscal appropriation (其中：财政拨款).
     *
     * @return the amount, never null
     */
    public abstract BigDecimal getFiscalAppropriation();

    /**
     * Other funds (其他资金).
     *
     * @return the amount, never null
     */
    public abstract BigDecimal getOtherFunds();

    /**
     * A new builder. Its {@code build()} throws {@link IllegalStateException} if the unit or an amount is missing.
     *
     * @return a builder, never null
     */
    public static ImmutableProjectFunding.Builder builder() {
        return ImmutableProjectFunding.builder();
    }
}
