package org.yusuan.io.text.internal;

import java.util.regex.Pattern;

/**
 * Cleans one printed line of the residue that text extraction leaves: markdown ({@code #}, {@code **}, table rules
 * {@code ----}), HTML tags ({@code <b>}, {@code <p>}), LaTeX-ish operators ({@code $\geq 95\%$}), full-width digits and
 * comparison operators ({@code ＞=}), NBSP and the ideographic space. Tabs are kept, since they separate cells.
 * Full-width brackets and punctuation are kept: names are stored as printed.
 */
public final class LineNormalizer {

    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final Pattern HEADING_MARK = Pattern.compile("^\\s*#{1,6}\\s+");
    private static final Pattern BOLD = Pattern.compile("\\*\\*|__");
    private static final Pattern RULE_CELL = Pattern.compile("^[\\s\\t|:-]*-{2,}[\\s\\t|:-]*$");
    private static final Pattern LATEX_MATH = Pattern.compile("\\$([^$]*)\\$");
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u3000\\u2002\\u2003\\u2009\\u200B\\uFEFF]");
    private static final Pattern ALL_WHITE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");

    private LineNormalizer() {
    }

    /**
     * Normalises a printed line.
     *
     * @param raw the printed line, without its line break, not null
     * @return the normalised line, trimmed of outer white space (tabs inside kept); empty for a markup-only line
     */
    public static String normalize(String raw) {
        String line = SPACES.matcher(raw).replaceAll(" ");
        line = HTML_TAG.matcher(line).replaceAll("");
        line = HEADING_MARK.matcher(line).replaceFirst("");
        line = BOLD.matcher(line).replaceAll("");
        if (line.indexOf('$') >= 0) {
            line = LATEX_MATH.matcher(line).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(latex(m.group(1))));
        }
        line = foldWidth(line);
        if (RULE_CELL.matcher(line).matches()) {
            return "";
        }
        return stripOuter(line);
    }

    /**
     * Removes only the markup residue (HTML tags, {@code **} bold marks) from a printed cell, keeping everything else
     * as printed: full-width forms, {@code ≥}, LaTeX ({@code $\geq 95\%$}) and inner spaces. For values the model
     * keeps as printed, such as a performance target (指标值原文).
     *
     * @param raw a printed cell, not null
     * @return the cell without markup, trimmed of outer white space
     */
    public static String withoutMarkup(String raw) {
        return BOLD.matcher(HTML_TAG.matcher(raw).replaceAll("")).replaceAll("").strip();
    }

    /**
     * Removes all white space, for comparing labels printed with stray spaces.
     *
     * @param text the text, not null
     * @return the text without white space
     */
    public static String fold(String text) {
        return ALL_WHITE.matcher(text).replaceAll("");
    }

    private static String latex(String math) {
        return math.replace("\\geq", ">=").replace("\\ge", ">=").replace("\\leq", "<=").replace("\\le", "<=")
                .replace("\\%", "%").replace("\\times", "×").replace("\\", "").replaceAll("\\s+", "");
    }

    /** Full-width digits, letters, dot, percent and comparison operators to ASCII; brackets and punctuation kept. */
    private static String foldWidth(String line) {
        StringBuilder out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char folded = c;
            if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
                    || c == '＞' || c == '＜' || c == '＝' || c == '％' || c == '．' || c == '＋' || c == '－') {
                folded = (char) (c - 0xFEE0);
            } else if (c == '≥') {
                folded = 0;
            }
            if (folded != c && out == null) {
                out = new StringBuilder(line.length() + 4).append(line, 0, i);
            }
            if (out != null) {
                if (folded == 0) {
                    out.append(c == '≥' ? ">=" : "");
                } else {
                    out.append(folded);
                }
            }
        }
        return out == null ? line : out.toString();
    }

    private static String stripOuter(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isOuterSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isOuterSpace(line.charAt(end - 1))) {
            end--;
        }
        // keep leading/trailing tabs: they mark empty cells
        return line.substring(start, end);
    }

    private static boolean isOuterSpace(char c) {
        return c == ' ' || c == '\r';
    }

}
