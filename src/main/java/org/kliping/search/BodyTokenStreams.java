package org.kliping.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The body's two index-time token streams from one analysis: the stemmed field's chain records the tokens
 * it has before stemming, which are exactly the unstemmed field's tokens, and the unstemmed field replays
 * them. Tokenising, number formatting, lowercasing, folding and stop words then run once per article
 * instead of twice (they were a fifth of indexing, JFR). The streams yield the same terms, offsets and
 * positions as the analyzers of {@link TextAnalysis} give the two fields (tested).
 *
 * <p>One instance per indexing thread, used for one document at a time: the stemmed stream must be consumed
 * before the unstemmed one, which {@link ArticleDocuments} ensures by adding the stemmed field first.
 */
final class BodyTokenStreams {
    private final Tokenizer tokenizer;
    private final Recorder recorder;
    private final TokenStream stemmed;
    private final Replay exact = new Replay();

    /**
     * @param chain    builds the shared filters (up to and including stop words) over the tokenizer
     * @param stemming builds the stemming filters over the recorded stream
     */
    BodyTokenStreams(Tokenizer tokenizer, Function<TokenStream, TokenStream> chain, Function<TokenStream, TokenStream> stemming) {
        this.tokenizer = tokenizer;
        this.recorder = new Recorder(chain.apply(tokenizer));
        this.stemmed = stemming.apply(recorder);
    }

    /** The stemmed stream of {@code text}; consume it before {@link #exact()}. */
    TokenStream stemmed(String text) {
        tokenizer.setReader(new StringReader(text));
        return stemmed;
    }

    /** The unstemmed stream: the tokens the last {@link #stemmed} stream had before stemming. */
    TokenStream exact() {
        exact.replay(recorder);
        return exact;
    }

    /** Keeps each token's text, offsets and position increment as it passes. */
    private static final class Recorder extends TokenFilter {
        private static final int KEEP_CHARS = 1 << 20;
        private static final int KEEP_TOKENS = 1 << 17;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private char[] chars = new char[4096];
        private int[] ends = new int[512];      // end of each token's text in chars
        private int[] starts = new int[512];    // start offset
        private int[] stops = new int[512];     // end offset
        private int[] increments = new int[512];
        private int count;
        private int charCount;
        private int finalOffset;
        private int finalIncrement;

        Recorder(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            if (count == ends.length) grow();
            int len = term.length();
            if (charCount + len > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + len));
            System.arraycopy(term.buffer(), 0, chars, charCount, len);
            charCount += len;
            ends[count] = charCount;
            starts[count] = offset.startOffset();
            stops[count] = offset.endOffset();
            increments[count] = posInc.getPositionIncrement();
            count++;
            return true;
        }

        private void grow() {
            int size = ends.length * 2;
            ends = Arrays.copyOf(ends, size);
            starts = Arrays.copyOf(starts, size);
            stops = Arrays.copyOf(stops, size);
            increments = Arrays.copyOf(increments, size);
        }

        @Override
        public void end() throws IOException {
            super.end();
            finalOffset = offset.endOffset();
            finalIncrement = posInc.getPositionIncrement();
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            if (chars.length > KEEP_CHARS) chars = new char[4096]; // one huge article must not pin its buffer
            if (ends.length > KEEP_TOKENS) {
                ends = new int[512];
                starts = new int[512];
                stops = new int[512];
                increments = new int[512];
            }
            count = 0;
            charCount = 0;
            finalOffset = 0;
            finalIncrement = 0;
        }
    }

    /** Plays the recorded tokens back. */
    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private Recorder source;
        private int next;

        void replay(Recorder recorded) {
            this.source = recorded;
        }

        @Override
        public boolean incrementToken() {
            if (next >= source.count) return false;
            clearAttributes();
            int from = next == 0 ? 0 : source.ends[next - 1];
            term.copyBuffer(source.chars, from, source.ends[next] - from);
            offset.setOffset(source.starts[next], source.stops[next]);
            posInc.setPositionIncrement(source.increments[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(source.finalOffset, source.finalOffset);
            posInc.setPositionIncrement(source.finalIncrement);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
