package org.yusuan.model.performance.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.model.performance.ImmutableTargetValue;
import org.yusuan.model.performance.TargetComparator;
import org.yusuan.model.performance.TargetForm;
import org.yusuan.model.performance.TargetValue;

/**
 * Reads printed indicator values (指标值) into comparator, number and unit. Never throws on text: what it cannot
 * read comes back qualitative, unreadable or blank, with the text kept.
 */
public final class TargetValueParser {

    /** Comparator spellings after white space removal and full-width folding, longest first where they overlap. */
    private static final List<Map.Entry<String, TargetComparator>> PREFIXES = List.of(
            Map.entry("大于或等于", TargetComparator.GREATER_OR_EQUAL),
            Map.entry("小于或等于", TargetComparator.LESS_OR_EQUAL),
            Map.entry("大于等于", TargetComparator.GREATER_OR_EQUAL),
            Map.entry("小于等于", TargetComparator.LESS_OR_EQUAL),
            Map.entry("不低于", TargetComparator.GREATER_OR_EQUAL),
            Map.entry("不少于", TargetComparator.GREATER_OR_EQUAL),
            Map.entry("不小于", TargetComparator.GREATER_OR_EQUAL),
            Map.entry("不高于", TargetComparator.LESS_OR_EQUAL),
            Map.entry("不超过", TargetComparator.LESS_OR_EQUAL),
            Map.entry("不多于", TargetComparator.LESS_OR_EQUAL),
            Map.entry("不大于", TargetComparator.LESS_OR_EQUAL),
            Map.entry("大于", TargetComparator.GREATER),
            Map.entry("小于", TargetComparator.LESS),
            Map.entry("高于", TargetComparator.GREATER),
            Map.entry("低于", TargetComparator.LESS),
            Map.entry("等于", TargetComparator.EQUAL),
            Map.entry(">=", TargetComparator.GREATER_OR_EQUAL),
            Map.entry("=>", TargetComparator.GREATER_OR_EQUAL),
            Map.entry("<=", TargetComparator.LESS_OR_EQUAL),
            Map.entry("=<", TargetComparator.LESS_OR_EQUAL),
            Map.entry("==", TargetComparator.EQUAL),
            Map.entry("≥", TargetComparator.GREATER_OR_EQUAL),
            Map.entry("≧", TargetComparator.GREATER_OR_EQUAL),
            Map.entry("⩾", TargetComparator.GREATER_OR_EQUAL),
            Map.entry("≮", TargetComparator.GREATER_OR_EQUAL),
            Map.entry("≤", TargetComparator.LESS_OR_EQUAL),
            Map.entry("≦", TargetComparator.LESS_OR_EQUAL),
            Map.entry("⩽", TargetComparator.LESS_OR_EQUAL),
            Map.entry("≯", TargetComparator.LESS_OR_EQUAL),
            Map.entry("=", TargetComparator.EQUAL),
            Map.entry(">", TargetComparator.GREATER),
            Map.entry("<", TargetComparator.LESS));

    /** Suffix spellings: {@code 95%以上}. In Chinese official usage 以上 and 以下 include the number. */
    private static final List<Map.Entry<String, TargetComparator>> SUFFIXES = List.of(
            Map.entry("及以上", TargetComparator.GREATER_OR_EQUAL),
            Map.entry("及以下", TargetComparator.LESS_OR_EQUAL),
            Map.entry("以上", TargetComparator.GREATER_OR_EQUAL),
            Map.entry("以下", TargetComparator.LESS_OR_EQUAL));

    /** LaTeX as math OCR prints it: {@code $\geq 95\%$}. Longer commands first. */
    private static final List<Map.Entry<String, String>> LATEX = List.of(
            Map.entry("\\left", ""),
            Map.entry("\\right", ""),
            Map.entry("\\geqslant", "≥"),
            Map.entry("\\leqslant", "≤"),
            Map.entry("\\geq", "≥"),
            Map.entry("\\leq", "≤"),
            Map.entry("\\ge", "≥"),
            Map.entry("\\le", "≤"),
            Map.entry("\\gt", ">"),
            Map.entry("\\lt", "<"),
            Map.entry("\\%", "%"),
            Map.entry("^{2}", "²"),
            Map.entry("^{3}", "³"),
            Map.entry("^2", "²"),
            Map.entry("^3", "³"));

    private static final Pattern LATEX_TEXT = Pattern.compile("\\\\(?:text|mathrm|rm)\\{([^{}]*)}");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[,，](?=\\d{3}(?!\\d))");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)");
    private static final Pattern SYMBOLS = Pattern.compile("[<>=≥≤≧≦⩾⩽≮≯]");
    private static final Pattern SLASHES = Pattern.compile("/{2,}");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[。；;，,、.]+$");
    /** A digit in a unit is allowed only as a power after a Latin letter: {@code m2}, {@code m3}. */
    private static final Pattern BAD_UNIT = Pattern.compile("[<>=≥≤≧≦⩾⩽≮≯]|(?<![A-Za-z])\\d|\\d\\d");

    private TargetValueParser() {
    }

    /**
     * Reads a printed target.
     *
     * @param text the printed target, not null
     * @return the target, never null
     */
    public static TargetValue parse(String text) {
        String normalized = normalize(text);
        ImmutableTargetValue.Builder builder = TargetValue.builder()
                .text(text)
                .normalizedText(normalized)
                .normalized(!normalized.equals(text.strip()));
        if (normalized.isEmpty()) {
            return builder.form(TargetForm.BLANK).build();
        }
        Optional<Reading> reading = read(normalized);
        if (reading.isPresent()) {
            Reading r = reading.get();
            return builder.form(TargetForm.QUANTITATIVE)
                    .comparator(Optional.ofNullable(r.comparator))
                    .number(r.number)
                    .unit(r.unit.isEmpty() ? Optional.empty() : Optional.of(r.unit))
                    .build();
        }
        return builder.form(looksQuantitative(normalized) ? TargetForm.UNREADABLE : TargetForm.QUALITATIVE).build();
    }

    /**
     * Reads a printed comparator spelling, the whole text and nothing else.
     *
     * @param text the spelling, not null
     * @return the comparator, or empty if the text is none
     */
    public static Optional<TargetComparator> parseComparator(String text) {
        String normalized = normalize(text);
        for (Map.Entry<String, TargetComparator> prefix : PREFIXES) {
            if (normalized.equals(prefix.getKey())) {
                return Optional.of(prefix.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * Removes stray white space, folds full-width forms, unwraps LaTeX, drops thousands separators inside numbers,
     * collapses doubled slashes and strips trailing punctuation.
     *
     * @param text the printed text, not null
     * @return the normalized text, never null
     */
    static String normalize(String text) {
        String s = PrintedText.foldFullWidth(text);
        if (s.indexOf('\\') >= 0 || s.indexOf('$') >= 0 || s.indexOf('^') >= 0) {
            s = unwrapLatex(s);
        }
        s = PrintedText.withoutSpaces(s);
        s = THOUSANDS.matcher(s).replaceAll("");
        s = SLASHES.matcher(s).replaceAll("/");
        s = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
        return s;
    }

    private static String unwrapLatex(String text) {
        String s = text;
        Matcher m = LATEX_TEXT.matcher(s);
        while (m.find()) {
            s = m.replaceFirst(Matcher.quoteReplacement(m.group(1)));
            m = LATEX_TEXT.matcher(s);
        }
        for (Map.Entry<String, String> command : LATEX) {
            s = s.replace(command.getKey(), command.getValue());
        }
        s = s.replace("$", "").replace("\\,", "").replace("\\;", "").replace("\\ ", "");
        return s;
    }

    private static Optional<Reading> read(String s) {
        TargetComparator comparator = null;
        String rest = s;
        for (Map.Entry<String, TargetComparator> prefix : PREFIXES) {
            if (rest.startsWith(prefix.getKey())) {
                comparator = prefix.getValue();
                rest = rest.substring(prefix.getKey().length());
                break;
            }
        }
        Matcher number = NUMBER.matcher(rest);
        if (!number.lookingAt()) {
            return Optional.empty();
        }
        String unit = rest.substring(number.end());
        for (Map.Entry<String, TargetComparator> suffix : SUFFIXES) {
            if (unit.endsWith(suffix.getKey())) {
                TargetComparator implied = suffix.getValue();
                if (comparator != null && !compatible(comparator, implied)) {
                    return Optional.empty();
                }
                if (comparator == null) {
                    comparator = implied;
                }
                unit = unit.substring(0, unit.length() - suffix.getKey().length());
                break;
            }
        }
        if (BAD_UNIT.matcher(unit).find()) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(number.group());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(new Reading(comparator, value, unit));
    }

    private static boolean compatible(TargetComparator printed, TargetComparator implied) {
        if (implied == TargetComparator.GREATER_OR_EQUAL) {
            return printed == TargetComparator.GREATER_OR_EQUAL || printed == TargetComparator.GREATER;
        }
        return printed == TargetComparator.LESS_OR_EQUAL || printed == TargetComparator.LESS;
    }

    private static boolean looksQuantitative(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return SYMBOLS.matcher(s).find();
    }

    private static final class Reading {
        final TargetComparator comparator;
        final BigDecimal number;
        final String unit;

        Reading(TargetComparator comparator, BigDecimal number, String unit) {
            this.comparator = comparator;
            this.number = number;
            this.unit = unit;
        }
    }
}
