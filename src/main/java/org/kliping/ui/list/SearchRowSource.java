package org.kliping.ui.list;

import org.kliping.ui.common.*;

import org.kliping.domain.ArticleRow;
import org.kliping.domain.ReadState;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;
import org.kliping.domain.SortOrder;
import org.kliping.service.SearchService;
import org.kliping.service.Services;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows from the index, already joined with their stored fields, tags and reading state by the search service; narrowed
 * to unread or starred articles, the whole narrowed result is asked once and paged from memory.
 */
public final class SearchRowSource implements RowSource {

    private final Services services;
    private final String query;
    private final SortOrder sort;
    private final ReadState only;
    private final String truncatedNotice;
    private SearchService.Rows narrowed;

    /** @param truncatedNotice the notice shown when a narrowed search looked at only its first hits */
    SearchRowSource(Services services, String query, SortOrder sort, ReadState only, String truncatedNotice) {
        this.services = services;
        this.query = query;
        this.sort = sort;
        this.only = only == null ? ReadState.ALL : only;
        this.truncatedNotice = truncatedNotice;
    }

    @Override
    public synchronized Loaded load(int offset, int limit) {
        if (only == ReadState.ALL) {
            SearchService.Rows page = services.search().rows(new SearchRequest(query, limit, offset, sort), only);
            return new Loaded(page.total(), items(page.rows()), page.result());
        }
        if (narrowed == null) narrowed = services.search().rows(new SearchRequest(query, SearchService.SCANNED, 0, sort), only);
        List<ArticleRow> all = narrowed.rows();
        List<ArticleRow> page = all.subList(Math.min(all.size(), offset), Math.min(all.size(), offset + limit));
        SearchResult r = narrowed.result();
        List<String> notices = new ArrayList<>(r.notices());
        if (narrowed.truncated()) notices.add(truncatedNotice);
        return new Loaded(narrowed.total(), items(page), new SearchResult(r.total(), List.of(), r.facets(), notices));
    }

    static List<ArticleItem> items(List<ArticleRow> rows) {
        return rows.stream().map(SearchRowSource::item).toList();
    }

    static ArticleItem item(ArticleRow r) {
        return new ArticleItem(r.id(), r.title(), r.source(), r.place(), r.published(), r.publishedText(), r.tags(),
                r.starred(), r.read(), r.snippet());
    }
}
