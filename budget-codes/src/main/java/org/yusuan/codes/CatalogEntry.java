package org.yusuan.codes;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry (科目) of a classification catalog: a code, its official name, and where the entry comes from.
 * Immutable and thread-safe.
 *
 * @param <C> the code type
 */
public final class CatalogEntry<C extends ClassificationCode<C>> {

    private final C code;
    private final String name;
    private final Confidence confidence;
    private final String source;
    private final String note;

    private CatalogEntry(C code, String name, Confidence confidence, String source, String note) {
        this.code = Objects.requireNonNull(code, "code must not be null");
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.confidence = Objects.requireNonNull(confidence, "confidence must not be null");
        this.source = Objects.requireNonNull(source, "source must not be null");
        this.note = note == null || note.isBlank() ? null : note;
        if (name.isBlank()) {
            throw new IllegalArgumentException("the name of catalog entry " + code + " must not be blank");
        }
    }

    /**
     * Creates an entry.
     *
     * @param code the code, not null
     * @param name the official name as printed in the catalog, not blank
     * @param confidence how sure the data is of the entry, not null
     * @param source the provenance of the entry (for example {@code MOF-2024}), not null
     * @param note why an entry is uncertain, or any remark; null or blank for none
     * @param <C> the code type
     * @return the entry, never null
     * @throws NullPointerException if code, name, confidence or source is null
     * @throws IllegalArgumentException if the name is blank
     */
    public static <C extends ClassificationCode<C>> CatalogEntry<C> of(C code, String name, Confidence confidence,
            String source, String note) {
        return new CatalogEntry<>(code, name, confidence, source, note);
    }

    /**
     * The code.
     *
     * @return the code, never null
     */
    public C code() {
        return code;
    }

    /**
     * The official name, exactly as the catalog prints it: {@code 政府办公厅（室）及相关机构事务}.
     *
     * @return the name, never null or blank
     */
    public String name() {
        return name;
    }

    /**
     * How sure the catalog data is of this entry.
     *
     * @return the confidence, never null
     */
    public Confidence confidence() {
        return confidence;
    }

    /**
     * Where the entry comes from, as the data file states it (for example {@code MOF-2024}: 财政部《2024年政府收支分类科目》).
     *
     * @return the provenance, never null
     */
    public String source() {
        return source;
    }

    /**
     * A remark of the data file, such as why the entry is uncertain.
     *
     * @return the note, or empty
     */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CatalogEntry<?> entry && entry.code.equals(code) && entry.name.equals(name)
                && entry.confidence == confidence && entry.source.equals(source) && Objects.equals(entry.note, note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, confidence, source, note);
    }

    /**
     * The code and name, as documents print them: {@code 2010301 行政运行}.
     *
     * @return the code, a space and the name
     */
    @Override
    public String toString() {
        return code + " " + name;
    }
}
