package org.yusuan.model.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yusuan.codes.ClassificationCode;

/**
 * A row of a disclosure table (表行): the text printed in its name column and the amounts printed in its cells.
 *
 * <p>{@link #getAmounts()} holds only the cells the document printed: a blank cell has no entry, a printed
 * {@code 0.00} has one. Amounts are kept exactly as printed, scale included ({@code 7.8} and {@code 7.80} are
 * different values under {@link BigDecimal#equals(Object)}); compare them with {@link BigDecimal#compareTo}.
 *
 * @param <C> the table's column enum
 */
public interface TableRow<C extends Enum<C> & AmountColumn> {

    /**
     * The text printed in the row's name column (科目名称, 项目名称, 项目), exactly as printed.
     *
     * @return the name, or empty when the document printed none
     */
    Optional<String> getName();

    /**
     * The printed cells of the row, by column. A column without an entry was blank in the document.
     *
     * @return the printed amounts; immutable, never null
     */
    Map<C, BigDecimal> getAmounts();

    /**
     * The amount printed in a column.
     *
     * @param column the column, not null
     * @return the printed amount, or empty when the cell was blank
     * @throws NullPointerException if column is null
     */
    default Optional<BigDecimal> amount(C column) {
        Objects.requireNonNull(column, "column must not be null");
        return Optional.ofNullable(getAmounts().get(column));
    }

    /**
     * The amount printed in a column, with a blank cell read as zero: for arithmetic, where blank and 0.00 count
     * the same.
     *
     * @param column the column, not null
     * @return the printed amount, or {@link BigDecimal#ZERO} when the cell was blank; never null
     * @throws NullPointerException if column is null
     */
    default BigDecimal amountOrZero(C column) {
        return amount(column).orElse(BigDecimal.ZERO);
    }

    /**
     * The classification code printed on the row, whatever its system: a generic view of the typed code that coded
     * rows give.
     *
     * @return the code, or empty when the row has no code or its table has no code column
     */
    default Optional<ClassificationCode<?>> classificationCode() {
        return Optional.empty();
    }
}
