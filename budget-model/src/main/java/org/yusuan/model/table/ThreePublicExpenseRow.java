package org.yusuan.model.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A row of 表10 财政拨款“三公”经费支出情况表 (“三公”经费支出内容): a standard item such as 公务接待费, its label as
 * printed, and 合计 with its split over the three sources of funds.
 */
@Value.Immutable
public abstract class ThreePublicExpenseRow implements TableRow<ThreePublicExpenseColumn> {

    /** Only the generated {@code ImmutableThreePublicExpenseRow} extends this type. */
    ThreePublicExpenseRow() {
    }

    /**
     * The standard item the row names.
     *
     * @return the item, or empty when the printed label is not a standard item
     */
    public abstract Optional<ThreePublicExpenseItem> getItem();

    /**
     * The label of the row ("公务用车购置及运行费（小计）"), exactly as printed.
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
    public abstract Map<ThreePublicExpenseColumn, BigDecimal> getAmounts();

    /**
     * The total (合计).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getTotal() {
        return amount(ThreePublicExpenseColumn.TOTAL);
    }

    /**
     * Paid from the general public budget (一般公共预算).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getGeneralPublicBudget() {
        return amount(ThreePublicExpenseColumn.GENERAL_PUBLIC_BUDGET);
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableThreePublicExpenseRow.Builder builder() {
        return ImmutableThreePublicExpenseRow.builder();
    }
}
