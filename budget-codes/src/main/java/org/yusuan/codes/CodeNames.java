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
        String folded = fold(name);
        StringBuilder out = null;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                // An ideograph, a letter or a digit: kept as it is (most of a name).
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            char mapped = c;
            boolean drop = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
            if (!drop) {
                mapped = switch (c) {
                    case '“', '”', '「', '」', '『', '』', '\'', '‘', '’' -> '"';
                    case '【', '［' -> '[';
                    case '】', '］' -> ']';
                    default -> c;
                };
            }
            if (out == null && (drop || mapped != c)) {
                out = new StringBuilder(folded.length()).append(folded, 0, i);
            }
            if (out != null && !drop) {
                out.append(mapped);
            }
        }
        String result = out == null ? folded : out.toString();
        if (result.endsWith("支出") && result.length() > 2) {
            result = result.substring(0, result.length() - 2);
        }
        return result;
    }

    /**
     * A text in Unicode NFKC, exactly as {@link Normalizer#normalize(CharSequence, Normalizer.Form)} gives it
     * (full-width letters, digits and punctuation become half-width, the ideographic space a space): the folding
     * under which names, labels and clauses of budget documents are compared. Text made only of ASCII, CJK
     * ideographs, full-width ASCII forms and the usual Chinese punctuation is folded character by character without
     * the general normalizer, which is several times slower; any other character takes the general way.
     *
     * @param text a text, not null
     * @return its NFKC form, the same instance when nothing changes
     * @throws NullPointerException if text is null
     */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text must not be null");
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = foldChar(c);
            if (f == NOT_SIMPLE) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
            if (f != c && out == null) {
                out = text.toCharArray();
            }
            if (out != null) {
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }

    /** Marks a character {@link #foldChar} leaves to the general normalizer. */
    private static final char NOT_SIMPLE = '\uFFFF';

    /**
     * The NFKC form of a character that is a single character which neither composes nor reorders with its
     * neighbours, or {@link #NOT_SIMPLE}.
     */
    static char foldChar(char c) {
        if (c < 0x80 || c >= 0x4E00 && c <= 0x9FFF) {
            return c;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '\u3000' -> ' ';
            case '、', '。', '「', '」', '『', '』', '【', '】', '“', '”', '‘', '’', '–', '—', '·', '《', '》', '〈', '〉'
                    -> c;
            default -> NOT_SIMPLE;
        };
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
