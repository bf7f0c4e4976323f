package org.kliping.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;

/**
 * Query-time form of a stemmed match on the text fields: after each stem s, its marked twin #s at the same
 * position. A text word whose stem is s holds either s itself (when it is its own stem) or #s, so the pair
 * finds both; Lucene's query builder makes a synonym query of the pair (a phrase: one position of both).
 */
final class StemTwinFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private State twin;

    StemTwinFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (twin != null) {
            restoreState(twin);
            twin = null;
            String stem = term.toString();
            term.setEmpty().append(StemMarks.MARK).append(stem);
            posInc.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) return false;
        twin = captureState();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        twin = null;
    }
}
