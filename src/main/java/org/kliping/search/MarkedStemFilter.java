package org.kliping.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Index-time form of the text fields: each word as written, then at the same position (increment 0, same
 * offsets) every stem candidate that differs from it, marked ({@link StemMarks}). The candidates come from the
 * stemming chain of {@link TextAnalysis} run over the one word, so they are exactly the terms the former stemmed
 * field had at that position. With {@link Mode#ROOTS} the word itself is left out when it has a marked stem: one
 * representative per word, for "more like this" and feedback, which count terms and must not count a word twice.
 */
final class MarkedStemFilter extends TokenFilter {
    enum Mode { INDEX, ROOTS }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final Mode mode;
    private final OneWordStream word = new OneWordStream();
    private final TokenStream stems;
    private final CharTermAttribute stem;
    private final List<String> pending = new ArrayList<>(4);
    private int next;
    private int firstIncrement;

    /** @param stemming builds the stemming filters over a stream (one word at a time here) */
    MarkedStemFilter(TokenStream input, Function<TokenStream, TokenStream> stemming, Mode mode) {
        super(input);
        this.mode = mode;
        this.stems = stemming.apply(word);
        this.stem = stems.addAttribute(CharTermAttribute.class);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.size()) {
            term.setEmpty().append(StemMarks.MARK).append(pending.get(next));
            posInc.setPositionIncrement(next == 0 && mode == Mode.ROOTS ? firstIncrement : 0);
            next++;
            return true;
        }
        if (!input.incrementToken()) return false;
        collectStems();
        if (mode == Mode.ROOTS && !pending.isEmpty()) {
            firstIncrement = posInc.getPositionIncrement();
            return incrementToken();
        }
        return true;
    }

    /** The word's stem candidates that differ from it, without repeats. */
    private void collectStems() throws IOException {
        pending.clear();
        next = 0;
        word.set(term.buffer(), term.length());
        stems.reset();
        while (stems.incrementToken()) {
            if (!sameAsWord() && !pending.contains(stem.toString())) pending.add(stem.toString());
        }
        stems.end();
    }

    private boolean sameAsWord() {
        if (stem.length() != term.length()) return false;
        char[] a = stem.buffer();
        char[] b = term.buffer();
        for (int i = 0; i < stem.length(); i++) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        next = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            stems.close();
        } finally {
            super.close();
        }
    }
}
