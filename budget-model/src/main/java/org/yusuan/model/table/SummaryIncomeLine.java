package org.yusuan.model.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An income line of 表1 收支总体情况表 (收入项目): a standard item such as 一、本年收入 or 其中：一般财力, its label
 * as printed and its budgeted amount (预算数).
 */
@Value.Immutable
public abstract class SummaryIncomeLine implements TableRow<SummaryColumn> {

    /** Only the generated {@code ImmutableSummaryIncomeLine} extends this type. */
    SummaryIncomeLine() {
    }

    /**
     * The standard item the line names.
     *
     * @return the item, or empty when the printed label is not a standard item
     */
    public abstract Optional<IncomeItem> getItem();

    /**
     * The label of the line (项目), numbering and 其中： included ("其中：一般财力"), exactly as printed.
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

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableSummaryIncomeLine.Builder builder() {
        return ImmutableSummaryIncomeLine.builder();
    }
}
