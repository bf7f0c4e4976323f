package org.kliping.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The index-time chain of title, body and notes after the tokenizer, remembered per raw token. Everything that
 * follows {@code StandardTokenizer} there (numbers, lowercase, folding, stop words, protected words, stems and
 * nasal candidates, {@link MarkedStemFilter}) depends on the token's characters alone, and news text repeats a
 * few tens of thousands of words, so each distinct token is run once through the reference filters (the one
 * definition of the analysis) and later occurrences copy the remembered terms: the word, then its marks.
 *
 * <p>The filters are per thread (Lucene reuses an analyzer's components per thread), so the cache needs no
 * locking. It is bounded: once full it stops learning, keeping the words seen first, which in news are mostly
 * the frequent ones. Positions follow {@code StopFilter}: a dropped stop word adds its increment to the next
 * kept word, or to the final increment at {@link #end()}. Offsets, type and the other attributes are the
 * tokenizer's, as the reference chain leaves them.
 */
final class CachedIndexChainFilter extends TokenFilter {
    /** Distinct tokens remembered per thread (at most about 10 MB): the bulk of a news vocabulary. */
    static final int MAX_ENTRIES = 100_000;
    /** Longer tokens (URLs, codes) rarely repeat: computed each time, never stored. */
    static final int MAX_CACHED_LENGTH = 48;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final RawTokenTable cache = new RawTokenTable(1024);
    private final ReferenceChain reference;
    private final int maxEntries;
    /** Terms of a token the cache does not keep, in the table's entry layout from the header on. */
    private char[] uncached = new char[64];
    /** Where the current token's terms are read from: the table's characters or {@link #uncached}. */
    private char[] source;
    private int cursor;
    private int remaining;
    private int skippedPositions;

    /** @param referenceFilters builds the reference filters after the tokenizer over a stream (one token here) */
    CachedIndexChainFilter(TokenStream input, Function<TokenStream, TokenStream> referenceFilters) {
        this(input, referenceFilters, MAX_ENTRIES);
    }

    CachedIndexChainFilter(TokenStream input, Function<TokenStream, TokenStream> referenceFilters, int maxEntries) {
        super(input);
        this.reference = new ReferenceChain(referenceFilters);
        this.maxEntries = maxEntries;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (remaining > 0) {
            nextTerm();
            posInc.setPositionIncrement(0);
            return true;
        }
        skippedPositions = 0;
        while (input.incrementToken()) {
            int at = outcome();
            char header = source[at];
            remaining = header & RawTokenTable.COUNT;
            if (remaining == 0) { // a stop word
                skippedPositions += posInc.getPositionIncrement();
                continue;
            }
            cursor = at + 1;
            if ((header & RawTokenTable.WORD_IS_TOKEN) != 0) {
                remaining--; // the term already holds the word
            } else {
                nextTerm();
            }
            if (skippedPositions != 0) posInc.setPositionIncrement(posInc.getPositionIncrement() + skippedPositions);
            return true;
        }
        return false;
    }

    private void nextTerm() {
        int len = source[cursor];
        term.copyBuffer(source, cursor + 1, len);
        cursor += 1 + len;
        remaining--;
    }

    /** Points {@link #source} at the terms the reference filters make of the current raw token; returns their start. */
    private int outcome() throws IOException {
        char[] raw = term.buffer();
        int len = term.length();
        int at = cache.find(raw, len);
        if (at < 0) {
            List<char[]> terms = reference.terms(raw, len);
            if (len > MAX_CACHED_LENGTH || cache.size() >= maxEntries) {
                int need = RawTokenTable.encodedLength(terms);
                if (need > uncached.length) uncached = new char[need];
                RawTokenTable.encode(terms, raw, len, uncached, 0);
                source = uncached;
                return 0;
            }
            at = cache.add(raw, len, terms);
        }
        source = cache.chars();
        return at;
    }

    @Override
    public void end() throws IOException {
        super.end();
        posInc.setPositionIncrement(posInc.getPositionIncrement() + skippedPositions);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        remaining = 0;
        skippedPositions = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            reference.close();
        } finally {
            super.close();
        }
    }

    /** The reference filters over a stream of one token: what a cache miss runs. */
    private static final class ReferenceChain {
        private final OneWordStream token = new OneWordStream();
        private final TokenStream filters;
        private final CharTermAttribute out;
        private final PositionIncrementAttribute outInc;
        private final List<char[]> collected = new ArrayList<>(4);

        ReferenceChain(Function<TokenStream, TokenStream> referenceFilters) {
            this.filters = referenceFilters.apply(token);
            this.out = filters.addAttribute(CharTermAttribute.class);
            this.outInc = filters.addAttribute(PositionIncrementAttribute.class);
        }

        /** The terms of one raw token (word, then marks; none for a stop word), valid until the next call. */
        List<char[]> terms(char[] raw, int len) throws IOException {
            token.set(raw, len);
            collected.clear();
            filters.reset();
            while (filters.incrementToken()) {
                // the cache replays a word and its marks at one position: refuse anything else loudly
                if (!collected.isEmpty() && outInc.getPositionIncrement() != 0) {
                    throw new IllegalStateException("index chain made two positions of one token: " + new String(raw, 0, len));
                }
                collected.add(Arrays.copyOf(out.buffer(), out.length()));
            }
            filters.end();
            return collected;
        }

        void close() throws IOException {
            filters.close();
        }
    }
}
