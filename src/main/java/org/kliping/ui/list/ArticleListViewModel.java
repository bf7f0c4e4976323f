package org.kliping.ui.list;

import org.kliping.ui.common.*;

import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kliping.domain.ArticleListing;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.SearchResult;
import org.kliping.domain.SortOrder;
import org.kliping.service.Services;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The article table: what it lists (the sidebar filter, or search results when there is a query), in
 * which order, and the rows, loaded a page at a time in the background. A reload started while another
 * runs wins: the older answer is dropped.
 */
public final class ArticleListViewModel {

    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onError;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<ListFilter> filter = new SimpleObjectProperty<>(this, "filter", ListFilter.ALL);
    private final ObjectProperty<PagedRows> rows;
    private final LongProperty total = new SimpleLongProperty(this, "total");
    private final LongProperty totalAllWords = new SimpleLongProperty(this, "totalAllWords");
    private final StringProperty queryError = new SimpleStringProperty(this, "queryError", "");
    private final ObjectProperty<List<String>> notices = new SimpleObjectProperty<>(this, "notices", List.of());
    private final ObjectProperty<Map<String, Map<String, Long>>> facets =
            new SimpleObjectProperty<>(this, "facets", Map.of());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");

    private ArticleListing.Sort sort = ArticleListing.Sort.IMPORTED;
    private boolean descending = true;
    private SortOrder searchSort = SortOrder.RELEVANCE;
    private String filterLimitNotice = "only the first " + org.kliping.service.SearchService.SCANNED + " results were checked";
    private long generation;

    public ArticleListViewModel(Services services, Background background, Consumer<Throwable> onError) {
        this.services = services;
        this.background = background;
        this.onError = onError;
        this.rows = new SimpleObjectProperty<>(this, "rows", PagedRows.empty(background));
    }

    /** Loads the list for the current query, filter and order. */
    public void reload() {
        long mine = ++generation;
        String q = effectiveQuery();
        RowSource source = sourceFor(q);
        loading.set(true);
        background.submit(ctx -> source.load(0, PagedRows.PAGE_SIZE), loaded -> {
            if (mine != generation) return;
            loading.set(false);
            queryError.set("");
            searching.set(!q.isBlank());
            SearchResult r = loaded.result();
            totalAllWords.set(r == null ? loaded.total() : r.totalAllWords());
            total.set(loaded.total());
            facets.set(r == null ? Map.of() : r.facets());
            notices.set(r == null ? List.of() : r.notices());
            rows.set(new PagedRows(background, source, loaded.total(), loaded.items(), onError));
        }, error -> {
            if (mine != generation) return;
            loading.set(false);
            if (isQueryProblem(q, error)) queryError.set(error.getMessage());
            else onError.accept(error);
        });
    }

    /** A listing, search results, or search results narrowed to the unread or starred ones. */
    private RowSource sourceFor(String q) {
        if (filter.get().kind() == ListFilter.Kind.TRASH) {
            return (offset, limit) -> {
                List<ArticleItem> all = SearchRowSource.items(services.articles().trashedRows());
                return new RowSource.Loaded(all.size(), all.subList(Math.min(offset, all.size()),
                        Math.min(all.size(), offset + limit)), null);
            };
        }
        if (q.isBlank()) {
            return new ListingRowSource(services.articles(), ListingRowSource.listingFor(filter.get(), sort, descending));
        }
        ListFilter.Kind kind = filter.get().kind();
        org.kliping.domain.ReadState only = kind == ListFilter.Kind.UNREAD ? org.kliping.domain.ReadState.UNREAD
                : kind == ListFilter.Kind.STARRED ? org.kliping.domain.ReadState.STARRED : org.kliping.domain.ReadState.ALL;
        return new SearchRowSource(services, q, searchSort, only, filterLimitNotice);
    }

    /** The notice shown when an unread/starred search checked only its first hits (in the user's language). */
    public void setFilterLimitNotice(String notice) {
        this.filterLimitNotice = notice;
    }

    /**
     * A search the index refused (malformed beyond repair, over a limit) is told under the search box; a
     * failing listing or a broken disk is an error for the window.
     */
    private static boolean isQueryProblem(String query, Throwable error) {
        if (query.isBlank()) return false;
        if (error instanceof InvalidInputException) return true;
        return error instanceof org.kliping.domain.KlipingException && !(error instanceof org.kliping.domain.StorageException)
                || error instanceof IllegalArgumentException;
    }

    /** The typed query, narrowed by the sidebar's source or tag when there is a query. */
    String effectiveQuery() {
        String typed = query.get() == null ? "" : query.get().strip();
        if (typed.isEmpty() || filter.get().kind() == ListFilter.Kind.TRASH) return "";
        String clause = filter.get().asQueryClause();
        return clause.isEmpty() ? typed : "(" + typed + ") " + clause;
    }

    /**
     * Sorts the listing by a column (search results sort by relevance, or by date either way for PUBLISHED). The same order
     * again changes nothing: the table asks when it gets its first rows, and the list is loading already.
     */
    public void sortBy(ArticleListing.Sort newSort, boolean newDescending) {
        ArticleListing.Sort wanted = newSort == null ? ArticleListing.Sort.IMPORTED : newSort;
        boolean wantedDescending = newSort == null || newDescending;
        if (wanted == sort && wantedDescending == descending) return;
        sort = wanted;
        descending = wantedDescending;
        searchSort = newSort != ArticleListing.Sort.PUBLISHED ? SortOrder.RELEVANCE
                : descending ? SortOrder.DATE : SortOrder.OLDEST_FIRST;
        reload();
    }

    /** Adds a facet value (source, place, tag, year) to the query, as a click in the sidebar does. */
    public void narrowByFacet(String facet, String value) {
        query.set(ListFilter.withFacet(query.get(), facet, value));
    }

    public void clearQuery() {
        query.set("");
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<ListFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<PagedRows> rowsProperty() {
        return rows;
    }

    /** Of the search results, how many hold every typed word (the total when all do, or for a listing). */
    public LongProperty totalAllWordsProperty() {
        return totalAllWords;
    }

    public LongProperty totalProperty() {
        return total;
    }

    public StringProperty queryErrorProperty() {
        return queryError;
    }

    public ObjectProperty<List<String>> noticesProperty() {
        return notices;
    }

    public ObjectProperty<Map<String, Map<String, Long>>> facetsProperty() {
        return facets;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }
}
