package org.yusuan.codes;

import java.text.Normalizer;
import java.util.Objects;

/**
 * The comparison form of a 科目名称 (classification name): what two printings of the same name have in common.
 *
 * <p>Documents print names with full-width or half-width brackets (（室） / (室)), with spaces and line breaks
 * from PDF extraction, with curly or straight quotes, and with the trailing 支出 added or dropped. The normalized
 * form removes those differences so that names can be compared; it is not meant for display.
 */
public final class CodeNames {

    private CodeNames() {
    }

    /**
     * The comparison form of a name: Unicode NFKC (full-width to half-width), all white space removed, quotes
     * unified, and a trailing 支出 removed.
     *
     * @param name a printed name, not null
     * @return the normalized name, never null
     * @throws NullPointerException if name is null
     */
    public static String normalize(String name) {
        Objects.requireNonNull(name, "name must not be null");
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B') {
                continue;
            }
            switch (c) {
                case '“', '”', '「', '」', '『', '』', '\'', '‘', '’' -> out.append('"');
                case '【', '［' -> out.append('[');
                case '】', '］' -> out.append(']');
                default -> out.append(c);
            }
        }
        String result = out.toString();
        if (result.endsWith("支出") && result.length() > 2) {
            result = result.substring(0, result.length() - 2);
        }
        return result;
    }

    /**
     * Whether two printed names are the same name after normalization.
     *
     * @param a a printed name, not null
     * @param b another printed name, not null
     * @return true when their normalized forms are equal
     * @throws NullPointerException if a name is null
     */
    public static boolean sameName(String a, String b) {
        return a.equals(b) || normalize(a).equals(normalize(b));
    }
}
