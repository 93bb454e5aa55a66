package org.yusuan.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CodeNames#fold(String)} folds the characters budget documents print one by one instead of calling the
 * general normalizer: it must give exactly what Unicode NFKC gives, and {@link CodeNames#normalize(String)} built on it
 * exactly what NFKC followed by the clean-up gives.
 */
class CodeNamesFoldProperties {

    @Example
    void everyCharacterFoldedOneByOneIsItsOwnNfkcForm() {
        int simple = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char f = CodeNames.foldChar((char) c);
            if (f == '\uFFFF') {
                continue;
            }
            simple++;
            String one = String.valueOf((char) c);
            assertEquals(Normalizer.normalize(one, Normalizer.Form.NFKC), String.valueOf(f),
                    () -> "U+" + Integer.toHexString(one.charAt(0)));
            assertTrue(Normalizer.isNormalized(String.valueOf(f), Normalizer.Form.NFD),
                    () -> "U+" + Integer.toHexString(one.charAt(0)) + " folds to a character that decomposes");
        }
        assertTrue(simple > 20_000, "the CJK ideographs and ASCII take the short way: " + simple);
    }

    @Property(tries = 3000)
    void foldIsNfkc(@ForAll("printed") String text) {
        assertEquals(Normalizer.normalize(text, Normalizer.Form.NFKC), CodeNames.fold(text));
    }

    @Property(tries = 3000)
    void normalizeIsNfkcThenCleanUp(@ForAll("printed") String text) {
        assertEquals(reference(text), CodeNames.normalize(text));
    }

    @Example
    void aTextWithNothingToFoldIsReturnedAsItIs() {
        String name = "行政运行";
        assertSame(name, CodeNames.fold(name));
        assertSame(name, CodeNames.normalize(name));
    }

    @Example
    void fullWidthBracketsSpacesAndQuotesFoldAsBefore() {
        assertEquals("一般公共服务(类)", CodeNames.fold("一般公共服务（类）"));
        assertEquals("\"三公\"经费", CodeNames.normalize(" “三公”\u3000经费支出"));
        assertEquals("é", CodeNames.fold("e\u0301"), "a combining mark takes the general way and composes");
    }

    /**
     * Texts mixing what documents print (ideographs, ASCII, full-width forms, Chinese punctuation, white space) with
     * characters that need the general normalizer: combining marks, Hangul jamo, compatibility ideographs, circled
     * numbers, ellipsis, ligatures.
     */
    @Provide
    Arbitrary<String> printed() {
        return Arbitraries.strings()
                .withCharRange('\u4E00', '\u4E20')
                .withCharRange(' ', '~')
                .withCharRange('\uFF01', '\uFF5E')
                .withChars("\u3000、。「」『』【】“”‘’–—·《》〈〉支出\t\n\r\u00A0\u2002\uFEFF\u200B")
                .withChars("\u0301\u0308\u0338\u1100\u1161\u11A8\uAC00\uF900\uF9FF\u2460\u2026\uFB01\u00BD\u2126\u212B"
                        + "\u00C5\u0041\u030A\uFF65\uFF9E\u3099\u304B\u2F00\u3250\u33A1")
                .ofMaxLength(12);
    }

    private static String reference(String name) {
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
}
