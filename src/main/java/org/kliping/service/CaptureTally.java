package org.kliping.service;

import org.kliping.service.ImportReport.Problem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a run of clips adds up to, item by item. */
final class CaptureTally {
    int imported;
    int duplicates;
    int refreshed;
    boolean cancelled;
    final List<Problem> rejected = new ArrayList<>();
    final List<Problem> warnings = new ArrayList<>();
    final Set<Long> ids = new LinkedHashSet<>();
    final List<CaptureReport.FeedResult> feeds = new ArrayList<>();
    final List<CaptureReport.Trashed> trashed = new ArrayList<>();

    void add(ImportReport r) {
        imported += r.imported();
        duplicates += r.duplicates();
        rejected.addAll(r.rejected());
        warnings.addAll(r.warnings());
        ids.addAll(r.ids());
    }

    CaptureReport report() {
        return new CaptureReport(imported, duplicates, refreshed, rejected, warnings, List.copyOf(ids), feeds, cancelled, trashed);
    }
}
