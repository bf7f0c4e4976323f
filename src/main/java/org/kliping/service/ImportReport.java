package org.kliping.service;

import java.util.List;

/**
 * The outcome of an import: counts, every rejection with its location and reason, every doubt, and
 * the ids of the articles stored.
 */
public record ImportReport(int imported, int duplicates, List<Problem> rejected, List<Problem> warnings,
                           List<Long> ids, boolean cancelled) {

    /** A file (or {@code file:line}, {@code zip!entry}) and what was wrong with it. */
    public record Problem(String path, String error) {
    }

    public ImportReport {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
        ids = List.copyOf(ids);
    }
}
