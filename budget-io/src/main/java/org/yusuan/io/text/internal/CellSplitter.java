package org.yusuan.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a normalised line into cells. A line with tabs is split at every tab, so blank cells keep their place and
 * the column structure is known. A line without tabs is split at runs of two or more spaces; its blank cells are lost
 * and the readers work out the columns (see {@link AmountColumns}).
 */
public final class CellSplitter {

    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");

    private CellSplitter() {
    }

    /**
     * Splits and numbers one printed line.
     *
     * @param number the 1-based line number
     * @param raw the printed line, not null
     * @return the line, never null
     */
    public static TextLine line(int number, String raw) {
        String normalized = LineNormalizer.normalize(raw);
        boolean tabbed = normalized.indexOf('\t') >= 0;
        List<String> cells = new ArrayList<>();
        if (tabbed) {
            for (String cell : normalized.split("\t", -1)) {
                cells.add(cell.strip());
            }
        } else if (!normalized.isBlank()) {
            for (String cell : SPACE_RUN.split(normalized.strip())) {
                cells.add(cell.strip());
            }
        }
        String text = normalized.isBlank() ? "" : normalized.strip();
        return new TextLine(number, raw, text, List.copyOf(cells), tabbed);
    }

    /**
     * Splits a whole text into lines (any line break: LF, CRLF, CR).
     *
     * @param text the text, not null
     * @return the lines, numbered from 1
     */
    public static List<TextLine> lines(String text) {
        String[] raw = text.split("\r\n|\r|\n", -1);
        List<TextLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(line(i + 1, raw[i]));
        }
        return lines;
    }
}
