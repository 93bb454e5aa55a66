package org.yusuan.io.csv.internal;

import java.util.Arrays;

/**
 * Dotted keys ({@code project_target.12.indicator.5.name}) indexed by every prefix that ends before a dot and by the
 * whole key, each prefix a {@link Node} that knows whether any key continues below it and how many list items
 * ({@code path.1}, {@code path.2} …) it has: so that a group's presence and a list's length are known without
 * sorting or scanning the keys, and a key below a node is found by its last segment without building its string.
 *
 * <p>Built once while the fields are added: one pass over each key's characters computes the hash of every prefix
 * ({@link String#hashCode()}'s, so a whole key looked up as a string hashes the same), and a prefix is compared only
 * on its last segment, its parent being the same node. Not thread-safe.
 *
 * @param <V> what a whole key holds
 */
final class KeyIndex<V> {

    /**
     * A key or a prefix of one that ends before a dot.
     *
     * @param <V> what a whole key holds
     */
    static final class Node<V> {
        private final String key;
        private final int length;
        private final int hash;
        private final Node<V> parent;
        private V value;
        private boolean hasChildren;
        private int items;
        private int largestItem;

        Node(String key, int length, int hash, Node<V> parent) {
            this.key = key;
            this.length = length;
            this.hash = hash;
            this.parent = parent;
        }

        /** What the key that is exactly this path holds, or null when none is (yet). */
        V value() {
            return value;
        }

        void value(V v) {
            value = v;
        }

        /** Whether a key continues below this path: starts with it followed by a dot. */
        boolean hasChildren() {
            return hasChildren;
        }

        /** How many distinct list items ({@code path.n} with n a {@link FieldSource#index} number) are below. */
        int items() {
            return items;
        }

        /** The largest list item number below, 0 when none. */
        int largestItem() {
            return largestItem;
        }

        /** The node of the path before the last dot, or null for a path without a dot. */
        Node<V> parent() {
            return parent;
        }

        /** The path's length. */
        int length() {
            return length;
        }

        /** The path as a string, for errors. */
        String path() {
            return key.substring(0, length);
        }
    }

    // Open addressing with linear probing, at most half full; each slot's hash beside it in an int array, so that
    // probing and growing compare and move hashes without visiting the nodes.
    private Node<V>[] table = newTable(64);
    private int[] hashes = new int[64];
    private int size;
    // The last key added and the nodes of its prefixes, shortest first: keys mostly come in the order they were
    // written, group by group, so a key's prefixes are usually the last key's and are taken without a look-up.
    private String lastKey = "";
    private Node<V>[] lastPrefixes = newTable(8);
    private int lastDepth;

    /**
     * The node of a whole key, created with the nodes of its prefixes when new.
     *
     * @param key the key
     * @return its node, never null
     */
    Node<V> add(String key) {
        // A prefix of the last key that ends before a dot within the characters both keys share ends before a dot
        // in this key too, and is the same prefix.
        int common = 0;
        int shorter = Math.min(key.length(), lastKey.length());
        while (common < shorter && key.charAt(common) == lastKey.charAt(common)) {
            common++;
        }
        int depth = 0;
        int hash = 0;
        int segment = 0;
        Node<V> parent = null;
        while (depth < lastDepth && lastPrefixes[depth].length < common) {
            parent = lastPrefixes[depth++];
            hash = 31 * parent.hash + '.';
            segment = parent.length + 1;
        }
        for (int i = segment; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '.') {
                parent = node(key, segment, i, hash, parent);
                parent.hasChildren = true;
                if (depth == lastPrefixes.length) {
                    lastPrefixes = Arrays.copyOf(lastPrefixes, depth * 2);
                }
                lastPrefixes[depth++] = parent;
                segment = i + 1;
            }
            hash = 31 * hash + c;
        }
        lastKey = key;
        lastDepth = depth;
        return node(key, segment, key.length(), hash, parent);
    }

    /** The node of key[0, end), whose last segment starts at segment, created when new. */
    private Node<V> node(String key, int segment, int end, int hash, Node<V> parent) {
        int mask = table.length - 1;
        int i = spread(hash) & mask;
        for (Node<V> n = table[i]; n != null; n = table[i = (i + 1) & mask]) {
            if (hashes[i] == hash && n.length == end && n.parent == parent
                    && n.key.regionMatches(segment, key, segment, end - segment)) {
                return n;
            }
        }
        Node<V> created = new Node<>(key, end, hash, parent);
        table[i] = created;
        hashes[i] = hash;
        if (parent != null) {
            int item = FieldSource.index(key, segment, end);
            if (item > 0) {
                parent.items++;
                parent.largestItem = Math.max(parent.largestItem, item);
            }
        }
        if (++size > table.length >>> 1) {
            grow();
        }
        return created;
    }

    /**
     * The node of a path.
     *
     * @param path the path, a whole key or a prefix ending before a dot
     * @return its node, or null when no key is or continues below the path
     */
    Node<V> get(String path) {
        return get(path, "");
    }

    /**
     * The node of the path group + name, found without building that string: its hash continues the group's
     * ({@link String#hashCode()} is cached in the string, so a group asked for many names is hashed once).
     *
     * @param group the path's start
     * @param name the rest of the path
     * @return its node, or null when no key is or continues below the path
     */
    Node<V> get(String group, String name) {
        int hash = group.hashCode();
        for (int c = 0; c < name.length(); c++) {
            hash = 31 * hash + name.charAt(c);
        }
        int start = group.length();
        int length = start + name.length();
        int mask = table.length - 1;
        int i = spread(hash) & mask;
        for (Node<V> n = table[i]; n != null; n = table[i = (i + 1) & mask]) {
            if (hashes[i] == hash && n.length == length && n.key.startsWith(group)
                    && n.key.regionMatches(start, name, 0, name.length())) {
                return n;
            }
        }
        return null;
    }

    private void grow() {
        Node<V>[] oldTable = table;
        int[] oldHashes = hashes;
        table = newTable(oldTable.length * 2);
        hashes = new int[oldTable.length * 2];
        int mask = table.length - 1;
        for (int j = 0; j < oldTable.length; j++) {
            if (oldTable[j] != null) {
                int i = spread(oldHashes[j]) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = oldTable[j];
                hashes[i] = oldHashes[j];
            }
        }
    }

    /** Mixes the hash (keys differing in their last digit differ by one in String's hash) for linear probing. */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }

    @SuppressWarnings("unchecked")
    private static <V> Node<V>[] newTable(int length) {
        return (Node<V>[]) new Node<?>[length];
    }
}
