package org.yusuan.io.text.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the parts of a disclosure outside its tables by their headings, ignoring the table of contents (its entries
 * are list items, {@code - 一、主要职能}, or come before the part they name is printed).
 */
public final class DocumentSections {

    private DocumentSections() {
    }

    /**
     * The index of the first line at or after {@code from} (and before {@code to}) whose normalised text matches.
     *
     * @param lines the lines
     * @param pattern the heading pattern, matched with {@code find()} on the folded text
     * @param from the first index to look at
     * @param to the index to stop before
     * @return the index, or -1
     */
    public static int find(List<TextLine> lines, Pattern pattern, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
            if (pattern.matcher(lines.get(i).folded()).find()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The last index of a heading before a limit: the printed part, not its entry in the table of contents.
     *
     * @param lines the lines
     * @param pattern the heading pattern
     * @param to the index to stop before
     * @return the index, or -1
     */
    public static int findLast(List<TextLine> lines, Pattern pattern, int to) {
        int found = -1;
        for (int i = 0; i < Math.min(to, lines.size()); i++) {
            if (pattern.matcher(lines.get(i).folded()).find()) {
                found = i;
            }
        }
        return found;
    }
}
