package org.kliping.search;

import java.util.Arrays;

/**
 * A map from a token's characters to what the index chain made of it, for {@link CachedIndexChainFilter}.
 * Open addressing with each slot's hash kept in an array of its own, checked before the key: a lookup touches
 * one key (the one it wants) rather than every key on its probe path, which in Lucene's {@code CharArrayMap}
 * (load up to 0.8, keys compared on each probe) cost as much as half the analysis it saved (JFR).
 */
final class RawTokenTable<V> {
    private int[] hashes;
    private char[][] keys;
    private Object[] values;
    private int size;

    RawTokenTable(int initialCapacity) {
        int capacity = Integer.highestOneBit(Math.max(16, initialCapacity) - 1) << 1;
        hashes = new int[capacity];
        keys = new char[capacity][];
        values = new Object[capacity];
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    V get(char[] text, int len) {
        int hash = hash(text, len);
        int mask = keys.length - 1;
        for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && Arrays.equals(keys[slot], 0, keys[slot].length, text, 0, len)) return (V) values[slot];
        }
        return null;
    }

    /** Adds a key that is not in the table yet; the table keeps {@code key} itself. */
    void put(char[] key, V value) {
        if (2 * (size + 1) > keys.length) grow();
        insert(hash(key, key.length), key, value);
        size++;
    }

    private void insert(int hash, char[] key, Object value) {
        int mask = keys.length - 1;
        int slot = hash & mask;
        while (keys[slot] != null) slot = (slot + 1) & mask;
        hashes[slot] = hash;
        keys[slot] = key;
        values[slot] = value;
    }

    private void grow() {
        int[] oldHashes = hashes;
        char[][] oldKeys = keys;
        Object[] oldValues = values;
        hashes = new int[oldKeys.length * 2];
        keys = new char[oldKeys.length * 2][];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) insert(oldHashes[i], oldKeys[i], oldValues[i]);
        }
    }

    /** String's hash, then mixed (the low bits choose the slot, and words differ most in their last chars). */
    private static int hash(char[] text, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) h = 31 * h + text[i];
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
