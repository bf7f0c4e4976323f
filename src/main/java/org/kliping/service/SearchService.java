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

    public SearchResult search(SearchRequest request) {
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

    /** Rebuilds the index from the store, reporting progress. */
    public void reindex(org.kliping.domain.ProgressListener progress) {
        sync.rebuild(progress);
    }

    private static String abbreviate(String q) {
        return q.length() <= 80 ? q : q.substring(0, 77) + "...";
    }
}
