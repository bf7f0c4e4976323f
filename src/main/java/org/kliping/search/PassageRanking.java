package org.kliping.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * The highlighter's default passage score (BM25 over the passage, same parameters), computed without the
 * hash table Lucene builds for every candidate passage: that table allocates a 32 KB block each time, which
 * was the largest single cost of snippets in two-word searches on a large archive (a profile). A passage holds
 * a handful of matches, so its distinct terms are found by comparing with the earlier matches.
 */
final class PassageRanking extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        double score = 0;
        // distinct terms in order of first match, as Lucene's table numbers them, so the sum is the same
        for (int i = 0; i < matches; i++) {
            if (seenBefore(terms, i)) continue;
            int inPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].bytesEquals(terms[i])) inPassage++;
            }
            score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
        }
        return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
        for (int k = 0; k < i; k++) {
            if (terms[k].bytesEquals(terms[i])) return true;
        }
        return false;
    }
}
