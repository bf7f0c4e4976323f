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

import java.util.List;

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

    /**
     * The deepest result a search pages to: {@code offset + limit} beyond it is cut, with a notice. Lucene keeps a
     * priority queue of {@code offset + limit} entries, so {@code --limit 2000000000} was an OutOfMemoryError.
     */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public SearchResult search(SearchRequest request) {
        long end = (long) request.offset() + request.limit();
        if (end <= MAX_RESULT_WINDOW) return searchUncapped(request);
        int offset = Math.min(request.offset(), MAX_RESULT_WINDOW);
        SearchRequest capped = new SearchRequest(request.query(), MAX_RESULT_WINDOW - offset, offset, request.sort());
        SearchResult r = searchUncapped(capped);
        List<String> notices = new java.util.ArrayList<>(r.notices());
        notices.add("Only the first " + MAX_RESULT_WINDOW + " results can be listed: offset + limit (" + end
                + ") was cut to " + MAX_RESULT_WINDOW + ".");
        return new SearchResult(r.total(), r.hits(), r.facets(), notices);
    }

    /** Without the window cap: exports page through every match, a thousand at a time. */
    SearchResult searchUncapped(SearchRequest request) {
        try {
            return index.search(request);
        } catch (InvalidQueryException e) {
            throw new InvalidInputException("query '" + abbreviate(request.query()) + "': " + e.getMessage());
        } catch (IndexAccessException e) {
            throw new StorageException("search index: " + e.getMessage(), e);
        }
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
