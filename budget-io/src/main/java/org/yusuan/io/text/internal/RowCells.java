package org.yusuan.io.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a table row sorted into its parts: the code cells (类/款/项 or 类/款), the text cells (name, and the
 * project name in 表7) and the amount cells. When the line kept its column structure (tabs) the amount cells keep
 * their places, blank cells included, and {@link #positional()} is true; otherwise only the printed amounts are known,
 * in order.
 *
 * @param line the line
 * @param codes the code cells (blank cells included when tabbed)
 * @param texts the text cells, in order (a blank text cell is an empty string when tabbed)
 * @param amounts the amount cells
 * @param positional whether amounts.get(i) is the i-th amount column
 */
public record RowCells(TextLine line, List<String> codes, List<String> texts, List<String> amounts,
        boolean positional) {

    /**
     * Sorts a line's cells.
     *
     * @param line the line
     * @param codeColumns how many code columns the table has (0 when none)
     * @param textColumns how many text columns follow the codes
     * @param amountColumns how many amount columns the table has
     * @return the row cells, or null when a cell after the texts is not an amount
     */
    public static RowCells of(TextLine line, int codeColumns, int textColumns, int amountColumns) {
        return line.tabbed() ? tabbed(line, codeColumns, textColumns, amountColumns)
                : spaced(line, codeColumns, amountColumns);
    }

    /**
     * The non-blank text joined: the row's name (and project name) as printed.
     *
     * @return the first non-blank text cell, or empty
     */
    public String name() {
        for (String t : texts) {
            if (!t.isBlank()) {
                return t;
            }
        }
        return "";
    }

    /**
     * Whether the row has any code digit.
     *
     * @return true when a code cell is not blank
     */
    public boolean hasCode() {
        return codes.stream().anyMatch(c -> !c.isBlank());
    }

    /**
     * The printed amounts, blank cells left out.
     *
     * @return the non-blank amount cells
     */
    public List<String> printedAmounts() {
        return amounts.stream().filter(a -> !a.isBlank()).toList();
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,7}");
    private static final java.util.regex.Pattern SPLIT_CODE = java.util.regex.Pattern.compile("\\d{3}([ -]\\d{1,2}){1,2}");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");

    private static boolean isCodePart(String cell) {
        return cell.isEmpty() || DIGITS.matcher(cell).matches() || SPLIT_CODE.matcher(cell).matches();
    }

    private static RowCells tabbed(TextLine line, int codeColumns, int textColumns, int amountColumns) {
        List<String> cells = line.cells();
        int i = 0;
        List<String> codes = new ArrayList<>();
        while (i < cells.size() && codes.size() < codeColumns + 1 && isCodePart(cells.get(i))
                && !(codes.size() >= codeColumns && (cells.get(i).isEmpty() || !followedByText(cells, i + 1)))) {
            codes.add(cells.get(i));
            i++;
        }
        if (codes.size() > codeColumns && codes.get(codes.size() - 1).isEmpty()) {
            codes.remove(codes.size() - 1);
            i--;
        }
        if (codeColumns > 0 && codes.size() == codeColumns && i + 1 < cells.size() && cells.get(i).isEmpty()
                && !cells.get(i + 1).isEmpty() && !Amounts.isAmount(cells.get(i + 1))) {
            codes.add("");
            i++;
        }
        List<String> texts = new ArrayList<>();
        while (i < cells.size() && texts.size() < textColumns) {
            String c = cells.get(i);
            if (!c.isEmpty() && Amounts.isAmount(c) && texts.stream().allMatch(String::isEmpty)
                    && remainingFit(cells, i, amountColumns)) {
                break;
            }
            if (!c.isEmpty() && (Amounts.isDecimal(c) || Amounts.isAmount(c) && texts.stream().anyMatch(TotalsLabel::is))) {
                break;
            }
            texts.add(c);
            i++;
        }
        List<String> amounts = new ArrayList<>(cells.subList(i, cells.size()));
        while (amounts.size() > amountColumns && amounts.get(amounts.size() - 1).isEmpty()) {
            amounts.remove(amounts.size() - 1);
        }
        for (String a : amounts) {
            if (!a.isEmpty() && !Amounts.isAmount(a)) {
                return null;
            }
        }
        boolean positional = amounts.size() == amountColumns;
        return new RowCells(line, List.copyOf(codes), List.copyOf(texts), List.copyOf(amounts), positional);
    }

    private static boolean followedByText(List<String> cells, int from) {
        for (int j = from; j < cells.size(); j++) {
            String c = cells.get(j);
            if (c.isEmpty()) {
                continue;
            }
            return !Amounts.isAmount(c);
        }
        return false;
    }

    private static boolean remainingFit(List<String> cells, int from, int amountColumns) {
        int trailing = cells.size() - from;
        return trailing <= amountColumns + 1;
    }

    private static RowCells spaced(TextLine line, int codeColumns, int amountColumns) {
        List<String> tokens = new ArrayList<>();
        List<Boolean> cellStart = new ArrayList<>();
        for (String cell : line.cells()) {
            boolean first = true;
            for (String token : SPACES.split(cell)) {
                if (!token.isEmpty()) {
                    tokens.add(token);
                    cellStart.add(first);
                    first = false;
                }
            }
        }
        int start = 0;
        List<String> codes = new ArrayList<>();
        while (start < tokens.size() && codes.size() < codeColumns + 1 && DIGITS.matcher(tokens.get(start)).matches()
                && start + 1 < tokens.size() && !allAmounts(tokens, start + 1)) {
            codes.add(tokens.get(start));
            start++;
        }
        int end = tokens.size();
        while (end > start && Amounts.isAmount(tokens.get(end - 1))) {
            end--;
        }
        List<String> texts = new ArrayList<>();
        StringBuilder current = null;
        for (int j = start; j < end; j++) {
            if (current == null || cellStart.get(j)) {
                if (current != null) {
                    texts.add(current.toString());
                }
                current = new StringBuilder(tokens.get(j));
            } else {
                current.append(' ').append(tokens.get(j));
            }
        }
        if (current != null) {
            texts.add(current.toString());
        }
        List<String> amounts = List.copyOf(tokens.subList(end, tokens.size()));
        return new RowCells(line, List.copyOf(codes), List.copyOf(texts), amounts,
                amounts.size() == amountColumns && amountColumns > 0);
    }

    private static boolean allAmounts(List<String> tokens, int from) {
        for (int j = from; j < tokens.size(); j++) {
            if (!Amounts.isAmount(tokens.get(j))) {
                return false;
            }
        }
        return true;
    }
}
