package org.yusuan.io.csv.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the key/value fields that carry the parts of a disclosure that are not tables, in writing order. Keys are
 * dotted paths ({@code overview.staffing.authorized_posts}, {@code narrative.2.title}); list items are numbered from
 * 1; an optional group that is present writes its own path as a key with a blank value. Values are formatted here:
 * text through {@link Cells#text(String)}, amounts in plain notation, enums by constant name.
 */
public final class FieldSink {

    /**
     * One field.
     *
     * @param key the dotted path
     * @param cell the formatted value
     */
    public record Entry(String key, String cell) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /**
     * The fields written so far.
     *
     * @return the fields in writing order
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Marks an optional group as present.
     *
     * @param key its path
     */
    public void marker(String key) {
        entries.add(new Entry(key, ""));
    }

    /**
     * A text that is present (even if empty).
     *
     * @param key the path
     * @param value the text
     */
    public void text(String key, String value) {
        entries.add(new Entry(key, Cells.text(value)));
    }

    /**
     * An optional text; nothing is written when absent.
     *
     * @param key the path
     * @param value the text
     */
    public void text(String key, Optional<String> value) {
        value.ifPresent(v -> text(key, v));
    }

    /**
     * An amount or other decimal.
     *
     * @param key the path
     * @param value the decimal
     */
    public void decimal(String key, BigDecimal value) {
        entries.add(new Entry(key, Cells.decimal(value)));
    }

    /**
     * An optional decimal; nothing is written when absent.
     *
     * @param key the path
     * @param value the decimal
     */
    public void decimal(String key, Optional<BigDecimal> value) {
        value.ifPresent(v -> decimal(key, v));
    }

    /**
     * A whole number.
     *
     * @param key the path
     * @param value the number
     */
    public void integer(String key, int value) {
        entries.add(new Entry(key, Integer.toString(value)));
    }

    /**
     * An optional whole number; nothing is written when absent.
     *
     * @param key the path
     * @param value the number
     */
    public void integer(String key, Optional<Integer> value) {
        value.ifPresent(v -> integer(key, v));
    }

    /**
     * A flag, {@code true} or {@code false}.
     *
     * @param key the path
     * @param value the flag
     */
    public void bool(String key, boolean value) {
        entries.add(new Entry(key, Boolean.toString(value)));
    }

    /**
     * An enum constant, by name.
     *
     * @param key the path
     * @param value the constant
     */
    public void constant(String key, Enum<?> value) {
        entries.add(new Entry(key, value.name()));
    }

    /**
     * An optional enum constant; nothing is written when absent.
     *
     * @param key the path
     * @param value the constant
     */
    public void constant(String key, Optional<? extends Enum<?>> value) {
        value.ifPresent(v -> constant(key, v));
    }

    /**
     * An optional ISO date; nothing is written when absent.
     *
     * @param key the path
     * @param value the date
     */
    public void date(String key, Optional<LocalDate> value) {
        value.ifPresent(v -> entries.add(new Entry(key, v.toString())));
    }
}
