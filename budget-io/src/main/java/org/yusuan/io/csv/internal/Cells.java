package org.yusuan.io.csv.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How single values are written into CSV cells and read back: text with formula-injection protection, amounts as
 * plain decimals, counts, dates and flags.
 *
 * <p>Text: a value that is empty or starts with {@code = + - @}, tab, carriage return or {@code '} is written with
 * one {@code '} in front (OWASP's advice against formula injection), and reading drops one leading {@code '}. The
 * mapping is a bijection, so every text survives the round trip exactly; a blank cell is an absent optional text.
 * Amounts are never prefixed: {@code -3.50} stays {@code -3.50}.
 */
public final class Cells {

    /** The characters that make a spreadsheet treat a cell as a formula, and the escape itself. */
    private static final String NEUTRALISED_STARTS = "=+-@\t\r'";

    /** The largest number of digits accepted before and after the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 30;

    /** The largest number of digits accepted after the decimal point. */
    public static final int MAX_FRACTION_DIGITS = 20;


    /** The expected form of an amount, for error messages. */
    public static final String DECIMAL_FORM = "a plain decimal such as 1491.86, -3.50 or 0.00 (no exponent, no"
            + " thousands separators, at most " + MAX_INTEGER_DIGITS + " digits before and " + MAX_FRACTION_DIGITS
            + " after the point)";

    private Cells() {
    }

    /**
     * Writes a text that is present.
     *
     * @param text the text, not null
     * @return the cell
     */
    public static String text(String text) {
        if (text.isEmpty() || NEUTRALISED_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /**
     * Writes an optional text: blank when absent.
     *
     * @param text the text
     * @return the cell
     */
    public static String text(Optional<String> text) {
        return text.map(Cells::text).orElse("");
    }

    /**
     * Reads a text cell: blank is absent, otherwise one leading {@code '} is dropped.
     *
     * @param cell the cell
     * @return the text, or empty for a blank cell
     */
    public static Optional<String> readText(String cell) {
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cell.charAt(0) == '\'' ? cell.substring(1) : cell);
    }

    /**
     * Writes an amount in plain notation, scale kept.
     *
     * @param amount the amount
     * @return the cell
     */
    public static String decimal(BigDecimal amount) {
        return amount.toPlainString();
    }

    /**
     * Whether a cell is a decimal in the accepted plain form.
     *
     * @param cell the cell
     * @return true when {@link #parseDecimal(String)} accepts it
     */
    public static boolean isDecimal(String cell) {
        // -?[0-9]{1,MAX_INTEGER_DIGITS}(\.[0-9]{1,MAX_FRACTION_DIGITS})?, checked by hand: amounts are read once
        // per amount line, where a regular expression's matcher was a tenth of the reading time.
        int length = cell.length();
        if (length > MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS + 2) {
            return false;
        }
        int i = length > 0 && cell.charAt(0) == '-' ? 1 : 0;
        int start = i;
        while (i < length && isAsciiDigit(cell.charAt(i))) {
            i++;
        }
        int digits = i - start;
        if (digits < 1 || digits > MAX_INTEGER_DIGITS) {
            return false;
        }
        if (i == length) {
            return true;
        }
        if (cell.charAt(i) != '.') {
            return false;
        }
        start = ++i;
        while (i < length && isAsciiDigit(cell.charAt(i))) {
            i++;
        }
        digits = i - start;
        return i == length && digits >= 1 && digits <= MAX_FRACTION_DIGITS;
    }

    /**
     * Whether a cell is a whole number as {@link #parseInt(String)} reads it: an optional minus and 1 to 10 ASCII
     * digits (the range is checked when parsing).
     *
     * @param cell the cell
     * @return true when the form is right
     */
    static boolean isWholeNumber(String cell) {
        int length = cell.length();
        int start = length > 0 && cell.charAt(0) == '-' ? 1 : 0;
        int digits = length - start;
        if (digits < 1 || digits > 10) {
            return false;
        }
        for (int i = start; i < length; i++) {
            if (!isAsciiDigit(cell.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Reads a plain decimal; the length is checked before any parsing, so hostile numbers cost nothing.
     *
     * @param cell the cell
     * @return the amount, scale as written
     * @throws IllegalArgumentException if the cell is not a plain decimal
     */
    public static BigDecimal parseDecimal(String cell) {
        if (!isDecimal(cell)) {
            throw new IllegalArgumentException("not a plain decimal: \"" + abbreviate(cell) + "\"");
        }
        return new BigDecimal(cell);
    }

    /**
     * Reads a whole number (a count or a year).
     *
     * @param cell the cell
     * @return the number
     * @throws IllegalArgumentException if the cell is not a whole number that fits an int
     */
    public static int parseInt(String cell) {
        if (!isWholeNumber(cell)) {
            throw new IllegalArgumentException("not a whole number: \"" + abbreviate(cell) + "\"");
        }
        long value = Long.parseLong(cell);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("whole number out of range: \"" + cell + "\"");
        }
        return (int) value;
    }

    /**
     * Reads an ISO date ({@code 2024-02-01}).
     *
     * @param cell the cell
     * @return the date
     * @throws IllegalArgumentException if the cell is not an ISO date
     */
    public static LocalDate parseDate(String cell) {
        if (cell.length() > 10) {
            throw new IllegalArgumentException("not a date: \"" + abbreviate(cell) + "\"");
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: \"" + cell + "\"", e);
        }
    }

    /**
     * Reads a flag: {@code true} or {@code false}.
     *
     * @param cell the cell
     * @return the flag
     * @throws IllegalArgumentException otherwise
     */
    public static boolean parseBoolean(String cell) {
        return switch (cell) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not true or false: \"" + abbreviate(cell) + "\"");
        };
    }

    /**
     * Shortens a hostile cell for an error message.
     *
     * @param cell the cell
     * @return at most 40 characters of it
     */
    public static String abbreviate(String cell) {
        return cell.length() <= 40 ? cell : cell.substring(0, 37) + "…(" + cell.length() + " characters)";
    }
}
