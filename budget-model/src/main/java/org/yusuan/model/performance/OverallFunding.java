package org.yusuan.model.performance;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.model.MoneyUnit;

/**
 * The annual budget of an overall performance target sheet by source of funds (年度预算 资金来源):
 * fiscal funds arranged by the higher level (财政资金 上级安排) and by this level (本级安排), other funds (其他资金),
 * and the total (资金总额) where one is printed. Amounts are as printed; that they add up is not checked here.
 */
@Value.Immutable
public abstract class OverallFunding {

    OverallFunding() {
        // built only by the generated ImmutableOverallFunding
    }

    /**
     * The unit of every amount (金额单位), usually 万元.
     *
     * @return the unit, never null
     */
    public abstract MoneyUnit getUnit();

    /**
     * Fiscal funds arranged by the higher level (财政资金 上级安排).
     *
     * @return the amount, never null
     */
    public abstract BigDecimal getFiscalFromHigherLevel();

    /**
     * Fiscal funds arranged by this level (财政资金 本级安排).
     *
     * @return the amount, never null
     */
    public abstract BigDecimal getFiscalFromOwnLevel();

    /**
     * Other funds (其他资金).
     *
     * @return the amount, never null
     */
    public abstract BigDecimal getOtherFunds();

    /**
     * The total (资金总额), where the sheet prints one: most sheets print only the column heading.
     *
     * @return the total, or empty if none is printed
     */
    public abstract Optional<BigDecimal> getTotal();

    /**
     * A new builder. Its {@code build()} throws {@link IllegalStateException} if the unit or an amount other than
     * the total is missing.
     *
     * @return a builder, never null
     */
    public static ImmutableOverallFunding.Builder builder() {
        return ImmutableOverallFunding.builder();
    }
}
