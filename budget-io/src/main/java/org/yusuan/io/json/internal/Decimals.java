package org.yusuan.io.json.internal;

import java.math.BigDecimal;

/**
 * The limits on decimal numbers (amounts, areas, weights, target numbers) in the JSON format, checked on read and on
 * write: plain notation, at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point and at most
 * {@value #MAX_FRACTION_DIGITS} after it. Printed disclosures never come near these limits; anything beyond them is
 * hostile or broken input, refused before any arithmetic can be made slow by it.
 */
public final class Decimals {

    /** The most digits allowed before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 24;

    /** The most digits allowed after the decimal point (the largest scale). */
    public static final int MAX_FRACTION_DIGITS = 12;

    /** The longest number text: sign, digits, point. */
    public static final int MAX_TEXT_LENGTH = MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS + 2;

    /** What the format expects of a decimal, for error messages. */
    public static final String EXPECTED = "a JSON number in plain notation such as 1491.86 or 0.00 (no exponent), with"
            + " at most " + MAX_INTEGER_DIGITS + " digits before the point and " + MAX_FRACTION_DIGITS + " after it";

    private Decimals() {
    }

    /**
     * Checks number text as it appears in a JSON document, before it is turned into a {@link BigDecimal}.
     *
     * @param text the number's text, not null
     * @return null when the text is acceptable, otherwise what is wrong with it
     */
    public static String problemWithText(String text) {
        if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return "the number " + abbreviate(text) + " has an exponent";
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            return "the number " + abbreviate(text) + " has " + text.length() + " characters";
        }
        int point = text.indexOf('.');
        int integerDigits = (point < 0 ? text.length() : point) - (text.startsWith("-") ? 1 : 0);
        int fractionDigits = point < 0 ? 0 : text.length() - point - 1;
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return "the number " + abbreviate(text) + " has " + integerDigits + " digits before the decimal point";
        }
        if (fractionDigits > MAX_FRACTION_DIGITS) {
            return "the number " + abbreviate(text) + " has " + fractionDigits + " digits after the decimal point";
        }
        return null;
    }

    /**
     * Checks number text where a parser holds it, without making a String of it: true exactly when {@link
     * #problemWithText(String)} finds no problem with the same text.
     *
     * @param text the characters, not null
     * @param offset where the number starts in them
     * @param length the number's length
     * @return whether the text is acceptable
     */
    public static boolean isAcceptable(char[] text, int offset, int length) {
        if (length > MAX_TEXT_LENGTH) {
            return false;
        }
        int end = offset + length;
        int point = -1;
        for (int i = offset; i < end; i++) {
            char c = text[i];
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c == '.' && point < 0) {
                point = i - offset;
            }
        }
        int integerDigits = (point < 0 ? length : point) - (length > 0 && text[offset] == '-' ? 1 : 0);
        int fractionDigits = point < 0 ? 0 : length - point - 1;
        return integerDigits <= MAX_INTEGER_DIGITS && fractionDigits <= MAX_FRACTION_DIGITS;
    }

    /**
     * The value of number text that {@link #isAcceptable(char[], int, int)} accepted and that is a JSON number (an
     * optional minus, digits, an optional point and digits): exactly {@code new BigDecimal(text, offset, length)},
     * scale included, but built from a {@code long} when it has at most 18 digits (every printed amount), without
     * the general parsing of that constructor.
     *
     * @param text the characters, not null
     * @param offset where the number starts in them
     * @param length the number's length
     * @return the value, never null
     */
    public static BigDecimal parse(char[] text, int offset, int length) {
        int end = offset + length;
        int i = offset;
        boolean negative = text[i] == '-';
        if (negative) {
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean fraction = false;
        for (; i < end; i++) {
            char c = text[i];
            if (c == '.') {
                fraction = true;
                continue;
            }
            if (++digits > 18) {
                // More digits than a long always holds.
                return new BigDecimal(text, offset, length);
            }
            unscaled = unscaled * 10 + (c - '0');
            if (fraction) {
                scale++;
            }
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    /**
     * Checks a value before it is written, so that the writer never produces what the reader refuses.
     *
     * @param value the value, not null
     * @return null when the value can be written, otherwise what is wrong with it
     */
    public static String problemWithValue(BigDecimal value) {
        if (value.scale() > MAX_FRACTION_DIGITS) {
            return "the amount has " + value.scale() + " digits after the decimal point (at most "
                    + MAX_FRACTION_DIGITS + ")";
        }
        // precision - scale is the number of integer digits; with a negative scale it counts the zeros too.
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return "the amount has " + integerDigits + " digits before the decimal point (at most "
                    + MAX_INTEGER_DIGITS + ")";
        }
        return null;
    }

    /**
     * The plain text of a value as the format writes it: {@link BigDecimal#toPlainString()}, scale kept; a negative
     * scale (which plain notation cannot show) is written with scale 0, so {@code 1E+3} becomes {@code 1000}.
     *
     * @param value a value that passed {@link #problemWithValue(BigDecimal)}, not null
     * @return the text, never null
     */
    public static String plain(BigDecimal value) {
        if (value.scale() >= 0 && value.precision() - value.scale() > -6) {
            // Then toString() is the plain text too (no exponent while the adjusted exponent is at least -6), and
            // BigDecimal keeps it: writing the same value again builds no new String.
            return value.toString();
        }
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
    }

    /**
     * Shortens hostile text for a message: at most 40 characters shown.
     *
     * @param text the text, not null
     * @return the text, or its head with an ellipsis and its length
     */
    public static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
    }
}
