package org.kliping.ingest;

import java.util.Arrays;

/**
 * A text's shingle hashes for an import: the {@link NearDuplicates#SIGNATURE_SIZE} smallest, sorted and distinct,
 * at once (every article needs its sketch and signature, which are the smallest), and all of them sorted only
 * when first asked for (only an article with near-duplicate candidates needs its full set, about a third of a
 * large import). Sorting every article's few hundred hashes was a tenth of the import's reading (perf).
 * Not for several threads at once: {@link #all} sorts in place (an import makes it on one thread, uses it on another).
 */
public final class Shingles {
    private final long[] hashes; // as hashed; sorted in place by all()
    private final long[] smallest;
    private long[] all;

    private Shingles(long[] hashes, long[] smallest, long[] all) {
        this.hashes = hashes;
        this.smallest = smallest;
        this.all = all;
    }

    /** The shingles of {@code text}, hashed as {@link NearDuplicates#shingles} hashes them. */
    public static Shingles of(String text) {
        return of(SimHash.unsortedShingleHashes(text));
    }

    static Shingles of(long[] hashes) {
        int k = NearDuplicates.SIGNATURE_SIZE;
        // a short text: sorting all of it costs no more than choosing
        long[] smallest = hashes.length > 4 * k ? smallestDistinct(hashes, k) : null;
        if (smallest != null) return new Shingles(hashes, smallest, null);
        long[] all = SimHash.sortedDistinct(hashes);
        return new Shingles(hashes, Arrays.copyOf(all, Math.min(k, all.length)), all);
    }

    /**
     * The {@code k} smallest distinct values of {@code hashes} (more than {@code 2k} of them), sorted; null when the
     * guess below found too few. The hashes are mixed, so evenly spread over the longs: about {@code 2k} of them lie
     * below the threshold {@code MIN + 2k/n} of the range. Every hash not taken is above every hash taken, so when
     * the taken ones hold {@code k} distinct values, those are the {@code k} smallest of all.
     */
    static long[] smallestDistinct(long[] hashes, int k) {
        long threshold = Long.MIN_VALUE + Long.divideUnsigned(-1L, hashes.length) * (2L * k);
        long[] taken = new long[hashes.length];
        int n = 0;
        for (long h : hashes) {
            taken[n] = h;
            n += h < threshold ? 1 : 0;
        }
        Arrays.sort(taken, 0, n);
        long[] distinct = SimHash.distinctSorted(Arrays.copyOf(taken, n));
        return distinct.length >= k ? Arrays.copyOf(distinct, k) : null;
    }

    /** The smallest {@link NearDuplicates#SIGNATURE_SIZE} hashes, sorted and distinct (all of a short text's). */
    public long[] smallest() {
        return smallest;
    }

    /** Every hash, sorted and distinct, as {@link NearDuplicates#shingles} gives them; sorted on the first call. */
    public long[] all() {
        if (all == null) all = SimHash.sortedDistinct(hashes);
        return all;
    }
}
