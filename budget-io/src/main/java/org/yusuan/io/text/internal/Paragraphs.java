package org.yusuan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines of running text into paragraphs: a long line that does not end a sentence and is followed by a
 * line that does not start a new item was broken by the PDF at a line or page end, and is joined with the next line
 * (without a separator, as Chinese text has none). Short lines (headings) and lines ending in {@code 。；：} stay
 * paragraphs of their own.
 */
public final class Paragraphs {

    /** A numbering that starts an item: （一）, (一), 一、, 1、, 1., - . */
    public static final Pattern NUMBERING = Pattern.compile(
            "^([（(]\\s*[一二三四五六七八九十\\d]+\\s*[)）]|[一二三四五六七八九十]+、|\\d+\\s*[、.．](?!\\d)|-\\s)");
    private static final String SENTENCE_END = "。；;：:！？!?）)”\"》";
    /** A line opening with a short label and a colon ({@code 预算安排规模：}) starts a new paragraph. */
    private static final Pattern LABEL = Pattern.compile("^[^，,。：:\\s]{2,8}[：:]");
    private static final int WRAPPED_LENGTH = 40;

    /**
     * A paragraph and the line it starts on.
     *
     * @param line the 1-based line of its first line
     * @param text the paragraph
     */
    public record Paragraph(int line, String text) {
    }

    private Paragraphs() {
    }

    /**
     * Joins lines into paragraphs; blank lines are skipped.
     *
     * @param lines the lines, in order
     * @return the paragraphs
     */
    public static List<Paragraph> of(List<TextLine> lines) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        boolean open = false;
        for (TextLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String text = line.text().replace('\t', ' ').strip();
            if (current != null && open && !NUMBERING.matcher(text).find() && !LABEL.matcher(text).find()) {
                current.append(text);
            } else {
                if (current != null) {
                    out.add(new Paragraph(start, current.toString()));
                }
                current = new StringBuilder(text);
                start = line.number();
            }
            String now = current.toString();
            open = text.codePointCount(0, text.length()) >= WRAPPED_LENGTH
                    && SENTENCE_END.indexOf(now.charAt(now.length() - 1)) < 0;
        }
        if (current != null) {
            out.add(new Paragraph(start, current.toString()));
        }
        return out;
    }
}
