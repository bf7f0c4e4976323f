package org.kliping.ui.list;

import org.kliping.ui.common.*;

import org.kliping.domain.SearchResult;

import java.util.List;

/** Loads a page of table rows; called on a background thread. */
@FunctionalInterface
public interface RowSource {

    /**
     * @param total  how many rows there are in all
     * @param result the search result behind the rows (facets, notices), or null for a listing
     */
    record Loaded(long total, List<ArticleItem> items, SearchResult result) {
        public Loaded {
            items = List.copyOf(items);
        }

        static Loaded empty() {
            return new Loaded(0, List.of(), null);
        }
    }

    Loaded load(int offset, int limit);
}
