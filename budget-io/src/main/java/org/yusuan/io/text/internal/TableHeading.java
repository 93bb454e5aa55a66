package org.yusuan.io.text.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yusuan.model.table.TableKind;

/**
 * Recognises the heading of a table: its number in any spelling ({@code 表 1}, {@code 表1}, {@code 表 3:},
 * {@code 表 10 财政拨款“三公”经费支出情况表}) or its title alone ({@code 部门收支总体情况表}, {@code 单位支出总体情况表},
 * titles printed with stray spaces). A list entry of a table of contents ({@code 一、部门收支总体情况表}) is not a
 * heading.
 */
public final class TableHeading {

    /**
     * A heading found on a line.
     *
     * @param number the printed table number, or 0 when only the title was printed
     * @param kind the table the title names, if a title was printed
     */
    public record Found(int number, Optional<TableKind> kind) {

        /**
         * The table meant: by title when printed, else by number.
         *
         * @return the table, or empty for a number outside 1 to 11 without title
         */
        public Optional<TableKind> table() {
            if (kind.isPresent()) {
                return kind;
            }
            return number >= 1 && number <= 11 ? Optional.of(TableKind.ofNumber(number)) : Optional.empty();
        }
    }

    private static final Pattern NUMBERED = Pattern.compile("^表\\s*(\\d{1,2})\\s*[:：.、]?\\s*(.*)$");

    private TableHeading() {
    }

    /**
     * Reads a heading from a line.
     *
     * @param line the line
     * @return the heading, or empty when the line is none
     */
    public static Optional<Found> of(TextLine line) {
        String text = line.folded();
        if (text.isEmpty() || text.length() > 40) {
            return Optional.empty();
        }
        Matcher numbered = NUMBERED.matcher(text);
        if (numbered.matches()) {
            int number = Integer.parseInt(numbered.group(1));
            String rest = numbered.group(2);
            Optional<TableKind> kind = rest.isEmpty() ? Optional.empty() : title(rest);
            if (!rest.isEmpty() && kind.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Found(number, kind));
        }
        return title(text).map(kind -> new Found(0, Optional.of(kind)));
    }

    /**
     * Reads a table title alone.
     *
     * @param folded a line without white space
     * @return the table it names, or empty
     */
    public static Optional<TableKind> title(String folded) {
        String text = folded.replaceFirst("^(\\d{4}年)?", "");
        if (!text.endsWith("表")) {
            return Optional.empty();
        }
        try {
            return Optional.of(TableKind.ofLabel(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
