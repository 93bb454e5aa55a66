package org.yusuan.model.table;

import java.util.List;
import java.util.Optional;

/**
 * A table made of one block of rows with one set of amount columns and at most one printed totals row: every table
 * but 表1 and 表4.
 *
 * @param <R> the row type
 * @param <C> the column enum
 */
public interface RowTable<R extends TableRow<C>, C extends Enum<C> & AmountColumn> extends BudgetTable {

    /**
     * The body rows in document order, without the totals row.
     *
     * @return the rows; immutable, never null
     */
    List<R> getRows();

    /**
     * The totals row (合计/总计) as printed, kept apart from the body rows because it can disagree with them.
     *
     * @return the totals row, or empty when the table printed none
     */
    Optional<TotalsRow<C>> getTotals();

    /**
     * The enum of the table's amount columns.
     *
     * @return the column type, never null
     */
    Class<C> columnType();

    /**
     * The table's amount columns in template order.
     *
     * @return the columns; immutable, never null
     */
    default List<C> columns() {
        return List.of(columnType().getEnumConstants());
    }

    /**
     * The table as a single section titled with its label.
     *
     * @return one section; immutable, never null
     */
    @Override
    default List<TableSection<?>> sections() {
        return List.of(TableSection.<C>builder()
                .title(getKind().label())
                .columnType(columnType())
                .addAllRows(getRows())
                .totals(getTotals())
                .build());
    }
}
