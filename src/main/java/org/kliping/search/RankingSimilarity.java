package org.kliping.search;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 with the settings' k1 and b for every field, and for the synthetic field of a
 * {@link org.apache.lucene.sandbox.search.CombinedFieldQuery} (title + body as one field) a k1 raised by
 * {@link #combinedScale}: that query only accepts field weights of at least 1, so its weights are scaled up
 * and k1 with them, which leaves BM25 unchanged (it depends on tf / k1 and on relative lengths only).
 * Norms are computed the same way for every field (BM25's), so searching with this similarity needs no reindex.
 */
final class RankingSimilarity extends PerFieldSimilarityWrapper {
    /** The field name CombinedFieldQuery gives the statistics of its synthetic field (Lucene 9 sandbox). */
    static final String COMBINED_FIELD = "pseudo_field";

    private final Similarity plain;
    private final Similarity combined;

    RankingSimilarity(SearchSettings settings) {
        this.plain = new BM25Similarity(settings.bm25K1(), settings.bm25B());
        this.combined = new BM25Similarity(settings.bm25K1() * combinedScale(settings), settings.bm25B());
    }

    /** Factor that lifts the smaller of the title and body weights (body = 1, title = titleBoost) to 1. */
    static float combinedScale(SearchSettings settings) {
        float t = settings.titleBoost();
        return t > 0 && t < 1 ? 1 / t : 1f;
    }

    @Override
    public Similarity get(String field) {
        return COMBINED_FIELD.equals(field) ? combined : plain;
    }
}
