package org.yusuan.io.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The order in which the fields of one kind of object (a row, an amounts object, a performance indicator…) were last
 * read: a prediction of the next field's name, so that the reader can ask Jackson whether the next name is that one
 * ({@link JsonParser#nextFieldName(SerializableString)} compares the bytes where they are) instead of having each name
 * parsed and looked up. Documents written by {@link DisclosureJsonWriter} repeat the same order in every row; any
 * other order is read just as correctly, a wrong prediction costing one failed comparison.
 *
 * <p>Shared by all readers and threads: a prediction is only a hint, so racing updates are harmless, and only names
 * the reader knew (the format's own, a bounded set) are ever recorded.
 */
final class FieldOrder {

    /** The most fields predicted per object; the format's largest object has fewer. */
    private static final int MAX_FIELDS = 24;

    private static final ConcurrentMap<String, FieldOrder> BY_KIND = new ConcurrentHashMap<>();

    /** Each name recorded, encoded once; its quoted UTF-8 bytes computed before it is shared. */
    private static final ConcurrentMap<String, SerializableString> NAMES = new ConcurrentHashMap<>();

    private final AtomicReferenceArray<SerializableString> names = new AtomicReferenceArray<>(MAX_FIELDS);

    private FieldOrder() {
    }

    /**
     * The order of one kind of object.
     *
     * @param kind what the reader calls the object in its messages: a constant, one per kind
     * @return the order, never null
     */
    static FieldOrder of(String kind) {
        FieldOrder order = BY_KIND.get(kind);
        return order != null ? order : BY_KIND.computeIfAbsent(kind, k -> new FieldOrder());
    }

    /**
     * The predicted name of a field.
     *
     * @param index the field's position in its object, from 0
     * @return the name, or null when there is no prediction
     */
    SerializableString at(int index) {
        return index < MAX_FIELDS ? names.getAcquire(index) : null;
    }

    /**
     * Records the name a field had, for the next object of this kind.
     *
     * @param index the field's position in its object, from 0
     * @param name a name of the format the reader knew, not null
     */
    void record(int index, String name) {
        if (index < MAX_FIELDS) {
            SerializableString encoded = NAMES.get(name);
            if (encoded == null) {
                SerializedString created = new SerializedString(name);
                created.asQuotedUTF8();
                encoded = NAMES.computeIfAbsent(name, n -> created);
            }
            names.setRelease(index, encoded);
        }
    }
}
