package org.yusuan.io.csv.internal;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yusuan.io.ReadException;

/**
 * The header row of a CSV file matched against the columns a shape expects: every expected column once, in any
 * order, under its Chinese or English name; an unknown, repeated or missing column is an error naming it.
 *
 * @param <K> what identifies a column
 */
public final class Header<K> {

    private final Map<K, Integer> indexes;
    private final int width;

    private Header(Map<K, Integer> indexes, int width) {
        this.indexes = indexes;
        this.width = width;
    }

    /**
     * Matches a header row.
     *
     * @param record the header row
     * @param names every accepted name of each expected column
     * @param source the file for errors
     * @param table the table for errors, or null
     * @param <K> the column key
     * @return the header
     * @throws ReadException on an unknown, repeated or missing column
     */
    public static <K> Header<K> match(CsvRecord record, Map<K, List<String>> names, String source, String table) {
        Map<String, K> byName = new HashMap<>();
        names.forEach((key, aliases) -> aliases.forEach(alias -> byName.put(alias, key)));
        Map<K, Integer> indexes = new LinkedHashMap<>();
        List<String> fields = record.getFields();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i);
            K key = byName.get(name);
            if (key == null) {
                throw ReadException.builder(source, "unknown column \"" + Cells.abbreviate(name) + "\" in the header")
                        .line(record.getStartingLineNumber()).column(i + 1).table(table).field(name)
                        .expected("one of the columns " + expectedNames(names)).build();
            }
            Integer previous = indexes.put(key, i);
            if (previous != null) {
                throw ReadException.builder(source, "column \"" + name + "\" appears twice in the header (columns "
                                + (previous + 1) + " and " + (i + 1) + ")")
                        .line(record.getStartingLineNumber()).column(i + 1).table(table).field(name)
                        .expected("each column once: " + expectedNames(names)).build();
            }
        }
        for (Map.Entry<K, List<String>> expected : names.entrySet()) {
            if (!indexes.containsKey(expected.getKey())) {
                throw ReadException.builder(source, "the header has no column \"" + expected.getValue().get(0) + "\"")
                        .line(record.getStartingLineNumber()).table(table).field(expected.getValue().get(0))
                        .expected("the columns " + expectedNames(names)).build();
            }
        }
        return new Header<>(indexes, fields.size());
    }

    private static <K> String expectedNames(Map<K, List<String>> names) {
        List<String> first = new ArrayList<>();
        names.values().forEach(aliases -> first.add(aliases.get(0)));
        return String.join(",", first);
    }

    /**
     * The number of columns of the header.
     *
     * @return the width
     */
    public int width() {
        return width;
    }

    /**
     * The 0-based position of a column.
     *
     * @param key the column
     * @return its index
     */
    public int index(K key) {
        return indexes.get(key);
    }

    /**
     * A cell of a data row.
     *
     * @param record the row, already checked to be as wide as the header
     * @param key the column
     * @return the cell
     */
    public String cell(CsvRecord record, K key) {
        return record.getField(indexes.get(key));
    }

    /**
     * Refuses a data row whose number of fields differs from the header's.
     *
     * @param record the row
     * @param source the file for errors
     * @param table the table for errors, or null
     * @throws ReadException if the row has missing or extra fields
     */
    public void checkWidth(CsvRecord record, String source, String table) {
        int count = record.getFieldCount();
        if (count < width) {
            throw ReadException.builder(source, "the row has " + count + " fields but the header has " + width
                            + ": missing columns from column " + (count + 1))
                    .line(record.getStartingLineNumber()).column(count + 1).table(table)
                    .expected(width + " fields per row, as many as the header").build();
        }
        if (count > width) {
            throw ReadException.builder(source, "the row has " + count + " fields but the header has " + width
                            + ": extra field \"" + Cells.abbreviate(record.getField(width)) + "\"")
                    .line(record.getStartingLineNumber()).column(width + 1).table(table)
                    .expected(width + " fields per row, as many as the header").build();
        }
    }
}
