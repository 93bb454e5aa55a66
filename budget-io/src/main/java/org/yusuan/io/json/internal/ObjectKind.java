package org.yusuan.io.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One kind of JSON object of the format (a disclosure, a row of 表5, an amounts object, a performance indicator…), as
 * the reader knows it: what messages call it, the fields it requires, and what reading objects of the kind has
 * learned so far.
 *
 * <ul>
 *   <li>Each field name the reader has read as one of the kind's is a {@link Field} with a bit of its own, so that an
 *       object's names can be kept as one {@code long}: a field given twice, or a required one missing, is one test of
 *       a bit. Only names the reader knew are learned, a bounded set (the format's largest object has two dozen).
 *   <li>The order of the fields of the last object of the kind predicts each name, so that the reader can ask Jackson
 *       whether the next name is that one ({@link JsonParser#nextFieldName(SerializableString)} compares the bytes
 *       where they are) instead of having each name parsed and looked up. Documents written by
 *       {@link DisclosureJsonWriter} repeat the same order in every row; any other order is read just as correctly,
 *       a wrong prediction costing one failed comparison.
 * </ul>
 *
 * <p>Kinds are constants shared by all readers and threads. A field is learned once, under the kind's lock, and then
 * never changes; a prediction is only a hint, so racing updates of the order are harmless. The order is read and
 * written without synchronization: every field in it is immutable, its encodings computed before, so any thread that
 * sees it sees it whole (JLS 17.5).
 */
final class ObjectKind {

    /** The most fields a kind may have: one bit each in a {@code long}. */
    static final int MAX_FIELDS = Long.SIZE;

    private final String what;
    private final String[] required;
    private final ConcurrentMap<String, Field> fields = new ConcurrentHashMap<>();
    private final Field[] order = new Field[MAX_FIELDS];
    /** The bits of all required fields once each has been learned, else 0. */
    private volatile long requiredBits;

    private ObjectKind(String what, String[] required) {
        this.what = what;
        this.required = required.clone();
    }

    /**
     * A kind of object.
     *
     * @param what what messages call an object of the kind, such as "a performance indicator (绩效指标)"
     * @param required the names of the fields an object of the kind must have
     * @return the kind, never null
     */
    static ObjectKind of(String what, String... required) {
        return new ObjectKind(what, required);
    }

    /**
     * What messages call an object of the kind.
     *
     * @return the description, never null
     */
    String what() {
        return what;
    }

    /** A field name of a kind, learned: its bit, and its encodings for Jackson. */
    static final class Field {
        private final String name;
        private final SerializableString encoded;
        private final long bit;

        private Field(String name, long bit) {
            SerializedString encoded = new SerializedString(name);
            encoded.asQuotedUTF8(); // what the byte parser compares
            encoded.asQuotedChars(); // what the text parser compares
            this.name = name;
            this.encoded = encoded;
            this.bit = bit;
        }

        /** The name. */
        String name() {
            return name;
        }

        /** The name, with every encoding Jackson compares computed. */
        SerializableString encoded() {
            return encoded;
        }

        /** The field's bit, distinct from every other field of its kind. */
        long bit() {
            return bit;
        }
    }

    /**
     * The field predicted at a position: the one the last object of the kind had there.
     *
     * @param position the field's position in its object, from 0
     * @return the field, or null when there is no prediction
     */
    Field predicted(int position) {
        return position < MAX_FIELDS ? order[position] : null;
    }

    /**
     * Records the field an object had at a position, for the next object of the kind.
     *
     * @param position the field's position in its object, from 0
     * @param field a field of this kind, not null
     */
    void record(int position, Field field) {
        if (position < MAX_FIELDS) {
            order[position] = field;
        }
    }

    /**
     * The field of a name, if the kind has learned it.
     *
     * @param name the name, not null
     * @return the field, or null if no object of the kind has had the name as a field the reader knew
     */
    Field field(String name) {
        return fields.get(name);
    }

    /**
     * The field of a name the reader has just read as one of the kind's, learned if it is new.
     *
     * @param name the name, not null
     * @return the field, never null
     * @throws IllegalStateException if the kind would have more than {@link #MAX_FIELDS} fields: the reader knows
     *     fewer names for any kind
     */
    Field learn(String name) {
        Field field = fields.get(name);
        if (field != null) {
            return field;
        }
        synchronized (this) {
            field = fields.get(name);
            if (field == null) {
                if (fields.size() == MAX_FIELDS) {
                    throw new IllegalStateException(what + " has more than " + MAX_FIELDS + " fields");
                }
                field = new Field(name, 1L << fields.size());
                fields.put(name, field);
            }
            return field;
        }
    }

    /**
     * The first required field missing from an object.
     *
     * @param seen the bits of the fields the object had
     * @return the name of the field, or null if none is missing
     */
    String missing(long seen) {
        if (required.length == 0) {
            return null;
        }
        long bits = requiredBits;
        if (bits != 0 && (seen & bits) == bits) {
            return null;
        }
        // Some field is missing, or some required one was never learned (then it is certainly missing).
        long all = 0;
        for (String name : required) {
            Field field = fields.get(name);
            if (field == null || (seen & field.bit) == 0) {
                return name;
            }
            all |= field.bit;
        }
        requiredBits = all;
        return null;
    }
}
