package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.TableRow;

/** Small arithmetic on printed cells: blank is null, sums read blank as zero. */
public final class Amounts {

    private Amounts() {
    }

    /**
     * The printed amount of a row in a column of any table.
     *
     * @param row the row
     * @param column one of the row's column constants
     * @return the amount, or null when blank
     */
    public static BigDecimal cell(TableRow<?> row, Enum<?> column) {
        Map<?, BigDecimal> amounts = row.getAmounts();
        return amounts.get(column);
    }

    /**
     * A blank cell as zero.
     *
     * @param value a printed amount or null
     * @return the amount, zero for null
     */
    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /**
     * The sum of printed amounts, blank as zero.
     *
     * @param values amounts, possibly null
     * @return the sum
     */
    public static BigDecimal sum(Collection<BigDecimal> values) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            if (v != null) {
                s = s.add(v);
            }
        }
        return s;
    }

    /**
     * Whether a sum of rows in a column has nothing to report: the printed total (blank as zero) equals the sum of
     * the rows' cells (blank as zero), which also holds when all are blank. A rule tests this before locating the
     * addends, which it needs only for a finding ({@link Context#sum} is silent exactly in this case).
     *
     * @param printed the printed total, or null for blank
     * @param rows the addend rows
     * @param column the column
     * @return true when the total adds up
     */
    public static boolean addsUp(BigDecimal printed, List<? extends TableRow<?>> rows, Enum<?> column) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0, n = rows.size(); i < n; i++) {
            BigDecimal v = cell(rows.get(i), column);
            if (v != null) {
                s = s.add(v);
            }
        }
        return s.compareTo(orZero(printed)) == 0;
    }

    /**
     * Whether a row's total column has nothing to report: as {@link #addsUp(BigDecimal, List, Enum)}, the addends
     * being the row's cells in the part columns.
     *
     * @param row the row
     * @param total the total column
     * @param parts the part columns
     * @return true when the total adds up
     */
    public static boolean addsUp(TableRow<?> row, Enum<?> total, List<? extends Enum<?>> parts) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0, n = parts.size(); i < n; i++) {
            BigDecimal v = cell(row, parts.get(i));
            if (v != null) {
                s = s.add(v);
            }
        }
        return s.compareTo(orZero(cell(row, total))) == 0;
    }

    /**
     * Converts an amount, null staying null.
     *
     * @param value the amount or null
     * @param from its unit
     * @param to the wanted unit
     * @return the converted amount or null
     */
    public static BigDecimal convert(BigDecimal value, MoneyUnit from, MoneyUnit to) {
        return value == null || from == to ? value : from.convert(value, to);
    }
}
