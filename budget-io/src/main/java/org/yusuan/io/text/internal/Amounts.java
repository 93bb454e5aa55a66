package org.yusuan.io.text.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads printed amounts: {@code 1,491.86}, {@code 1307.84}, {@code 7.8}, {@code 300000}, {@code -2.44}; thousands
 * separators dropped, the printed scale kept ({@code 7.8} stays 7.8, {@code 0.00} stays 0.00).
 */
public final class Amounts {

    private static final Pattern AMOUNT = Pattern.compile("[-−]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern DECIMAL = Pattern.compile("[-−]?(\\d{1,3}(,\\d{3})+|\\d+)\\.\\d+|\\d{1,3}(,\\d{3})+");

    private Amounts() {
    }

    /**
     * Whether a cell is an amount.
     *
     * @param cell a trimmed cell
     * @return true when it reads as an amount
     */
    public static boolean isAmount(String cell) {
        return AMOUNT.matcher(cell).matches();
    }

    /**
     * Whether a cell is an amount that cannot be a code part: it has a decimal point or thousands separators.
     *
     * @param cell a trimmed cell
     * @return true for {@code 12.50} or {@code 1,000}, false for {@code 201}
     */
    public static boolean isDecimal(String cell) {
        return DECIMAL.matcher(cell).matches();
    }

    /**
     * Reads a cell as an amount.
     *
     * @param cell a trimmed cell
     * @return the amount, or empty when the cell is not one
     */
    public static Optional<BigDecimal> parse(String cell) {
        if (!isAmount(cell)) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(cell.replace(",", "").replace('−', '-')));
    }

    /**
     * Reads an amount that must be one.
     *
     * @param cell the cell
     * @return the amount
     * @throws IllegalArgumentException if the cell is not an amount
     */
    public static BigDecimal of(String cell) {
        return parse(cell).orElseThrow(() -> new IllegalArgumentException("not an amount: " + cell));
    }
}
