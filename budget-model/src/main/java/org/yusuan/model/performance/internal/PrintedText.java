package org.yusuan.model.performance.internal;

/**
 * Folds the noise PDF extraction leaves in short printed texts: white space of every kind (spaces, ideographic
 * spaces, no-break spaces, line breaks) and full-width ASCII forms.
 */
public final class PrintedText {

    private PrintedText() {
    }

    /**
     * Whether a character is white space as PDF extraction leaves it (空白字符).
     *
     * @param c the character
     * @return true for Java white space, no-break and ideographic spaces, zero-width spaces and the BOM
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /**
     * Removes all white space (删除空白): {@code 满意 度指 标} becomes {@code 满意度指标}.
     *
     * @param text the text, not null
     * @return the text without white space, never null
     */
    public static String withoutSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Folds full-width ASCII forms to ASCII (全角转半角): {@code ＞＝９５％} becomes {@code >=95%}. Other characters,
     * including CJK punctuation such as {@code 。} and {@code （}, are kept.
     *
     * @param text the text, not null
     * @return the folded text, never null
     */
    public static String foldFullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' && isAsciiFormWorthFolding(c)) {
                out.append((char) (c - 0xFEE0));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAsciiFormWorthFolding(char c) {
        char ascii = (char) (c - 0xFEE0);
        return Character.isLetterOrDigit(ascii) || "<>=%./+-$\\{}^_".indexOf(ascii) >= 0;
    }
}
