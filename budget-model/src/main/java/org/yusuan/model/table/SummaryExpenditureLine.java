package org.yusuan.model.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.yusuan.codes.FunctionalCode;

/**
 * An expenditure line of 表1 收支总体情况表 (支出功能分类): a functional 类, its name as printed and its budgeted
 * amount (预算数). Construction refuses a code that is not a 类.
 */
@Value.Immutable
public abstract class SummaryExpenditureLine implements FunctionalCodedRow<SummaryColumn> {

    /** Only the generated {@code ImmutableSummaryExpenditureLine} extends this type. */
    SummaryExpenditureLine() {
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
    public abstract Map<SummaryColumn, BigDecimal> getAmounts();

    /**
     * The budgeted amount (预算数).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getAmount() {
        return amount(SummaryColumn.BUDGET);
    }

    /** Refuses a code that is not a 类: the column holds 类 only. */
    @Value.Check
    void check() {
        RowChecks.requireCategory(getCode(), "表1 收支总体情况表");
    }

    /**
     * A new builder. Every attribute is optional; {@code build()} throws {@link IllegalArgumentException} when the
     * code is not a 类, since a 表1 expenditure line holds 类 only.
     *
     * @return a builder, never null
     */
    public static ImmutableSummaryExpenditureLine.Builder builder() {
        return ImmutableSummaryExpenditureLine.builder();
    }
}
