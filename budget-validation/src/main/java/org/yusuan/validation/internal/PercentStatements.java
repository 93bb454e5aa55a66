package org.yusuan.validation.internal;

/**
 * The statements of shares and of changes on the previous year that {@link NarrativePercentRule} checks, matched by
 * hand at a given start, exactly as {@code lookingAt()} of their regular expressions would match there ({@code N} is
 * a number as printed, {@code [0-9][0-9,]*(?:\.[0-9]+)?}):
 *
 * <ul>
 *   <li>{@link #BASE}: {@code (N)\s*万元\s*[，,]?\s*其中}, as in {@code 1,491.86 万元，其中};</li>
 *   <li>{@link #SHARE}: {@code (N)\s*万元\s*[，,]\s*占(?:比)?\s*(N)\s*%}, as in {@code 839.02 万元，占 56.25%};</li>
 *   <li>{@link #CHANGE}: {@code (N)\s*万元\s*[，,]\s*(?:占[^，,。]*%\s*[，,]\s*)?比上年(?:预算)?(增加|减少)\s*(N)\s*万元\s*[，,]\s*
 *       (增长|下降)\s*(N)\s*%}, as in {@code 400.00 万元，占 26.81%，比上年预算增加 20.00 万元，增长 5.26%};</li>
 *   <li>{@link #DIRECTION}: {@code (增加|减少)\s*(N)\s*万元\s*[，,]\s*(增长|下降)\s*(N)\s*%}, as in {@code 增加 0.00
 *       万元，增长 0.00%}.</li>
 * </ul>
 *
 * Every part but one is matched one way only: a number takes all its digits (giving any back leaves a digit where
 * white space, 万元 or % must follow), white space all of itself, an optional comma or 比 is taken when it is there
 * (leaving it leaves it where the next part cannot match). The exception is the share in {@code CHANGE}: its
 * {@code [^，,。]*%} can end only at the last % of its run of characters, since after an earlier % the run goes on
 * with something that is neither white space nor a comma; and without the share the text would need 比上年 where it
 * has 占. Expressions cost one to two microseconds per statement; this a tenth of that.
 */
final class PercentStatements {

    /** {@code BASE}: group 1 the amount that 其中 details. */
    static final Narrative.At BASE = PercentStatements::base;
    /** {@code SHARE}: groups 1 amount, 2 percentage. */
    static final Narrative.At SHARE = PercentStatements::share;
    /** {@code CHANGE}: groups 1 amount, 2 增加/减少, 3 change, 4 增长/下降, 5 percentage. */
    static final Narrative.At CHANGE = PercentStatements::change;
    /** {@code DIRECTION}: groups 1 增加/减少, 2 change, 3 增长/下降, 4 percentage. */
    static final Narrative.At DIRECTION = PercentStatements::direction;

    private static final String[] MORE_OR_LESS = {"增加", "减少"};
    private static final String[] UP_OR_DOWN = {"增长", "下降"};

    private PercentStatements() {
    }

    private static int[] base(String text, int start, int to) {
        int[] b = new int[4];
        b[0] = start;
        int i = Narrative.spaces(text, Narrative.literal(text, Narrative.spaces(text, number(text, start, to, b, 1), to), to, "万元"), to);
        if (i >= 0 && i < to && (text.charAt(i) == '，' || text.charAt(i) == ',')) {
            i++;
        }
        i = Narrative.literal(text, Narrative.spaces(text, i, to), to, "其中");
        if (i < 0) {
            return null;
        }
        b[1] = i;
        return b;
    }

    private static int[] share(String text, int start, int to) {
        int[] b = new int[6];
        b[0] = start;
        int i = unitAndComma(text, number(text, start, to, b, 1), to);
        i = Narrative.literal(text, i, to, "占");
        if (i >= 0 && i < to && text.charAt(i) == '比') {
            i++;
        }
        i = number(text, Narrative.spaces(text, i, to), to, b, 2);
        return percent(text, i, to, b);
    }

    private static int[] change(String text, int start, int to) {
        int[] b = new int[12];
        b[0] = start;
        int i = number(text, start, to, b, 1);
        i = unitAndComma(text, i, to);
        if (i >= 0 && i < to && text.charAt(i) == '占') {
            i = shareClause(text, i + 1, to);
        }
        i = Narrative.literal(text, i, to, "比上年");
        if (i >= 0) {
            int budget = Narrative.literal(text, i, to, "预算");
            i = budget >= 0 ? budget : i;
        }
        i = word(text, i, to, MORE_OR_LESS, b, 2);
        i = number(text, Narrative.spaces(text, i, to), to, b, 3);
        i = unitAndComma(text, i, to);
        i = word(text, i, to, UP_OR_DOWN, b, 4);
        i = number(text, Narrative.spaces(text, i, to), to, b, 5);
        return percent(text, i, to, b);
    }

    private static int[] direction(String text, int start, int to) {
        int[] b = new int[10];
        b[0] = start;
        int i = word(text, start, to, MORE_OR_LESS, b, 1);
        i = number(text, Narrative.spaces(text, i, to), to, b, 2);
        i = unitAndComma(text, i, to);
        i = word(text, i, to, UP_OR_DOWN, b, 3);
        i = number(text, Narrative.spaces(text, i, to), to, b, 4);
        return percent(text, i, to, b);
    }

    /** {@code \s*%} ending the match at {@code i}: the bounds, or null. */
    private static int[] percent(String text, int i, int to, int[] bounds) {
        int at = Narrative.spaces(text, i, to);
        if (at < 0 || at >= to || text.charAt(at) != '%') {
            return null;
        }
        bounds[1] = at + 1;
        return bounds;
    }

    /** After the 占 of a share: {@code [^，,。]*%\s*[，,]\s*}, the % being the last of its run. */
    private static int shareClause(String text, int i, int to) {
        int end = i;
        int lastPercent = -1;
        while (end < to && "，,。".indexOf(text.charAt(end)) < 0) {
            if (text.charAt(end) == '%') {
                lastPercent = end;
            }
            end++;
        }
        if (lastPercent < 0) {
            return -1;
        }
        int at = Narrative.spaces(text, lastPercent + 1, to);
        if (at >= to || text.charAt(at) != '，' && text.charAt(at) != ',') {
            return -1;
        }
        return Narrative.spaces(text, at + 1, to);
    }

    /** {@code \s*万元\s*[，,]\s*}. */
    private static int unitAndComma(String text, int i, int to) {
        int at = Narrative.literal(text, Narrative.spaces(text, i, to), to, "万元");
        at = Narrative.spaces(text, at, to);
        if (at < 0 || at >= to || text.charAt(at) != '，' && text.charAt(at) != ',') {
            return -1;
        }
        return Narrative.spaces(text, at + 1, to);
    }

    /** A number as printed at {@code i}, recorded as group {@code g}; the position after it, or -1. */
    private static int number(String text, int i, int to, int[] bounds, int g) {
        int end = Narrative.numberEnd(text, i, to);
        if (end >= 0) {
            bounds[2 * g] = i;
            bounds[2 * g + 1] = end;
        }
        return end;
    }

    /** One of two words at {@code i}, recorded as group {@code g}; the position after it, or -1. */
    private static int word(String text, int i, int to, String[] words, int[] bounds, int g) {
        if (i < 0) {
            return -1;
        }
        for (String w : words) {
            if (i + w.length() <= to && text.startsWith(w, i)) {
                bounds[2 * g] = i;
                bounds[2 * g + 1] = i + w.length();
                return i + w.length();
            }
        }
        return -1;
    }
}
