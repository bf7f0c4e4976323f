package org.kliping.ui;

import org.kliping.domain.Article;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;
import org.kliping.domain.SortOrder;
import org.kliping.service.Services;

import java.util.ArrayList;
import java.util.List;

/**
 * Search results narrowed to unread or starred articles. The index does not know either state (it changes
 * with every click), so the hits are read in rank order and kept when the stored article matches; at most
 * {@link #SCANNED} hits are looked at, and a notice says so when the result had more.
 */
final class FilteredSearchRowSource implements RowSource {

    /**
     * How many hits are checked at most: bounds the first page's wait on a broad query (on 100k articles,
     * 1000 hits take 0.5-0.8 s against 0.05-0.1 s for the unfiltered page; 5000 took 1.6-3.5 s). Raise it
     * when the store can answer the read/starred state of many ids in one query.
     */
    static final int SCANNED = 1000;
    private static final int BATCH = 250;

    private final Services services;
    private final String query;
    private final SortOrder sort;
    private final ListFilter.Kind kind;
    private final String truncatedNotice;
    private List<Kept> kept;
    private SearchResult first;
    private boolean truncated;

    private record Kept(SearchHit hit, Article article) {
    }

    /** @param truncatedNotice the notice shown when more than {@link #SCANNED} hits matched */
    FilteredSearchRowSource(Services services, String query, SortOrder sort, ListFilter.Kind kind,
                            String truncatedNotice) {
        if (kind != ListFilter.Kind.UNREAD && kind != ListFilter.Kind.STARRED) {
            throw new IllegalArgumentException("only unread or starred narrow a search, not " + kind);
        }
        this.services = services;
        this.query = query;
        this.sort = sort;
        this.kind = kind;
        this.truncatedNotice = truncatedNotice;
    }

    @Override
    public synchronized Loaded load(int offset, int limit) {
        if (kept == null) scan();
        List<ArticleItem> items = new ArrayList<>();
        for (int i = offset; i < Math.min(kept.size(), offset + limit); i++) {
            Kept k = kept.get(i);
            items.add(ListingRowSource.item(k.article(), services.tags().tagsOf(k.article().id()), k.hit().snippet()));
        }
        List<String> notices = new ArrayList<>(first.notices());
        if (truncated) notices.add(truncatedNotice);
        return new Loaded(kept.size(), items, new SearchResult(kept.size(), List.of(), first.facets(), notices));
    }

    private void scan() {
        kept = new ArrayList<>();
        for (int offset = 0; offset < SCANNED; offset += BATCH) {
            SearchResult r = services.search().search(new SearchRequest(query, BATCH, offset, sort));
            if (first == null) first = r;
            keepWanted(r.hits());
            if (r.hits().size() < BATCH || offset + BATCH >= r.total()) return;
        }
        truncated = first.total() > SCANNED;
    }

    /** Keeps the hits whose article is unread (or starred), reading their states in one query. */
    private void keepWanted(List<SearchHit> hits) {
        java.util.Map<Long, Article> byId = new java.util.HashMap<>();
        for (Article a : services.articles().getAll(hits.stream().map(SearchHit::id).toList())) byId.put(a.id(), a);
        for (SearchHit hit : hits) {
            Article a = byId.get(hit.id()); // null: deleted between the search and this look-up
            if (a == null) continue;
            boolean wanted = kind == ListFilter.Kind.UNREAD ? !a.read() : a.starred();
            if (wanted) kept.add(new Kept(hit, a));
        }
    }
}
