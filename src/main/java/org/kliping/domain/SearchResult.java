package org.kliping.domain;

import java.util.List;
import java.util.Map;

/**
 * Results of one search: the total number of matching articles, the requested page of hits,
 * facet counts ({@code source}, {@code place}, {@code tag}, {@code year} to value to count), and
 * notices about limits applied to the query (empty when none).
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets,
                           List<String> notices) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        notices = List.copyOf(notices);
    }
}
