package org.yusuan.model.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The totals row a table prints (合计, 总计, 收入总计, 支出总计), kept apart from the body rows because it can
 * disagree with them: it is stored as printed, never computed.
 *
 * @param <C> the table's column enum
 */
@Value.Immutable
public abstract class TotalsRow<C extends Enum<C> & AmountColumn> implements TableRow<C> {

    /** Only the generated {@code ImmutableTotalsRow} extends this type. */
    TotalsRow() {
    }

    /**
     * The label printed on the totals row, as printed: {@code 总计}, {@code 合 计}, {@code 收入总计}.
     *
     * @return the label, or empty when the row printed none
     */
    @Override
    public abstract Optional<String> getName();

    /**
     * The printed cells of the totals row, by column.
     *
     * @return the printed amounts; immutable, never null
     */
    @Override
    public abstract Map<C, BigDecimal> getAmounts();

    /**
     * A new builder.
     *
     * @param <C> the table's column enum
     * @return a builder, never null
     */
    public static <C extends Enum<C> & AmountColumn> ImmutableTotalsRow.Builder<C> builder() {
        return ImmutableTotalsRow.builder();
    }
}
