package org.kliping.domain;

import java.util.List;

/** What each outlet of a story reports, figure by figure; rows with a disagreement come first. */
public record Comparison(List<Long> articleIds, List<ComparisonRow> rows) {
    public Comparison {
        articleIds = List.copyOf(articleIds);
        rows = List.copyOf(rows);
    }

    public List<ComparisonRow> disagreements() {
        return rows.stream().filter(ComparisonRow::disagreement).toList();
    }
}
