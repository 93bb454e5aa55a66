package org.yusuan.io.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The order in which the fields of one kind of object (a row, an amounts object, a performance indicator…) were last
 * read: a prediction of the next field's name, so that the reader can ask Jackson whether the next name is that one
 * ({@link JsonParser#nextFieldName(SerializableString)} compares the bytes where they are) instead of having each name
 * parsed and looked up. Documents written by {@link DisclosureJsonWriter} repeat the same order in every row; any
 * other order is read just as correctly, a wrong prediction costing one failed comparison.
 *
 * <p>Shared by all readers and threads: a prediction is only a hint, so racing updates are harmless, and only names
 * the reader knew (the format's own, a bounded set) are ever recorded. The array is read and written without
 * synchronization: each name in it is held by a final field, its encodings computed before, so any thread that sees
 * the holder sees them whole (JLS 17.5).
 */
final class FieldOrder {

    /** The most fields predicted per object; the format's largest object has fewer. */
    private static final int MAX_FIELDS = 24;

    private static final ConcurrentMap<String, FieldOrder> BY_KIND = new ConcurrentHashMap<>();

    /** Each name recorded, encoded once. */
    private static final ConcurrentMap<String, Encoded> NAMES = new ConcurrentHashMap<>();

    private final Encoded[] names = new Encoded[MAX_FIELDS];

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
        Encoded name = index < MAX_FIELDS ? names[index] : null;
        return name == null ? null : name.name;
    }

    /**
     * Records the name a field had, for the next object of this kind.
     *
     * @param index the field's position in its object, from 0
     * @param name a name of the format the reader knew, not null
     */
    void record(int index, String name) {
        if (index < MAX_FIELDS) {
            Encoded encoded = NAMES.get(name);
            if (encoded == null) {
                encoded = NAMES.computeIfAbsent(name, Encoded::new);
            }
            names[index] = encoded;
        }
    }

    /** A name with every encoding Jackson compares computed, held by a final field. */
    private static final class Encoded {
        private final SerializableString name;

        Encoded(String name) {
            SerializedString encoded = new SerializedString(name);
            encoded.asQuotedUTF8(); // what the byte parser compares
            encoded.asQuotedChars(); // what the text parser compares
            this.name = encoded;
        }
    }
}
