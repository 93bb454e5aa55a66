package org.yusuan.codes.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Values by code digits, for the look-up a validator makes for every printed code: the digits (at most twelve) are
 * read as one number, which is looked up in an open-addressed table of numbers, without hashing or comparing strings.
 * Keys that are not such digits (never in the built-in catalogs) are kept in an ordinary map. Immutable once built,
 * so thread-safe.
 *
 * @param <V> the value type
 */
public final class DigitsIndex<V> {

    private static final int MAX_DIGITS = 12;

    private final long[] keys;
    private final Object[] values;
    private final int mask;
    private final Map<String, V> others = new HashMap<>();

    /**
     * An index of the entries of a map.
     *
     * @param entries the values by digits
     */
    public DigitsIndex(Map<String, ? extends V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 + 1)) * 2;
        keys = new long[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, ? extends V> e : entries.entrySet()) {
            long key = key(e.getKey());
            if (key < 0) {
                others.put(e.getKey(), e.getValue());
                continue;
            }
            int i = slot(key);
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = e.getValue();
        }
    }

    /**
     * The value of some digits.
     *
     * @param digits the digits
     * @return the value, or null if there is none
     */
    @SuppressWarnings("unchecked")
    public V get(String digits) {
        long key = key(digits);
        if (key < 0) {
            return others.get(digits);
        }
        for (int i = slot(key); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        return null;
    }

    /**
     * The number a string of one to twelve ASCII digits stands for, with its length (so that 01 and 1 differ); never
     * zero. -1 for anything else.
     */
    static long key(String digits) {
        int n = digits.length();
        if (n == 0 || n > MAX_DIGITS) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value * 16 + n;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
}
