package org.yusuan.io.csv.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final String source;
    // Each field by its key, and every prefix of a key that ends before a dot with whether keys continue below it
    // and how many list items it has: a disclosure has thousands of fields, and groups are tested and lists counted
    // once per sheet, row and indicator, each by one look-up instead of a search of the sorted keys.
    private final KeyIndex<Slot> fields = new KeyIndex<>();
    // The fields in file order (so that finish() names the first unknown one), and the position after the last one asked for: readers ask for fields in the order
    // writers write them, so the next field is usually the one asked for and is found without hashing the key.
    private final List<Slot> order = new ArrayList<>();
    private int next;

    /** A field, its position in the file order and whether it was asked for. */
    private static final class Slot {
        final Located field;
        final int position;
        boolean used;

        Slot(Located field, int position) {
            this.field = field;
            this.position = position;
        }
    }

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
        KeyIndex.Node<Slot> node = fields.add(field.key());
        Slot previousSlot = node.value();
        if (previousSlot == null) {
            Slot slot = new Slot(field, order.size());
            node.value(slot);
            order.add(slot);
        }
        if (previousSlot != null) {
            Located previous = previousSlot.field;
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
        Slot slot = find(path);
        if (slot != null) {
            Located marker = slot.field;
            if (!marker.cell().isEmpty()) {
                throw error(marker, "a group marker has a value \"" + Cells.abbreviate(marker.cell()) + "\"",
                        "a blank value");
            }
            slot.used = true;
            next = slot.position + 1;
            return true;
        }
        KeyIndex.Node<Slot> node = fields.get(path);
        return node != null && node.hasChildren();
    }

    /** The field of a key: the one after the last asked for when it is that key, else looked up. */
    private Slot find(String key) {
        if (next < order.size()) {
            Slot candidate = order.get(next);
            if (candidate.field.key().equals(key)) {
                return candidate;
            }
        }
        return slot(key);
    }

    /** The field of a key by look-up, or null when there is none. */
    private Slot slot(String key) {
        KeyIndex.Node<Slot> node = fields.get(key);
        return node == null ? null : node.value();
    }

    /**
     * The number of items of a list: keys {@code path.1…}, {@code path.2…} and so on, without gaps.
     *
     * @param path the list's path
     * @return the number of items
     * @throws ReadException if a number is skipped
     */
    public int count(String path) {
        // The index counted the distinct item numbers below each path as the keys were added: the items are
        // numbered 1…n without gaps exactly when there are as many of them as the largest number; otherwise the
        // full scan below finds the gap and the item to name in the error.
        KeyIndex.Node<Slot> node = fields.get(path);
        if (node == null) {
            return 0;
        }
        return node.items() == node.largestItem() ? node.items() : countScanning(path);
    }

    /**
     * The number of a list item in a key: the characters from start to end when they are 1 to 6 digits without a
     * leading zero ({@code [1-9][0-9]{0,5}}).
     *
     * @param key the key
     * @param start the first character of the number part
     * @param end the character after it
     * @return the number, or 0 when they are not one
     */
    static int index(String key, int start, int end) {
        int length = end - start;
        if (length < 1 || length > 6 || key.charAt(start) == '0') {
            return 0;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** {@link #count(String)} by visiting every key below the path, which names the first field of a missing item. */
    private int countScanning(String path) {
        // Only on a gap, so it may scan every field; in key order, as the sorted keys were visited before.
        String prefix = path + ".";
        TreeSet<Integer> indexes = new TreeSet<>();
        Map<Integer, Located> firstOf = new LinkedHashMap<>();
        List<Located> below = new ArrayList<>();
        for (Slot slot : order) {
            if (slot.field.key().startsWith(prefix)) {
                below.add(slot.field);
            }
        }
        below.sort(Comparator.comparing(Located::key));
        for (Located field : below) {
            String rest = field.key().substring(prefix.length());
            int dot = rest.indexOf('.');
            String number = dot < 0 ? rest : rest.substring(0, dot);
            int index = index(number, 0, number.length());
            if (index > 0) {
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

    /** The field of a key, marked as asked for, or null when there is none (not an Optional: one per field read). */
    private Located take(String key) {
        Slot slot = find(key);
        if (slot == null) {
            return null;
        }
        slot.used = true;
        next = slot.position + 1;
        return slot.field;
    }

    private Located require(String key, String expected) {
        Located field = take(key);
        if (field == null) {
            throw missing(key, expected);
        }
        return field;
    }

    /** An optional field converted, as Optional.map would: empty when absent. */
    private static <T> Optional<T> ifPresent(Located field, Function<Located, T> convert) {
        return field == null ? Optional.empty() : Optional.ofNullable(convert.apply(field));
    }

    private ReadException missing(String key, String expected) {
        return ReadException.builder(source, "the field is missing").field(key).expected(expected).build();
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
        return ifPresent(take(key), f -> Cells.readText(f.cell()).orElse(""));
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
        return ifPresent(take(key), f -> convert(f, Cells::parseDecimal, Cells.DECIMAL_FORM));
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
        return ifPresent(take(key), f -> convert(f, Cells::parseInt, "a whole number such as 45"));
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
        Located field = take(key);
        if (field == null) {
            // The accepted names are listed only when the field is missing, not built for every field read.
            throw missing(key, names(type));
        }
        return constant(field, type);
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
        return ifPresent(take(key), f -> constant(f, type));
    }

    private <E extends Enum<E>> E constant(Located field, Class<E> type) {
        Enum<?> constant = CONSTANTS.get(type).get(field.cell());
        if (constant != null) {
            return type.cast(constant);
        }
        throw error(field, "unknown value \"" + Cells.abbreviate(field.cell()) + "\"", names(type));
    }

    /** The constants of an enum by name, built once per enum instead of searched for every field. */
    private static final ClassValue<Map<String, Enum<?>>> CONSTANTS = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), (Enum<?>) constant);
            }
            return Collections.unmodifiableMap(byName);
        }
    };

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
        return ifPresent(take(key), f -> convert(f, Cells::parseDate, "a date such as 2024-02-01"));
    }

    /**
     * Refuses any field that no getter asked for.
     *
     * @throws ReadException naming the first unknown field
     */
    public void finish() {
        for (Slot slot : order) {
            Located field = slot.field;
            if (!slot.used) {
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
        Slot slot = slot(key);
        Located field = slot == null ? null : slot.field;
        ReadException.Builder b = ReadException.builder(source, "cannot build " + key + ": " + e.getMessage())
                .field(key).expected("values the model accepts").cause(e);
        if (field != null) {
            b.line(field.line()).column(field.column());
        }
        return b.build();
    }
}
