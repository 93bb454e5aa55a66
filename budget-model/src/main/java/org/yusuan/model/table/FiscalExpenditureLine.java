package org.yusuan.model.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.codes.FunctionalCode;

/**
 * An expenditure line of 表4 财政拨款收支预算总体情况表 (财政拨款支出): a functional 类, its name as printed, and
 * 合计 with its split over the three budgets. Construction refuses a code that is not a 类.
 */
@Value.Immutable
public abstract class FiscalExpenditureLine implements FunctionalCodedRow<FiscalExpenditureColumn> {

    /** Only the generated {@code ImmutableFiscalExpenditureLine} extends this type. */
    FiscalExpenditureLine() {
    }

    /**
     * The functional 类 printed on the line: 201 for {@code 201 一般公共服务支出}.
     *
     * @return the 类, or empty for a line printed without a code
     */
    @Override
    public abstract Optional<FunctionalCode> getCode();

    /**
     * The name of the 类, exactly as printed.
     *
     * @return the name, or empty when the document printed none
     */
    @Override
    public abstract Optional<String> getName();

    /**
     * The printed cells of the row, by column; a blank cell has no entry.
     *
     * @return the printed amounts; immutable, never null
     */
    @Override
    public abstract Map<FiscalExpenditureColumn, BigDecimal> getAmounts();

    /**
     * The total (合计).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getTotal() {
        return amount(FiscalExpenditureColumn.TOTAL);
    }

    /**
     * From the general public budget (一般公共预算).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getGeneralPublicBudget() {
        return amount(FiscalExpenditureColumn.GENERAL_PUBLIC_BUDGET);
    }

    /**
     * From the government fund budget (政府性基金预算).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getGovernmentFundBudget() {
        return amount(FiscalExpenditureColumn.GOVERNMENT_FUND_BUDGET);
    }

    /**
     * From the state capital operation budget (国有资本经营预算).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getStateCapitalOperationBudget() {
        return amount(FiscalExpenditureColumn.STATE_CAPITAL_OPERATION_BUDGET);
    }

    /** Refuses a code that is not a 类: the column holds 类 only. */
    @Value.Check
    void check() {
        RowChecks.requireCategory(getCode(), "表4 财政拨款收支预算总体情况表");
    }

    /**
     * A new builder. Every attribute is optional; {@code build()} throws {@link IllegalArgumentException} when the
     * code is not a 类, since a 表4 expenditure line holds 类 only.
     *
     * @return a builder, never null
     */
    public static ImmutableFiscalExpenditureLine.Builder builder() {
        return ImmutableFiscalExpenditureLine.builder();
    }
}
