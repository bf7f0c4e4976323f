package org.kliping.service;

import org.kliping.domain.InvalidInputException;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;
import org.kliping.domain.StorageException;
import org.kliping.search.ArticleIndex;
import org.kliping.search.IndexAccessException;
import org.kliping.search.InvalidQueryException;
import org.kliping.store.ArticleStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kliping.domain.ArticleRow;
import org.kliping.domain.ReadState;

/** Full-text search, related articles and rebuilding the index, for the window and the CLI alike. */
public final class SearchService {

    private final ArticleIndex index;
    private final IndexSync sync;
    private final ArticleStore articles;

    SearchService(ArticleIndex index, IndexSync sync, ArticleStore articles) {
        this.index = index;
        this.sync = sync;
        this.articles = articles;
    }

    public SearchResult search(SearchRequest request) {
        try {
            return index.search(request);
        } catch (InvalidQueryException e) {
            throw new InvalidInputException("query '" + abbreviate(request.query()) + "': " + e.getMessage());
        } catch (IndexAccessException e) {
            throw new StorageException("search index: " + e.getMessage(), e);
        }
    }

    /**
     * A page of search results as list rows: each hit joined with its stored fields, tags and reading state in one
     * query on the reading connection, narrowed to unread or starred articles when asked. The index does not know
     * reading state (it changes with every click), so a narrowed search reads hits in rank order and keeps those that
     * match, looking at most {@link #SCANNED} hits; {@link Rows#truncated} says when the result had more.
     */
    public Rows rows(SearchRequest request, ReadState only) {
        if (only == null || only == ReadState.ALL) {
            SearchResult r = search(request);
            Map<Long, ArticleRow> stored = articles.rows(r.hits().stream().map(SearchHit::id).toList());
            List<ArticleRow> rows = new ArrayList<>(r.hits().size());
            List<SearchHit> hits = new ArrayList<>(r.hits().size());
            for (SearchHit h : r.hits()) {
                ArticleRow row = stored.get(h.id()); // null: deleted between the search and this look-up
                if (row != null) {
                    rows.add(row.withSnippet(h.snippet()));
                    hits.add(h);
                }
            }
            return new Rows(r.total(), rows, hits, r, false);
        }
        List<ArticleRow> kept = new ArrayList<>();
        List<SearchHit> keptHits = new ArrayList<>();
        SearchResult first = null;
        boolean truncated = false;
        for (int offset = 0; offset < SCANNED; offset += BATCH) {
            SearchResult r = search(new SearchRequest(request.query(), BATCH, offset, request.sort()));
            if (first == null) first = r;
            Map<Long, ArticleRow> stored = articles.rows(r.hits().stream().map(SearchHit::id).toList());
            for (SearchHit h : r.hits()) {
                ArticleRow row = stored.get(h.id());
                if (row != null && (only == ReadState.UNREAD ? !row.read() : row.starred())) {
                    kept.add(row.withSnippet(h.snippet()));
                    keptHits.add(h);
                }
            }
            if (r.hits().size() < BATCH || offset + BATCH >= r.total()) break;
            if (offset + BATCH >= SCANNED) truncated = true;
        }
        int from = Math.min(kept.size(), request.offset());
        int to = Math.min(kept.size(), from + request.limit());
        SearchResult narrowed = new SearchResult(kept.size(), List.of(), first.facets(), first.notices());
        return new Rows(kept.size(), List.copyOf(kept.subList(from, to)), List.copyOf(keptHits.subList(from, to)), narrowed,
                truncated);
    }

    /** How many hits a search narrowed by reading state looks at, at most. */
    public static final int SCANNED = 2000;
    private static final int BATCH = 500;

    /**
     * A page of {@link #rows}: the total (of the narrowed result when narrowed), the rows and the hits behind them (in
     * the same order), the search result (facets and notices; its hits are left out when narrowed), and whether a
     * narrowed search stopped at {@link #SCANNED}.
     */
    public record Rows(long total, List<ArticleRow> rows, List<SearchHit> hits, SearchResult result, boolean truncated) {
    }

    public List<SearchHit> related(long articleId, int limit) {
        articles.get(articleId);
        return index.related(articleId, limit);
    }

    /** Rebuilds the index from the store, reporting progress. It is left fragmented: see {@link #mergeIndex()}. */
    public void reindex(org.kliping.domain.ProgressListener progress) {
        sync.rebuild(progress);
    }

    /** Segments the index is spread over (1 after {@link #mergeIndex()}); for checks and diagnostics. */
    public int indexSegments() {
        return index.segmentCount();
    }

    /**
     * Merges the index into one segment now when a bulk write left it fragmented (every search is then faster),
     * returning whether it did. The window merges in the background by itself; the command line, whose process
     * ends right after a rebuild or an import, calls this instead.
     */
    public boolean mergeIndex() {
        try {
            return sync.mergeIfFragmented();
        } catch (IndexAccessException e) {
            throw new StorageException("search index: " + e.getMessage(), e);
        }
    }

    private static String abbreviate(String q) {
        return q.length() <= 80 ? q : q.substring(0, 77) + "...";
    }
}
