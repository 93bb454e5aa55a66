package org.yusuan.io.csv.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * {@link FieldSource} as it was before its keys were indexed by prefix (a hash map and a sorted array of the keys),
 * kept unchanged as the oracle that {@code FieldSourceIndexProperties} compares the indexed one with.
 *
 * <p>The key/value fields read back, each with the line and column it came from; typed getters turn a field into a
 * value or a {@link ReadException} naming the field, line and expected form, and {@link #finish()} refuses every
 * field nobody asked for, so that nothing is silently dropped.
 */
final class FieldSourceReference {

    private final String source;
    // Each field with whether a getter asked for it, in file order (so that finish() names the first unknown one).
    private final Map<String, Slot> fields = new LinkedHashMap<>();
    // The keys sorted, so that the keys below a path are found by binary search without scanning every field: a
    // disclosure has thousands of fields and lists are counted once per sheet, row and indicator. Sorted once when
    // first searched (all fields are added before any is read), and again if a field is added after that.
    private String[] sorted;
    // The fields in file order, and the position after the last one asked for: readers ask for fields in the order
    // writers write them, so the next field is usually the one asked for and is found without hashing the key.
    private final List<Slot> order = new ArrayList<>();
    private int next;

    /** A field, its position in the file order and whether it was asked for. */
    private static final class Slot {
        final FieldSource.Located field;
        final int position;
        boolean used;

        Slot(FieldSource.Located field, int position) {
            this.field = field;
            this.position = position;
        }
    }

    /**
     * An empty set of fields.
     *
     * @param source the file for errors
     */
    FieldSourceReference(String source) {
        this.source = source;
    }

    /**
     * Adds a field.
     *
     * @param field the field
     * @throws ReadException if the key was already given
     */
    public void add(FieldSource.Located field) {
        if (field.key().isEmpty()) {
            throw ReadException.builder(source, "a field without a key").line(field.line())
                    .expected("a key such as entity_name or narrative.1.title").build();
        }
        Slot slot = new Slot(field, order.size());
        Slot previousSlot = fields.putIfAbsent(field.key(), slot);
        if (previousSlot == null) {
            sorted = null;
            order.add(slot);
        }
        if (previousSlot != null) {
            FieldSource.Located previous = previousSlot.field;
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
            FieldSource.Located marker = slot.field;
            if (!marker.cell().isEmpty()) {
                throw error(marker, "a group marker has a value \"" + Cells.abbreviate(marker.cell()) + "\"",
                        "a blank value");
            }
            slot.used = true;
            next = slot.position + 1;
            return true;
        }
        String prefix = path + ".";
        String[] keys = sorted();
        int first = ceiling(keys, prefix);
        return first < keys.length && keys[first].startsWith(prefix);
    }

    /** The field of a key: the one after the last asked for when it is that key, else looked up. */
    private Slot find(String key) {
        if (next < order.size()) {
            Slot candidate = order.get(next);
            if (candidate.field.key().equals(key)) {
                return candidate;
            }
        }
        return fields.get(key);
    }

    private String[] sorted() {
        if (sorted == null) {
            String[] keys = fields.keySet().toArray(new String[0]);
            Arrays.sort(keys);
            sorted = keys;
        }
        return sorted;
    }

    /** The position of the first key not less than the given one, or the length when there is none. */
    private static int ceiling(String[] keys, String key) {
        int i = Arrays.binarySearch(keys, key);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * The number of items of a list: keys {@code path.1…}, {@code path.2…} and so on, without gaps.
     *
     * @param path the list's path
     * @return the number of items
     * @throws ReadException if a number is skipped
     */
    public int count(String path) {
        // Visits one key per item: the keys of item n are prefix + n and prefix + n + "." + …, which sort before
        // prefix + n + "/" ('/' follows '.'), and any key between them has a number part that is not an index. The
        // items are numbered 1…n without gaps exactly when there are as many distinct numbers as the largest one;
        // otherwise the full scan below finds the gap and the item to name in the error.
        String prefix = path + ".";
        int distinct = 0;
        int largest = 0;
        String[] keys = sorted();
        int i = ceiling(keys, prefix);
        while (i < keys.length && keys[i].startsWith(prefix)) {
            String key = keys[i];
            int end = key.indexOf('.', prefix.length());
            if (end < 0) {
                end = key.length();
            }
            int index = index(key, prefix.length(), end);
            if (index > 0) {
                distinct++;
                largest = Math.max(largest, index);
                i = ceiling(keys, key.substring(0, end) + "/");
            } else {
                i++;
            }
        }
        return distinct == largest ? distinct : countScanning(path);
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
        String prefix = path + ".";
        TreeSet<Integer> indexes = new TreeSet<>();
        Map<Integer, FieldSource.Located> firstOf = new LinkedHashMap<>();
        String[] keys = sorted();
        for (int i = ceiling(keys, prefix); i < keys.length && keys[i].startsWith(prefix); i++) {
            FieldSource.Located field = fields.get(keys[i]).field;
            String rest = field.key().substring(prefix.length());
            int dot = rest.indexOf('.');
            String number = dot < 0 ? rest : rest.substring(0, dot);
            int index = index(number, 0, number.length());
            if (index > 0) {
                indexes.add(index);
                // The item's first field in the file, as errors name it: the earliest line and column.
                firstOf.merge(index, field, FieldSourceReference::earlier);
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

    private static FieldSource.Located earlier(FieldSource.Located a, FieldSource.Located b) {
        if (a.line() != b.line()) {
            return a.line() < b.line() ? a : b;
        }
        return a.column() <= b.column() ? a : b;
    }

    private Optional<FieldSource.Located> take(String key) {
        Slot slot = find(key);
        if (slot == null) {
            return Optional.empty();
        }
        slot.used = true;
        next = slot.position + 1;
        return Optional.of(slot.field);
    }

    private FieldSource.Located require(String key, String expected) {
        return take(key).orElseThrow(() -> missing(key, expected));
    }

    private ReadException missing(String key, String expected) {
        return ReadException.builder(source, "the field is missing").field(key).expected(expected).build();
    }

    private <T> T convert(FieldSource.Located field, Function<String, T> parse, String expected) {
        try {
            return parse.apply(field.cell());
        } catch (IllegalArgumentException e) {
            throw error(field, e.getMessage(), expected);
        }
    }

    private ReadException error(FieldSource.Located field, String problem, String expected) {
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
        Optional<FieldSource.Located> field = take(key);
        if (field.isEmpty()) {
            // The accepted names are listed only when the field is missing, not built for every field read.
            throw missing(key, names(type));
        }
        return constant(field.get(), type);
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

    private <E extends Enum<E>> E constant(FieldSource.Located field, Class<E> type) {
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
        return take(key).map(f -> convert(f, Cells::parseDate, "a date such as 2024-02-01"));
    }

    /**
     * Refuses any field that no getter asked for.
     *
     * @throws ReadException naming the first unknown field
     */
    public void finish() {
        for (Slot slot : fields.values()) {
            FieldSource.Located field = slot.field;
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
        Slot slot = fields.get(key);
        FieldSource.Located field = slot == null ? null : slot.field;
        ReadException.Builder b = ReadException.builder(source, "cannot build " + key + ": " + e.getMessage())
                .field(key).expected("values the model accepts").cause(e);
        if (field != null) {
            b.line(field.line()).column(field.column());
        }
        return b.build();
    }
}
