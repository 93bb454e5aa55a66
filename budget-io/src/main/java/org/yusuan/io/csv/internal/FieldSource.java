package org.yusuan.io.csv.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
    // The last group asked for by find(group, name) and its node: a group string is asked for many names in a row.
    private String group;
    private KeyIndex.Node<Slot> groupNode;

    /** A field, its position in the file order and whether it was asked for. */
    private static final class Slot {
        final Located field;
        final int position;
        final KeyIndex.Node<Slot> node;
        boolean used;

        Slot(Located field, int position, KeyIndex.Node<Slot> node) {
            this.field = field;
            this.position = position;
            this.node = node;
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
            Slot slot = new Slot(field, order.size(), node);
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
        return find(key, "");
    }

    /**
     * The field of the key group + name, found without building that string: the one after the last asked for
     * when it is that key, else looked up by a hash that continues the group's (computed once per group string).
     */
    private Slot find(String group, String name) {
        if (next < order.size()) {
            Slot candidate = order.get(next);
            String key = candidate.field.key();
            // A whole key (no name) is compared as a string (an intrinsic), not through the group cache.
            if (name.isEmpty() ? key.equals(group) : key.length() == group.length() + name.length()
                    && startsWith(candidate, group) && key.startsWith(name, group.length())) {
                return candidate;
            }
        }
        KeyIndex.Node<Slot> node = fields.get(group, name);
        return node == null ? null : node.value();
    }

    /**
     * Whether a field's key starts with the group: by node when the group ends before a dot of the key (its node
     * is then the key's prefix node of that length), so that the group's characters are compared once per group
     * string rather than once per field; else by characters.
     */
    private boolean startsWith(Slot candidate, String group) {
        if (group != this.group) {
            this.group = group;
            this.groupNode = fields.get(group);
        }
        KeyIndex.Node<Slot> prefix = candidate.node.parent();
        while (prefix != null && prefix.length() > group.length()) {
            prefix = prefix.parent();
        }
        if (prefix != null && prefix.length() == group.length()) {
            return prefix == groupNode;
        }
        return candidate.field.key().startsWith(group);
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
    private Located take(String group, String name) {
        Slot slot = find(group, name);
        if (slot == null) {
            return null;
        }
        slot.used = true;
        next = slot.position + 1;
        return slot.field;
    }

    private Located require(String group, String name, String expected) {
        Located field = take(group, name);
        if (field == null) {
            throw missing(group + name, expected);
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
        return text(key, "");
    }

    /**
     * A required text at the key group + name, without building it.
     *
     * @param group the key's start, such as {@code narrative.1}
     * @param name the rest of the key, such as {@code .title}
     * @return the text
     */
    public String text(String group, String name) {
        return Cells.readText(require(group, name, "a text").cell()).orElse("");
    }

    /**
     * An optional text.
     *
     * @param key the path
     * @return the text, or empty when the field is absent
     */
    public Optional<String> optText(String key) {
        return optText(key, "");
    }

    /**
     * An optional text at the key group + name, without building it.
     *
     * @param group the key's start, such as {@code narrative.1}
     * @param name the rest of the key, such as {@code .title}
     * @return the text, or empty when the field is absent
     */
    public Optional<String> optText(String group, String name) {
        return ifPresent(take(group, name), f -> Cells.readText(f.cell()).orElse(""));
    }

    /**
     * A required decimal.
     *
     * @param key the path
     * @return the decimal
     */
    public BigDecimal decimal(String key) {
        return decimal(key, "");
    }

    /**
     * A required decimal at the key group + name, without building it.
     *
     * @param group the key's start, such as {@code narrative.1}
     * @param name the rest of the key, such as {@code .title}
     * @return the decimal
     */
    public BigDecimal decimal(String group, String name) {
        return convert(require(group, name, Cells.DECIMAL_FORM), Cells::parseDecimal, Cells.DECIMAL_FORM);
    }

    /**
     * An optional decimal.
     *
     * @param key the path
     * @return the decimal, or empty when absent
     */
    public Optional<BigDecimal> optDecimal(String key) {
        return optDecimal(key, "");
    }

    /**
     * An optional decimal at the key group + name, without building it.
     *
     * @param group the key's start, such as {@code narrative.1}
     * @param name the rest of the key, such as {@code .title}
     * @return the decimal, or empty when absent
     */
    public Optional<BigDecimal> optDecimal(String group, String name) {
        return ifPresent(take(group, name), f -> convert(f, Cells::parseDecimal, Cells.DECIMAL_FORM));
    }

    /**
     * A required whole number.
     *
     * @param key the path
     * @return the number
     */
    public int integer(String key) {
        return integer(key, "");
    }

    /**
     * A required whole number at the key group + name, without building it.
     *
     * @param group the key's start, such as {@code narrative.1}
     * @param name the rest of the key, such as {@code .title}
     * @return the number
     */
    public int integer(String group, String name) {
        return convert(require(group, name, "a whole number"), Cells::parseInt, "a whole number such as 45");
    }

    /**
     * An optional whole number.
     *
     * @param key the path
     * @return the number, or empty when absent
     */
    public Optional<Integer> optInteger(String key) {
        return optInteger(key, "");
    }

    /**
     * An optional whole number at the key group + name, without building it.
     *
     * @param group the key's start, such as {@code narrative.1}
     * @param name the rest of the key, such as {@code .title}
     * @return the number, or empty when absent
     */
    public Optional<Integer> optInteger(String group, String name) {
        return ifPresent(take(group, name), f -> convert(f, Cells::parseInt, "a whole number such as 45"));
    }

    /**
     * A required flag.
     *
     * @param key the path
     * @return the flag
     */
    public boolean bool(String key) {
        return bool(key, "");
    }

    /**
     * A required flag at the key group + name, without building it.
     *
     * @param group the key's start, such as {@code narrative.1}
     * @param name the rest of the key, such as {@code .title}
     * @return the flag
     */
    public boolean bool(String group, String name) {
        return convert(require(group, name, "true or false"), Cells::parseBoolean, "true or false");
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
        return constant(key, "", type);
    }

    /**
     * A required enum constant, by name, at the key group + name, without building it.
     *
     * @param group the key's start
     * @param name the rest of the key
     * @param type the enum
     * @param <E> the enum
     * @return the constant
     */
    public <E extends Enum<E>> E constant(String group, String name, Class<E> type) {
        Located field = take(group, name);
        if (field == null) {
            // The accepted names are listed only when the field is missing, not built for every field read.
            throw missing(group + name, names(type));
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
        return optConstant(key, "", type);
    }

    /**
     * An optional enum constant, by name, at the key group + name, without building it.
     *
     * @param group the key's start
     * @param name the rest of the key
     * @param type the enum
     * @param <E> the enum
     * @return the constant, or empty when absent
     */
    public <E extends Enum<E>> Optional<E> optConstant(String group, String name, Class<E> type) {
        return ifPresent(take(group, name), f -> constant(f, type));
    }

    private <E extends Enum<E>> E constant(Located field, Class<E> type) {
        String cell = field.cell();
        for (Enum<?> constant : CONSTANTS.get(type)) {
            if (constant.name().equals(cell)) {
                return type.cast(constant);
            }
        }
        throw error(field, "unknown value \"" + Cells.abbreviate(field.cell()) + "\"", names(type));
    }

    /**
     * The constants of an enum, copied once per enum rather than by getEnumConstants() for every field; the
     * enums read here have a handful of constants, which are compared by name faster than a hash map finds one.
     */
    private static final ClassValue<Enum<?>[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Enum<?>[] computeValue(Class<?> type) {
            return (Enum<?>[]) type.getEnumConstants();
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
        return optDate(key, "");
    }

    /**
     * An optional ISO date at the key group + name, without building it.
     *
     * @param group the key's start, such as {@code narrative.1}
     * @param name the rest of the key, such as {@code .title}
     * @return the date, or empty when absent
     */
    public Optional<LocalDate> optDate(String group, String name) {
        return ifPresent(take(group, name), f -> convert(f, Cells::parseDate, "a date such as 2024-02-01"));
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
