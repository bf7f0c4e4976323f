package org.kliping.domain;

import java.util.List;
import java.util.Map;

/**
 * Results of one search: the total number of matching articles, the requested page of hits,
 * facet counts ({@code source}, {@code place}, {@code tag}, {@code year} to value to count, over all the
 * results), notices about limits applied to the query (empty when none), and how many of the results hold every
 * typed word ({@code totalAllWords}; equal to {@code total} when all of them do, or when the query is not a list
 * of several words).
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets,
                           List<String> notices, long totalAllWords) {
    public SearchResult {
        if (totalAllWords < 0 || totalAllWords > total) {
            throw new IllegalArgumentException("totalAllWords " + totalAllWords + " not within 0.." + total);
        }
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        notices = List.copyOf(notices);
    }

    /** Results that all hold every typed word (or of a query that is not a word list). */
    public SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets, List<String> notices) {
        this(total, hits, facets, notices, total);
    }

    /** True when some results lack a typed word: ranked softly, below the ones with every word. */
    public boolean rankedSoftly() {
        return totalAllWords < total;
    }
}
