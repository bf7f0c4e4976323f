package org.kliping.search;

import java.util.Arrays;
import java.util.List;

/**
 * What the index chain made of each raw token, for {@link CachedIndexChainFilter}: one array of characters
 * holds every entry (the token, then its terms), and an open-addressing table of longs holds each entry's hash
 * and place. A lookup reads one slot and one entry, which usually sit in two cache lines: with Lucene's
 * {@code CharArrayMap} of {@code char[][]} values, the pointers chased per token (probed keys, the value,
 * its terms) cost half the analysis the cache saved, the indexer's own tables keeping the caches busy (JFR).
 *
 * <p>An entry is {@code [key length, key chars..., header, (term length, term chars...)...]}; the terms are
 * read from {@link #chars()} starting at the header, whose index {@link #find} returns. The header is the
 * number of terms, with {@link #WORD_IS_TOKEN} set when the first term (the word as indexed) is the raw token
 * itself, as it is for most words of a text (already lowercase ASCII): that term is then not stored again.
 */
final class RawTokenTable {
    /** Header flag: the first term is the raw token, stored once as the key (the count still includes it). */
    static final char WORD_IS_TOKEN = 0x8000;
    static final char COUNT = 0x7fff;

    private long[] slots;
    private char[] chars = new char[1 << 12];
    private int used;
    private int size;

    RawTokenTable(int initialCapacity) {
        slots = new long[Integer.highestOneBit(Math.max(16, initialCapacity) - 1) << 1];
    }

    int size() {
        return size;
    }

    /** The entries' characters: valid until the next {@link #add}. */
    char[] chars() {
        return chars;
    }

    /** Where the terms of the token start in {@link #chars()} (their header), or -1 when it is not in the table. */
    int find(char[] text, int len) {
        int hash = hash(text, len);
        int mask = slots.length - 1;
        for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            long s = slots[slot];
            if ((int) (s >>> 32) != hash) continue;
            int entry = (int) s - 1;
            if (chars[entry] == len && sameChars(entry + 1, text, len)) return entry + 1 + len;
        }
        return -1;
    }

    /** A plain loop: keys are short (up to 48 chars), where {@code Arrays.equals} of ranges costs more in checks. */
    private boolean sameChars(int at, char[] text, int len) {
        for (int i = 0; i < len; i++) {
            if (chars[at + i] != text[i]) return false;
        }
        return true;
    }

    /** Adds a token that is not in the table yet, with its terms; returns what {@link #find} would. */
    int add(char[] text, int len, List<char[]> terms) {
        if (2 * (size + 1) > slots.length) grow();
        int entry = used;
        ensureRoom(1 + len + encodedLength(terms));
        chars[used++] = (char) len;
        System.arraycopy(text, 0, chars, used, len);
        used += len;
        int termsAt = used;
        used = encode(terms, text, len, chars, used);
        insert(hash(text, len), entry);
        size++;
        return termsAt;
    }

    /** Chars that suffice for {@code terms} in the entry layout. */
    static int encodedLength(List<char[]> terms) {
        int n = 1;
        for (char[] t : terms) n += 1 + t.length;
        return n;
    }

    /** Writes the terms of the raw token {@code text} in the entry layout at {@code at} (room checked by the caller); returns the end. */
    static int encode(List<char[]> terms, char[] text, int len, char[] out, int at) {
        boolean wordIsToken = !terms.isEmpty() && Arrays.equals(terms.get(0), 0, terms.get(0).length, text, 0, len);
        out[at++] = (char) (terms.size() | (wordIsToken ? WORD_IS_TOKEN : 0));
        for (int i = wordIsToken ? 1 : 0; i < terms.size(); i++) {
            char[] t = terms.get(i);
            out[at++] = (char) t.length;
            System.arraycopy(t, 0, out, at, t.length);
            at += t.length;
        }
        return at;
    }

    private void ensureRoom(int n) {
        if (used + n > chars.length) chars = Arrays.copyOf(chars, Math.max(used + n, chars.length * 2));
    }

    private void insert(int hash, int entry) {
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0) slot = (slot + 1) & mask;
        slots[slot] = ((long) hash << 32) | (entry + 1L);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long s : old) {
            if (s != 0) insert((int) (s >>> 32), (int) s - 1);
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
