package org.yusuan.io.text.internal;

import java.util.List;

/**
 * One line of a disclosure text after {@link LineNormalizer normalisation}: its number, the text as printed, the
 * normalised text and its cells.
 *
 * @param number the 1-based line number
 * @param raw the line as printed, without its line break
 * @param text the normalised line (markup removed, full-width digits and operators folded, NBSP as space), trimmed
 * @param cells the cells of the line as {@link CellSplitter} splits them, each trimmed
 * @param tabbed whether the line separates its cells by tabs (column positions known)
 */
public record TextLine(int number, String raw, String text, List<String> cells, boolean tabbed) {

    /**
     * Whether the line has nothing but white space and markup.
     *
     * @return true when blank
     */
    public boolean isBlank() {
        return text.isEmpty();
    }

    /**
     * The normalised text with every kind of white space removed, for matching labels printed with stray spaces
     * ({@code 合 计}).
     *
     * @return the folded text
     */
    public String folded() {
        return LineNormalizer.fold(text);
    }
}
