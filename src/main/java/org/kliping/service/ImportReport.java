package org.kliping.service;

import java.util.List;

/**
 * The outcome of an import: counts, every rejection with its location and reason, every doubt, the ids of the
 * articles stored, and the files a folder walk passed over (not a format Kliping reads) with why.
 */
public record ImportReport(int imported, int duplicates, List<Problem> rejected, List<Problem> warnings,
                           List<Long> ids, boolean cancelled, List<Problem> skipped) {

    /** A report of an import that passed over no files. */
    public ImportReport(int imported, int duplicates, List<Problem> rejected, List<Problem> warnings, List<Long> ids,
                        boolean cancelled) {
        this(imported, duplicates, rejected, warnings, ids, cancelled, List.of());
    }

    /** A file (or {@code file:line}, {@code zip!entry}) and what was wrong with it. */
    public record Problem(String path, String error) {
    }

    public ImportReport {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
        ids = List.copyOf(ids);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }
}
