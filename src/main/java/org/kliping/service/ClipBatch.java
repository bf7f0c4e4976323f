package org.kliping.service;

import org.kliping.domain.ArticleDraft;
import org.kliping.ingest.ReadOutcome;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Pages read and waiting to be stored together: one import (one transaction, one index commit) for many pages
 * instead of one each, which made clipping 60 pages take over a minute, mostly in fsyncs. Each article is still
 * stored whole or not at all; an address waiting here counts as known, so a list naming it twice stores it once.
 */
final class ClipBatch {
    /** Pages stored at once at most. */
    static final int SIZE = 32;

    private record Entry(List<String> tags, LongConsumer stored) {
    }

    private final ImportService imports;
    private final TagService tags;
    private final List<ReadOutcome> outcomes = new ArrayList<>();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Set<String> addresses = new HashSet<>();

    ClipBatch(ImportService imports, TagService tags) {
        this.imports = imports;
        this.tags = tags;
    }

    boolean holdsAnyOf(List<String> urls) {
        return urls.stream().anyMatch(addresses::contains);
    }

    boolean isFull() {
        return outcomes.size() >= SIZE;
    }

    /** Queues a page read from {@code url} (known also by {@code urls}); {@code stored} hears its article id. */
    void add(String url, List<String> urls, ArticleDraft draft, List<String> tagNames, LongConsumer stored) {
        outcomes.add(new ReadOutcome.Parsed(url, draft));
        entries.put(url, new Entry(List.copyOf(tagNames), stored));
        addresses.add(url);
        addresses.addAll(urls);
    }

    /** Stores what waits, tags it, and tells each page's caller its article (new, or the stored duplicate). */
    void flush(CaptureTally tally, ImportListener listener) {
        if (outcomes.isEmpty()) return;
        Map<String, Long> ids = new LinkedHashMap<>();
        ImportReport r = imports.importOutcomes(List.copyOf(outcomes), new ImportListener() {
            @Override
            public void item(String location, Status status, long articleId, String message) {
                if (articleId > 0) ids.put(location, articleId);
                listener.item(location, status, articleId, message);
            }

            @Override
            public void progress(long done, long total, String message) {
            }
        });
        tally.add(r);
        Map<List<String>, List<Long>> byTags = new LinkedHashMap<>();
        entries.forEach((url, e) -> {
            Long id = ids.get(url);
            if (id == null) return;
            if (!e.tags().isEmpty()) byTags.computeIfAbsent(e.tags(), t -> new ArrayList<>()).add(id);
            e.stored().accept(id);
        });
        byTags.forEach((names, articleIds) -> tags.tag(articleIds, names, List.of())); // one index update per tag list
        outcomes.clear();
        entries.clear();
        addresses.clear();
    }
}
