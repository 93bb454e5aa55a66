package org.yusuan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yusuan.model.NarrativeSection;

/**
 * Reads 第三部分 情况说明: each section {@code 一、关于…} to {@code 十一、…} with its paragraphs, one per line (lines the
 * PDF broke are joined, see {@link Paragraphs}). Section 十二 其他重要事项 is read by {@link OtherMattersReader}.
 */
public final class NarrativeReader {

    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern OTHER_MATTERS = Pattern.compile("^[一二三四五六七八九十]+、其他重要事项");

    private NarrativeReader() {
    }

    /**
     * Reads the sections.
     *
     * @param lines all lines
     * @param from the index of the first line after the tables
     * @param to the index to stop before (section 十二, 第四部分 or the end)
     * @return the sections in printed order
     */
    public static List<NarrativeSection> read(List<TextLine> lines, int from, int to) {
        List<NarrativeSection> sections = new ArrayList<>();
        String title = null;
        List<TextLine> body = new ArrayList<>();
        for (int i = from; i < to; i++) {
            TextLine line = lines.get(i);
            if (SECTION.matcher(line.folded()).find() && line.folded().contains("关于")) {
                add(sections, title, body);
                title = line.text();
                body = new ArrayList<>();
            } else if (title != null) {
                body.add(line);
            }
        }
        add(sections, title, body);
        return sections;
    }

    /**
     * Where section 十二 (other matters) starts.
     *
     * @param lines all lines
     * @param from where to look from
     * @return its index, or -1
     */
    public static int otherMattersStart(List<TextLine> lines, int from) {
        return DocumentSections.find(lines, OTHER_MATTERS, from, lines.size());
    }

    private static void add(List<NarrativeSection> sections, String title, List<TextLine> body) {
        if (title == null) {
            return;
        }
        List<String> paragraphs = new ArrayList<>();
        for (Paragraphs.Paragraph p : Paragraphs.of(body)) {
            paragraphs.add(p.text());
        }
        sections.add(NarrativeSection.builder().title(title).text(String.join("\n", paragraphs)).build());
    }
}
