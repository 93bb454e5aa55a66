package org.yusuan.io.csv.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yusuan.io.ReadException;

/**
 * The key/value fields read back, each with the line and column it came from; typed getters turn a field into a
 * value or a {@link ReadException} naming the field, line and expected form, and {@link #finish()} refuses every
 * field nobody asked for, so that nothing is silently dropped.
 */
public final class FieldSource {

    /**
     * One field as read.
     *
     * @param key the dotted path
     * @param cell the raw cell
     * @param line its line
     * @param column its column
     */
    public record Located(String key, String cell, long line, long column) {
    }

    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("[1-9][0-9]{0,5}");

    private final String source;
    private final Map<String, Located> fields = new LinkedHashMap<>();
    // The same fields by key, so that the keys below a path are found without scanning every field: a disclosure
    // has thousands of fields and lists are counted once per sheet, row and indicator.
    private final NavigableMap<String, Located> byKey = new TreeMap<>();
    private final Set<String> used = new HashSet<>();

    /**
     * An empty set of fields.
     *
     * @param source the file for errors
     */
    public FieldSource(String source) {
        this.source = source;
    }

    /**
     * Adds a field.
     *
     * @param field the field
     * @throws ReadException if the key was already given
     */
    public void add(Located field) {
        if (field.key().isEmpty()) {
            throw ReadException.builder(source, "a field without a key").line(field.line())
                    .expected("a key such as entity_name or narrative.1.title").build();
        }
        Located previous = fields.putIfAbsent(field.key(), field);
        if (previous == null) {
            byKey.put(field.key(), field);
        }
        if (previous != null) {
            throw ReadException.builder(source, "the field is given twice (first on line " + previous.line() + ")")
                    .line(field.line()).field(field.key()).expected("each key once").build();
        }
    }

    /**
     * Whether an optional group is present: its own key or any key below it.
     *
     * @param path the group's path
     * @return true when present
     */
    public boolean has(String path) {
        if (fields.containsKey(path)) {
            Located marker = fields.get(path);
            if (!marker.cell().isEmpty()) {
                throw error(marker, "a group marker has a value \"" + Cells.abbreviate(marker.cell()) + "\"",
                        "a blank value");
            }
            used.add(path);
            return true;
        }
        String prefix = path + ".";
        String first = byKey.ceilingKey(prefix);
        return first != null && first.startsWith(prefix);
    }

    /**
     * The number of items of a list: keys {@code path.1…}, {@code path.2…} and so on, without gaps.
     *
     * @param path the list's path
     * @return the number of items
     * @throws ReadException if a number is skipped
     */
    public int count(String path) {
        String prefix = path + ".";
        TreeSet<Integer> indexes = new TreeSet<>();
        Map<Integer, Located> firstOf = new LinkedHashMap<>();
        for (Located field : byKey.tailMap(prefix, true).values()) {
            if (!field.key().startsWith(prefix)) {
                break;
            }
            String rest = field.key().substring(prefix.length());
            int dot = rest.indexOf('.');
            String number = dot < 0 ? rest : rest.substring(0, dot);
            if (INDEX.matcher(number).matches()) {
                int index = Integer.parseInt(number);
                indexes.add(index);
                // The item's first field in the file, as errors name it: the earliest line and column.
                firstOf.merge(index, field, FieldSource::earlier);
            }
        }
        int expected = 1;
        for (int index : indexes) {
            if (index != expected) {
                throw error(firstOf.get(index), "item " + index + " of " + path + " without item " + expected,
                        "items numbered 1, 2, 3 … without gaps");
            }
            expected++;
        }
        return indexes.size();
    }

    private static Located earlier(Located a, Located b) {
        if (a.line() != b.line()) {
            return a.line() < b.line() ? a : b;
        }
        return a.column() <= b.column() ? a : b;
    }

    private Optional<Located> take(String key) {
        Located field = fields.get(key);
        if (field == null) {
            return Optional.empty();
        }
        used.add(key);
        return Optional.of(field);
    }

    private Located require(String key, String expected) {
        return take(key).orElseThrow(() -> ReadException.builder(source, "the field is missing")
                .field(key).expected(expected).build());
    }

    private <T> T convert(Located field, Function<String, T> parse, String expected) {
        try {
            return parse.apply(field.cell());
        } catch (IllegalArgumentException e) {
            throw error(field, e.getMessage(), expected);
        }
    }

    private ReadException error(Located field, String problem, String expected) {
        return ReadException.builder(source, problem).line(field.line()).column(field.column()).field(field.key())
                .expected(expected).build();
    }

    /**
     * A required text.
     *
     * @param key the path
     * @return the text
     */
    public String text(String key) {
        return Cells.readText(require(key, "a text").cell()).orElse("");
    }

    /**
     * An optional text.
     *
     * @param key the path
     * @return the text, or empty when the field is absent
     */
    public Optional<String> optText(String key) {
        return take(key).map(f -> Cells.readText(f.cell()).orElse(""));
    }

    /**
     * A required decimal.
     *
     * @param key the path
     * @return the decimal
     */
    public BigDecimal decimal(String key) {
        return convert(require(key, Cells.DECIMAL_FORM), Cells::parseDecimal, Cells.DECIMAL_FORM);
    }

    /**
     * An optional decimal.
     *
     * @param key the path
     * @return the decimal, or empty when absent
     */
    public Optional<BigDecimal> optDecimal(String key) {
        return take(key).map(f -> convert(f, Cells::parseDecimal, Cells.DECIMAL_FORM));
    }

    /**
     * A required whole number.
     *
     * @param key the path
     * @return the number
     */
    public int integer(String key) {
        return convert(require(key, "a whole number"), Cells::parseInt, "a whole number such as 45");
    }

    /**
     * An optional whole number.
     *
     * @param key the path
     * @return the number, or empty when absent
     */
    public Optional<Integer> optInteger(String key) {
        return take(key).map(f -> convert(f, Cells::parseInt, "a whole number such as 45"));
    }

    /**
     * A required flag.
     *
     * @param key the path
     * @return the flag
     */
    public boolean bool(String key) {
        return convert(require(key, "true or false"), Cells::parseBoolean, "true or false");
    }

    /**
     * A required enum constant, by name.
     *
     * @param key the path
     * @param type the enum
     * @param <E> the enum
     * @return the constant
     */
    public <E extends Enum<E>> E constant(String key, Class<E> type) {
        return constant(require(key, names(type)), type);
    }

    /**
     * An optional enum constant, by name.
     *
     * @param key the path
     * @param type the enum
     * @param <E> the enum
     * @return the constant, or empty when absent
     */
    public <E extends Enum<E>> Optional<E> optConstant(String key, Class<E> type) {
        return take(key).map(f -> constant(f, type));
    }

    private <E extends Enum<E>> E constant(Located field, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(field.cell())) {
                return constant;
            }
        }
        throw error(field, "unknown value \"" + Cells.abbreviate(field.cell()) + "\"", names(type));
    }

    private static String names(Class<? extends Enum<?>> type) {
        return "one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * An optional ISO date.
     *
     * @param key the path
     * @return the date, or empty when absent
     */
    public Optional<LocalDate> optDate(String key) {
        return take(key).map(f -> convert(f, Cells::parseDate, "a date such as 2024-02-01"));
    }

    /**
     * Refuses any field that no getter asked for.
     *
     * @throws ReadException naming the first unknown field
     */
    public void finish() {
        for (Located field : fields.values()) {
            if (!used.contains(field.key())) {
                throw error(field, "unknown field (or a field of a group that cannot have it)",
                        "the keys documented in docs/csv-format.md");
            }
        }
    }

    /**
     * Converts a failure of model construction into a read error at a field.
     *
     * @param key the path of the group that could not be built
     * @param e the failure
     * @return the error
     */
    public ReadException invalid(String key, RuntimeException e) {
        Located field = fields.get(key);
        ReadException.Builder b = ReadException.builder(source, "cannot build " + key + ": " + e.getMessage())
                .field(key).expected("values the model accepts").cause(e);
        if (field != null) {
            b.line(field.line()).column(field.column());
        }
        return b.build();
    }
}
