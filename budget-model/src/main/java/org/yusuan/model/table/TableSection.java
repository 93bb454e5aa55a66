package org.yusuan.model.table;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A block of a table whose rows share one set of amount columns: the generic view that writers and validators walk.
 * Most tables are one section; 表1 and 表4 have two, income (收入) and expenditure (支出).
 *
 * @param <C> the section's column enum
 */
@Value.Immutable
public abstract class TableSection<C extends Enum<C> & AmountColumn> {

    /** Only the generated {@code ImmutableTableSection} extends this type. */
    TableSection() {
    }

    /**
     * The section's heading: {@code 收入} or {@code 支出} for 表1, the table's label for a one-section table.
     *
     * @return the title, never null
     */
    public abstract String getTitle();

    /**
     * The enum of the section's amount columns.
     *
     * @return the column type, never null
     */
    public abstract Class<C> getColumnType();

    /**
     * The body rows, in document order, without the totals row.
     *
     * @return the rows; immutable, never null
     */
    public abstract List<TableRow<C>> getRows();

    /**
     * The printed totals row of the section.
     *
     * @return the totals row, or empty when the section printed none
     */
    public abstract Optional<TotalsRow<C>> getTotals();

    /**
     * The section's amount columns in template order.
     *
     * @return the columns; immutable, never null
     */
    public List<C> columns() {
        return List.of(getColumnType().getEnumConstants());
    }

    /**
     * A new builder.
     *
     * @param <C> the section's column enum
     * @return a builder, never null
     */
    public static <C extends Enum<C> & AmountColumn> ImmutableTableSection.Builder<C> builder() {
        return ImmutableTableSection.builder();
    }
}
