package org.kliping.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The word 5-gram shingles of normalised text, hashed: what near-duplicate detection is built on. The import
 * keeps each article's bottom-k sketch of these hashes ({@link NearDuplicates#sketch}, stored in
 * {@code article_sketch} and looked up by {@code store.SketchLookup}) to find candidates, compares candidates by
 * bottom-k signatures, and confirms a link on the full shingle sets ({@link NearDuplicates#resemblance}). For the
 * plain text of nearly every article the hashes are made in one pass ({@code shingleHashesOfPlainText}).
 * The class keeps its name from the 64-bit SimHash fingerprint (Charikar 2002) it also computes: the import no
 * longer uses it (nothing stores it since migration 12); {@code NearDuplicatesMeasurementTest} compares the two
 * candidate searches with it.
 */
public final class SimHash {

    /** Words per shingle: long enough that two articles on the same event rarely share one by chance. */
    public static final int SHINGLE_WORDS = 5;

    /**
     * The largest distance at which two fingerprints would be worth comparing as texts (the measurement on IndoSum
     * is in docs/decisions/0003-export-formats.md).
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
        return sortedDistinct(unsortedShingleHashes(text));
    }

    /** The hashes of {@link #shingleHashes} in text order, repeats included: for a caller that sorts only some of them. */
    static long[] unsortedShingleHashes(String text) {
        long[] fast = shingleHashesOfPlainText(text.toCharArray());
        if (fast != null) return fast;
        char[] lower = lowerCaseChars(text);
        int[] bounds = wordBounds(lower);
        int words = bounds.length / 2;
        if (words == 0) return new long[0];
        return hashShingles(lower, bounds, words);
    }

    /** Sorts {@code hashes} in place and returns them without repeats, in a new array. */
    static long[] sortedDistinct(long[] hashes) {
        Arrays.sort(hashes);
        return distinctSorted(hashes);
    }

    /**
     * {@link #shingleHashes} in one pass over the characters, for text that is ASCII and the punctuation of
     * {@link #UNCHANGED} (nearly every article): each word character is lowercased and fed to the five FNV-1a
     * chains of {@link #hashShingles} as it is read (here the chains move up one register at each word instead of
     * taking turns), without a lowercased copy or a table of word bounds. The hashes in text order, as
     * {@link #unsortedShingleHashes} gives them; null at the first other character: the caller takes the general
     * path. Same hashes, tested.
     */
    private static long[] shingleHashesOfPlainText(char[] text) {
        long[] hashes = new long[text.length / 2 + 1]; // words are at least one character and a separator
        int count = 0;
        int words = 0;
        boolean inWord = false;
        long h0 = 0;
        long h1 = 0;
        long h2 = 0;
        long h3 = 0;
        long h4 = 0;
        for (int i = 0; i <= text.length; i++) {
            int kind = i == text.length ? BETWEEN : text[i] < KIND.length ? KIND[text[i]] : OTHER;
            if (kind >= WORD) {
                if (!inWord) {
                    inWord = true;
                    // the chain of the word starting here is h0, each older one moves up (no branch on words % 5)
                    h4 = h3;
                    h3 = h2;
                    h2 = h1;
                    h1 = h0;
                    h0 = FNV_OFFSET;
                }
                long c = kind == CAPITAL ? text[i] + ('a' - 'A') : text[i];
                h0 = (h0 ^ c) * FNV_PRIME;
                h1 = (h1 ^ c) * FNV_PRIME;
                h2 = (h2 ^ c) * FNV_PRIME;
                h3 = (h3 ^ c) * FNV_PRIME;
                h4 = (h4 ^ c) * FNV_PRIME;
            } else if (kind == BETWEEN) {
                if (!inWord) continue;
                inWord = false;
                h0 = (h0 ^ ' ') * FNV_PRIME; // each word is followed by a space
                h1 = (h1 ^ ' ') * FNV_PRIME;
                h2 = (h2 ^ ' ') * FNV_PRIME;
                h3 = (h3 ^ ' ') * FNV_PRIME;
                h4 = (h4 ^ ' ') * FNV_PRIME;
                words++;
                if (words >= SHINGLE_WORDS) hashes[count++] = mix(h4); // h4 began four words back: it has its five
            } else {
                return null;
            }
        }
        if (words == 0) return new long[0];
        if (words < SHINGLE_WORDS) { // one shingle: the chain of the first word, which took them all
            return new long[] {mix(switch (words) {
                case 1 -> h0;
                case 2 -> h1;
                case 3 -> h2;
                default -> h3;
            })};
        }
        return Arrays.copyOf(hashes, count);
    }

    /** The text as {@link #words} sees it, lowercased, as chars (the general path: normalised, marks dropped). */
    private static char[] lowerCaseChars(String text) {
        return withoutMarks(decomposed(text)).toLowerCase(Locale.ROOT).toCharArray();
    }

    /**
     * Characters of Latin-1 and General Punctuation that the general path leaves as they are whatever surrounds them:
     * their own NFKD, not marks (none of these blocks combines), their own lowercase. Computed, not listed.
     */
    private static final boolean[] UNCHANGED = unchanged();

    /** {@link #KIND}: a character the one-pass hashing cannot handle (the normaliser or a type lookup decides). */
    private static final byte OTHER = 0;
    /** {@link #KIND}: a character between words. */
    private static final byte BETWEEN = 1;
    /** {@link #KIND}: a word character, lowercase as it is. */
    private static final byte WORD = 2;
    /** {@link #KIND}: an ASCII capital, a word character once lowercased by adding 32. */
    private static final byte CAPITAL = 3;
    /** What each character below U+2070 is to {@link #shingleHashesOfPlainText}; computed from the general path's rules. */
    private static final byte[] KIND = kinds();

    private static byte[] kinds() {
        byte[] kinds = new byte[UNCHANGED.length];
        for (char c = 0; c < kinds.length; c++) {
            if (c >= 'A' && c <= 'Z') {
                kinds[c] = CAPITAL;
            } else if (c < 0x80 || UNCHANGED[c]) {
                kinds[c] = isWordChar(c) ? WORD : BETWEEN;
            }
        }
        return kinds;
    }

    private static boolean[] unchanged() {
        boolean[] table = new boolean[0x2070];
        for (char c = 0x80; c < table.length; c++) {
            if (c > 0xFF && c < 0x2000) continue;
            String s = String.valueOf(c);
            table[c] = Normalizer.isNormalized(s, Normalizer.Form.NFKD) && !isMark(c)
                    && s.toLowerCase(Locale.ROOT).equals(s);
        }
        return table;
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

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /**
     * The {@link #hash} of every shingle (unsorted): each word's characters are read once and fed to the five
     * shingles it belongs to, five independent FNV-1a chains (state {@code w % 5} starts at word {@code w}) that
     * the processor runs side by side; one chain per shingle waited on each multiplication in turn. Same
     * hashes as {@link #hash}, tested.
     */
    private static long[] hashShingles(char[] text, int[] bounds, int words) {
        if (words < SHINGLE_WORDS) return new long[] {hash(text, bounds, 0, words)};
        long[] hashes = new long[words - SHINGLE_WORDS + 1];
        long h0 = 0;
        long h1 = 0;
        long h2 = 0;
        long h3 = 0;
        long h4 = 0;
        for (int w = 0; w < words; w++) {
            switch (w % SHINGLE_WORDS) {
                case 0 -> h0 = FNV_OFFSET;
                case 1 -> h1 = FNV_OFFSET;
                case 2 -> h2 = FNV_OFFSET;
                case 3 -> h3 = FNV_OFFSET;
                default -> h4 = FNV_OFFSET;
            }
            for (int i = bounds[2 * w], end = bounds[2 * w + 1]; i < end; i++) {
                long c = text[i];
                h0 = (h0 ^ c) * FNV_PRIME;
                h1 = (h1 ^ c) * FNV_PRIME;
                h2 = (h2 ^ c) * FNV_PRIME;
                h3 = (h3 ^ c) * FNV_PRIME;
                h4 = (h4 ^ c) * FNV_PRIME;
            }
            h0 = (h0 ^ ' ') * FNV_PRIME; // each word is followed by a space
            h1 = (h1 ^ ' ') * FNV_PRIME;
            h2 = (h2 ^ ' ') * FNV_PRIME;
            h3 = (h3 ^ ' ') * FNV_PRIME;
            h4 = (h4 ^ ' ') * FNV_PRIME;
            if (w >= SHINGLE_WORDS - 1) {
                // the chain started at word w - 4 has taken its five words
                hashes[w - SHINGLE_WORDS + 1] = mix(switch ((w + 1) % SHINGLE_WORDS) {
                    case 0 -> h0;
                    case 1 -> h1;
                    case 2 -> h2;
                    case 3 -> h3;
                    default -> h4;
                });
            }
        }
        return hashes;
    }

    /** FNV-1a over the words {@code from} to {@code to} (exclusive), each followed by a space, then mixed. */
    private static long hash(char[] text, int[] bounds, int from, int to) {
        long h = FNV_OFFSET; // FNV-1a 64 offset basis
        for (int w = from; w < to; w++) {
            for (int i = bounds[2 * w], end = bounds[2 * w + 1]; i < end; i++) {
                h = (h ^ text[i]) * FNV_PRIME;
            }
            h = (h ^ ' ') * FNV_PRIME;
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

    /** The distinct values of {@code sorted}, in a new array. */
    static long[] distinctSorted(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) sorted[n++] = sorted[i];
        }
        return Arrays.copyOf(sorted, n);
    }
}
