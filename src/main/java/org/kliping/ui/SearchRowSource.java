package org.kliping.ui;

import org.kliping.domain.Article;
import org.kliping.domain.NotFoundException;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;
import org.kliping.domain.SortOrder;
import org.kliping.service.Services;

import java.util.ArrayList;
import java.util.List;

/** Rows from the index: ranked hits with snippets, completed from the store (place, tags, read, star). */
final class SearchRowSource implements RowSource {

    private final Services services;
    private final String query;
    private final SortOrder sort;

    SearchRowSource(Services services, String query, SortOrder sort) {
        this.services = services;
        this.query = query;
        this.sort = sort;
    }

    @Override
    public Loaded load(int offset, int limit) {
        SearchResult result = services.search().search(new SearchRequest(query, limit, offset, sort));
        List<ArticleItem> items = new ArrayList<>(result.hits().size());
        for (SearchHit hit : result.hits()) items.add(complete(hit));
        return new Loaded(result.total(), items, result);
    }

    /** The stored article behind a hit; a hit whose article was just deleted keeps the index's fields. */
    private ArticleItem complete(SearchHit hit) {
        try {
            Article a = services.articles().get(hit.id());
            return ListingRowSource.item(a, services.tags().tagsOf(hit.id()), hit.snippet());
        } catch (NotFoundException e) {
            return new ArticleItem(hit.id(), hit.title(), hit.source(), null, hit.published(), null, List.of(),
                    false, true, hit.snippet());
        }
    }
}
