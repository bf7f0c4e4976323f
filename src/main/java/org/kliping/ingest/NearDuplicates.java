package org.kliping.ingest;

/**
 * Decides whether two texts are near-duplicates: the same article re-imported, reformatted or
 * lightly edited. Candidates come from bottom-k sketches of the texts' shingle hashes ({@link #sketch}: the store
 * finds every stored article sharing a hash, {@code store.SketchLookup}); a candidate stored in the same run is
 * first compared by bottom-k {@link #signature}s kept in memory; the shingle resemblance (Jaccard of word 5-gram
 * sets) on the two texts then decides, so a chance collision never links two different articles
 * (decisions 0007 and 0014).
 */
public final class NearDuplicates {

    /**
     * Share of distinct 5-gram shingles two texts must have in common: above what distinct articles on the same
     * event share, below what a lightly edited copy keeps (measured on IndoSum, decision 0003).
     */
    public static final double MIN_RESEMBLANCE = 0.5;

    private NearDuplicates() {
    }

    /** Jaccard resemblance of the two texts' shingle sets, 0 to 1; two texts without words resemble fully. */
    public static double resemblance(String a, String b) {
        return resemblance(shingles(a), shingles(b));
    }

    /** The sorted distinct shingle hashes of a text, to compare one text with several without re-hashing it. */
    public static long[] shingles(String text) {
        return SimHash.shingleHashes(text);
    }

    /** Resemblance of two sorted shingle-hash arrays from {@link #shingles}. */
    public static double resemblance(long[] x, long[] y) {
        if (x.length == 0 && y.length == 0) return 1.0;
        int common = common(x, y);
        return (double) common / (x.length + y.length - common);
    }

    /** The number of hashes two sorted shingle-hash arrays from {@link #shingles} have in common. */
    public static int common(long[] x, long[] y) {
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            long a = x[i];
            long b = y[j];
            if (a == b) {
                common++;
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /**
     * True when texts of {@code xSize} and {@code ySize} distinct shingles with {@code common} of them in common are
     * near-duplicates: resemblance {@code common / (xSize + ySize - common)} at least {@link #MIN_RESEMBLANCE}, decided
     * without dividing (exact for a threshold of one half: {@code 3 common >= xSize + ySize}); two empty texts resemble fully.
     */
    public static boolean areNearDuplicates(int xSize, int ySize, int common) {
        return common * (1 + MIN_RESEMBLANCE) >= MIN_RESEMBLANCE * ((double) xSize + ySize);
    }

    /** True when the fingerprints are close enough to be worth comparing the texts. */
    public static boolean isCandidate(long fingerprintA, long fingerprintB) {
        return SimHash.distance(fingerprintA, fingerprintB) <= SimHash.CANDIDATE_MAX_DISTANCE;
    }

    /** Hashes in a sketch: two texts resembling at 0.5 share one of them with probability about 1 - 0.5^8. */
    public static final int SKETCH_SIZE = 8;

    /**
     * A bottom-k sketch: the smallest shingle hashes of the text. Near-duplicates share some of them,
     * so a store can find candidates with an indexed lookup instead of scanning every fingerprint.
     */
    public static long[] sketch(String text) {
        return sketchOf(SimHash.shingleHashes(text));
    }

    /** The sketch of a text whose {@link #shingles} are already at hand: the first {@link #SKETCH_SIZE} of them. */
    public static long[] sketchOf(long[] shingles) {
        return java.util.Arrays.copyOf(shingles, Math.min(SKETCH_SIZE, shingles.length));
    }

    /** Hashes in a {@link #signature}: a resemblance estimated from two of them is within ±0.25 of the truth
     * except about once in 30,000 pairs (standard error 0.0625 at 0.5). */
    public static final int SIGNATURE_SIZE = 64;

    /**
     * A bottom-k signature of a text's {@link #shingles}: the high 32 bits of the smallest
     * {@link #SIGNATURE_SIZE} hashes (order is kept, so they are still the smallest). 256 bytes estimate the
     * resemblance of two texts without their shingle sets, see {@link #estimatedResemblance}.
     */
    public static int[] signature(long[] shingles) {
        int[] signature = new int[Math.min(SIGNATURE_SIZE, shingles.length)];
        for (int i = 0; i < signature.length; i++) signature[i] = (int) (shingles[i] >> 32);
        return signature;
    }

    /**
     * The bottom-k estimate of the resemblance of two texts from their {@link #signature}s: of the k smallest
     * hashes of the union, the share both texts have. Exact when both texts have fewer than k shingles.
     */
    public static double estimatedResemblance(int[] x, int[] y) {
        if (x.length == 0 && y.length == 0) return 1.0;
        int taken = 0;
        int both = 0;
        int i = 0;
        int j = 0;
        while (taken < SIGNATURE_SIZE && (i < x.length || j < y.length)) {
            if (j >= y.length || (i < x.length && x[i] < y[j])) {
                i++;
            } else if (i >= x.length || y[j] < x[i]) {
                j++;
            } else {
                both++;
                i++;
                j++;
            }
            taken++;
        }
        return (double) both / taken;
    }

    /**
     * Below this estimate two texts are certainly not near-duplicates for practical purposes: a pair at the
     * threshold {@link #MIN_RESEMBLANCE} is estimated this low about once in 30,000 (four standard errors).
     */
    public static final double SURELY_DISTINCT_ESTIMATE = 0.25;

    /** The final decision on two shingle sets from {@link #shingles}. */
    public static boolean areNearDuplicates(long[] a, long[] b) {
        return areNearDuplicates(a.length, b.length, common(a, b));
    }

    /** The final decision on two texts, for candidates found by fingerprint. */
    public static boolean areNearDuplicates(String a, String b) {
        return resemblance(a, b) >= MIN_RESEMBLANCE;
    }
}
