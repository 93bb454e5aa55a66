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
     * The sums of rows in each of some columns, blank as zero: what a printed total in that column is checked
     * against. Each row's amounts are fetched once for all the columns.
     *
     * @param rows the addend rows
     * @param columns the columns
     * @return the sums, in the order of the columns
     */
    public static BigDecimal[] columnSums(List<? extends TableRow<?>> rows, List<? extends Enum<?>> columns) {
        int n = columns.size();
        BigDecimal[] sums = new BigDecimal[n];
        java.util.Arrays.fill(sums, BigDecimal.ZERO);
        for (int r = 0, size = rows.size(); r < size; r++) {
            Map<?, BigDecimal> amounts = rows.get(r).getAmounts();
            if (amounts.isEmpty()) {
                continue;
            }
            for (int c = 0; c < n; c++) {
                BigDecimal v = amounts.get(columns.get(c));
                if (v != null) {
                    sums[c] = sums[c].add(v);
                }
            }
        }
        return sums;
    }

    /**
     * Whether a sum has nothing to report: the printed total (blank as zero) equals the sum of the addends (blanks
     * already read as zero), which also holds when all are blank. A rule tests this before locating the addends,
     * which it needs only for a finding ({@link Context#sum} is silent exactly in this case).
     *
     * @param printed the printed total, or null for blank
     * @param sum the sum of the addends
     * @return true when the total adds up
     */
    public static boolean addsUp(BigDecimal printed, BigDecimal sum) {
        return sum.compareTo(orZero(printed)) == 0;
    }

    /**
     * Whether a row's total column has nothing to report: as {@link #addsUp(BigDecimal, BigDecimal)}, the addends
     * being the row's cells in the part columns.
     *
     * @param row the row
     * @param total the total column
     * @param parts the part columns
     * @return true when the total adds up
     */
    public static boolean addsUp(TableRow<?> row, Enum<?> total, List<? extends Enum<?>> parts) {
        Map<?, BigDecimal> amounts = row.getAmounts();
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0, n = parts.size(); i < n; i++) {
            BigDecimal v = amounts.get(parts.get(i));
            if (v != null) {
                s = s.add(v);
            }
        }
        return s.compareTo(orZero(amounts.get(total))) == 0;
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
