package org.yusuan.model.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An income line of 表4 财政拨款收支预算总体情况表 (财政拨款收入): a standard item such as 一、财政拨款（补助）, its
 * label as printed and its amount (合计).
 */
@Value.Immutable
public abstract class FiscalIncomeLine implements TableRow<FiscalIncomeColumn> {

    /** Only the generated {@code ImmutableFiscalIncomeLine} extends this type. */
    FiscalIncomeLine() {
    }

    /**
     * The standard item the line names.
     *
     * @return the item, or empty when the printed label is not a standard item
     */
    public abstract Optional<FiscalIncomeItem> getItem();

    /**
     * The label of the line (项目), numbering included ("一、财政拨款（补助）"), exactly as printed.
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
    public abstract Map<FiscalIncomeColumn, BigDecimal> getAmounts();

    /**
     * The amount (合计).
     *
     * @return the printed amount, or empty when the cell was blank
     */
    public Optional<BigDecimal> getTotal() {
        return amount(FiscalIncomeColumn.TOTAL);
    }

    /**
     * A new builder.
     *
     * @return a builder, never null
     */
    public static ImmutableFiscalIncomeLine.Builder builder() {
        return ImmutableFiscalIncomeLine.builder();
    }
}
