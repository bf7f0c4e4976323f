package org.kliping.ui.list;

import org.kliping.ui.common.*;

import org.kliping.domain.Article;
import org.kliping.domain.ArticleListing;
import org.kliping.service.ArticleService;

import java.util.List;

/** Rows from the store: filtered and sorted by SQLite, a page at a time. */
public final class ListingRowSource implements RowSource {

    private final ArticleService articles;
    private final ArticleListing listing;

    ListingRowSource(ArticleService articles, ArticleListing listing) {
        this.articles = articles;
        this.listing = listing;
    }

    static ArticleListing listingFor(ListFilter filter, ArticleListing.Sort sort, boolean descending) {
        String tag = filter.kind() == ListFilter.Kind.TAG ? filter.value() : null;
        String source = filter.kind() == ListFilter.Kind.SOURCE ? filter.value() : null;
        long feed = filter.kind() == ListFilter.Kind.FEED ? Long.parseLong(filter.value()) : 0;
        return new ArticleListing(tag, source, filter.kind() == ListFilter.Kind.STARRED,
                filter.kind() == ListFilter.Kind.UNREAD, sort, descending, 0, 0, feed);
    }

    @Override
    public Loaded load(int offset, int limit) {
        long total = offset == 0 ? articles.count(listing) : -1;
        List<ArticleItem> items = articles.list(listing.page(offset, limit)).stream()
                .map(row -> item(row.article(), row.tags(), null)).toList();
        return new Loaded(total, items, null);
    }

    static ArticleItem item(Article a, List<String> tags, String snippet) {
        return new ArticleItem(a.id(), a.title(), a.source(), a.place(), a.published(), a.publishedText(), tags,
                a.starred(), a.read(), snippet);
    }
}
