package org.kliping.service;

import org.kliping.domain.Annotation;

import java.util.List;

/**
 * What {@code kliping check} found: database integrity, store and index agreement, highlights whose
 * anchor no longer matches the text, and the orphaned highlights (a normal state, listed, not a problem).
 */
public record CheckReport(String integrity, long articles, long indexed, List<Long> missingFromIndex,
                          List<Long> extraInIndex, List<Long> driftedHighlights, List<Annotation> orphans,
                          List<Long> damagedOriginals, List<String> problems, List<String> repairs) {

    public CheckReport {
        missingFromIndex = List.copyOf(missingFromIndex);
        extraInIndex = List.copyOf(extraInIndex);
        driftedHighlights = List.copyOf(driftedHighlights);
        orphans = List.copyOf(orphans);
        damagedOriginals = List.copyOf(damagedOriginals);
        problems = List.copyOf(problems);
        repairs = List.copyOf(repairs);
    }

    public boolean consistent() {
        return problems.isEmpty();
    }
}
