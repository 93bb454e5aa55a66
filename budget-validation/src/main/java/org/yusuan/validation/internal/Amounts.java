package org.yusuan.validation.internal;

import java.math.BigDecimal;
import java.util.Collection;
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
