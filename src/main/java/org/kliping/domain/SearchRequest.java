package org.kliping.domain;

/** A query as the user typed it, with paging and order. */
public record SearchRequest(String query, int limit, int offset, SortOrder sort) {
    public SearchRequest {
        query = query == null ? "" : query;
        if (limit < 0) throw new IllegalArgumentException("negative limit");
        if (offset < 0) throw new IllegalArgumentException("negative offset");
        sort = sort == null ? SortOrder.RELEVANCE : sort;
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, 20, 0, SortOrder.RELEVANCE);
    }
}
