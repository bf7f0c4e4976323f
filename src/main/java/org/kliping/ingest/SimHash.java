package org.kliping.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A 64-bit SimHash (Charikar 2002) over word 5-gram shingles of normalised text: texts that share
 * most of their shingles get fingerprints a few bits apart, unrelated texts land about 32 bits apart.
 * Eight bytes per article, compared with one XOR, so a new import can be checked against a whole
 * archive by a linear scan; {@link NearDuplicates} confirms the few candidates on the texts.
 */
public final class SimHash {

    /** Words per shingle: long enough that two articles on the same event rarely share one by chance. */
    public static final int SHINGLE_WORDS = 5;

    /**
     * The largest distance at which two fingerprints are worth comparing as texts. Measured on IndoSum
     * (3,113 articles, docs/decisions/0003-export-formats.md): a copy with one paragraph of five to ten
     * replaced lies within 18 bits in 96% of cases (words edited in one paragraph: 99.7%), while only
     * 0.032% of the 4.8 million pairs of distinct articles do. Raising it finds more heavily edited
     * copies at the price of more texts to compare; change it only with a new measurement.
     */
    public static final int CANDIDATE_MAX_DISTANCE = 18;

    private SimHash() {
    }

    /** The fingerprint of {@code text}; 0 for a text without words. */
    public static long fingerprint(String text) {
        long[] shingles = shingleHashes(text);
        int[] votes = new int[64];
        for (long h : shingles) {
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) fingerprint |= 1L << bit;
        }
        return fingerprint;
    }

    /** The number of differing bits, 0 to 64. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /**
     * Lowercase words without punctuation or accents: "Kim Jong-un," and "kim jong un" compare equal.
     * Same words as NFKD, dropping {@code \p{M}}, lowercasing (ROOT) and splitting on
     * {@code [^\p{L}\p{N}]+}, but with character loops: the regular expressions cost a sixth of the
     * import's reading time.
     */
    static List<String> words(String text) {
        String lower = withoutMarks(decomposed(text)).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(lower.length() / 6 + 1);
        int start = -1;
        int i = 0;
        while (i < lower.length()) {
            int cp = lower.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) words.add(lower.substring(start));
        return words;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /** NFKD; ASCII has no decompositions, so the common all-ASCII text skips the normaliser. */
    private static String decomposed(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return Normalizer.normalize(text, Normalizer.Form.NFKD);
        }
        return text;
    }

    private static String withoutMarks(String text) {
        StringBuilder kept = null;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isMark(cp)) {
                if (kept == null) kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (kept != null) {
                kept.append(text, i, next);
            }
            i = next;
        }
        return kept == null ? text : kept.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** {@code \p{L}} or {@code \p{N}}: letters of any case or kind, and decimal, letter and other numbers. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * The distinct hashes of the text's word 5-grams, sorted; a text shorter than five words is one
     * shingle, so short texts still compare.
     */
    static long[] shingleHashes(String text) {
        // ASCII has no decompositions and no marks: the common case skips a type lookup per character
        char[] lower = (isAscii(text) ? text : withoutMarks(decomposed(text))).toLowerCase(Locale.ROOT).toCharArray();
        int[] bounds = wordBounds(lower);
        int words = bounds.length / 2;
        if (words == 0) return new long[0];
        int count = Math.max(1, words - SHINGLE_WORDS + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = hash(lower, bounds, i, Math.min(words, i + SHINGLE_WORDS));
        }
        Arrays.sort(hashes);
        return distinctSorted(hashes);
    }

    /**
     * Start and end of each word of {@link #words} in the lowercased text, as pairs: hashing the shingles over
     * one char array instead of word strings halved the import's near-duplicate work (same hashes, tested).
     */
    private static int[] wordBounds(char[] text) {
        int[] bounds = new int[16];
        int n = 0;
        int start = -1;
        int i = 0;
        while (i < text.length) {
            char c = text[i];
            int cp = c < 0x80 ? c : Character.codePointAt(text, i);
            if (isWordChar(cp)) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                if (n + 2 > bounds.length) bounds = Arrays.copyOf(bounds, bounds.length * 2);
                bounds[n++] = start;
                bounds[n++] = i;
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            if (n + 2 > bounds.length) bounds = Arrays.copyOf(bounds, bounds.length + 2);
            bounds[n++] = start;
            bounds[n++] = text.length;
        }
        return Arrays.copyOf(bounds, n);
    }

    /** FNV-1a over the words {@code from} to {@code to} (exclusive), each followed by a space, then mixed. */
    private static long hash(char[] text, int[] bounds, int from, int to) {
        long h = 0xcbf29ce484222325L; // FNV-1a 64 offset basis
        for (int w = from; w < to; w++) {
            for (int i = bounds[2 * w], end = bounds[2 * w + 1]; i < end; i++) {
                h = (h ^ text[i]) * 0x100000001b3L;
            }
            h = (h ^ ' ') * 0x100000001b3L;
        }
        return mix(h);
    }

    /** MurmurHash3's finaliser: FNV alone leaves the high bits poorly mixed, which would bias the votes. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static long[] distinctSorted(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) sorted[n++] = sorted[i];
        }
        return Arrays.copyOf(sorted, n);
    }
}
