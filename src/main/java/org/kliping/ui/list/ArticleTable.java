package org.kliping.ui.list;

import org.kliping.ui.common.*;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableView;

import java.util.List;
import org.kliping.domain.ArticleListing;

import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Sets up the article table: columns, rows ({@link ArticleRow}: unread in bold, a search hit's snippet under it),
 * and sorting handed to the store (the table never sorts its virtual rows itself).
 */
public final class ArticleTable {

    /** Row heights: one line of title, or a title over a two-line snippet (with the theme's padding). */
    static final double LISTING_ROW_HEIGHT = 34;
    static final double SEARCH_ROW_HEIGHT = 58;

    private ArticleTable() {
    }

    static void configure(TableView<ArticleItem> table, ArticleListViewModel vm, ResourceBundle text) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new javafx.scene.control.Label(text.getString("table.empty")));
        TableColumn<ArticleItem, ArticleItem> star = column(text.getString("column.star"), item -> item, null);
        star.setCellFactory(c -> new StarCell());
        star.setPrefWidth(30);
        star.setMinWidth(30);
        star.setMaxWidth(30);
        star.setSortable(false);
        TableColumn<ArticleItem, ArticleItem> title = column(text.getString("column.title"), item -> item,
                ArticleListing.Sort.TITLE);
        title.setCellFactory(c -> new TitleCell());
        title.setPrefWidth(440);
        TableColumn<ArticleItem, String> source = column(text.getString("column.source"), ArticleItem::source,
                ArticleListing.Sort.SOURCE);
        TableColumn<ArticleItem, String> place = column(text.getString("column.place"), ArticleItem::place,
                ArticleListing.Sort.PLACE);
        TableColumn<ArticleItem, ArticleItem> date = column(text.getString("column.date"), item -> item,
                ArticleListing.Sort.PUBLISHED);
        date.setCellFactory(c -> new DateCell(text));
        TableColumn<ArticleItem, String> tags = column(text.getString("column.tags"),
                item -> String.join(", ", item.tags()), null);
        tags.setSortable(false);
        table.getColumns().setAll(java.util.List.of(star, title, source, place, date, tags));
        // what a 1024-pixel window leaves the list (some 440 pixels) holds every column at its least width
        title.setMinWidth(110);
        source.setMinWidth(56);
        place.setMinWidth(48);
        place.setPrefWidth(80);
        date.setMinWidth(78);
        date.setPrefWidth(90);
        tags.setMinWidth(48);
        for (TableColumn<ArticleItem, String> c : List.of(source, place, tags)) {
            c.setCellFactory(col -> new WordEllipsisCell<>());
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // narrower than every column at its least (a wide sidebar in a small window), the columns keep their widths
        // and a scroll bar reaches the last ones: the constrained policy would cut them off out of reach
        double least = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + 24;
        table.widthProperty().addListener((obs, was, now) -> {
            var policy = now.doubleValue() < least ? TableView.UNCONSTRAINED_RESIZE_POLICY
                    : TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS;
            if (table.getColumnResizePolicy() != policy) table.setColumnResizePolicy(policy);
        });
        table.setRowFactory(t -> new ArticleRow());
        QuietSort quiet = new QuietSort();
        table.setSortPolicy(t -> {
            if (!quiet.active) sortChanged(t, vm);
            return true;
        });
        // TableView clears its sort order whenever its items list is replaced (unless it is a SortedList), and
        // an empty sort order would ask the store for import order again: every reload, such as the one a click
        // on a column header starts, undid that click. The order is put back, without asking for a new sort.
        javafx.beans.value.ChangeListener<PagedRows> rows = (obs, was, now) -> {
            List<TableColumn<ArticleItem, ?>> order = List.copyOf(table.getSortOrder());
            quiet.run(() -> {
                table.setItems(now);
                table.getSortOrder().setAll(order);
            });
        };
        vm.rowsProperty().addListener(rows);
        rows.changed(vm.rowsProperty(), null, vm.rowsProperty().get());
        // a fixed row height spares the virtual flow measuring every row it scrolls past (100k rows)
        table.setFixedCellSize(LISTING_ROW_HEIGHT);
        SearchSorting searchSorting = new SearchSorting(table, List.of(title, source, place), quiet);
        vm.searchingProperty().addListener((obs, was, searching) -> {
            table.setFixedCellSize(searching ? SEARCH_ROW_HEIGHT : LISTING_ROW_HEIGHT);
            searchSorting.searching(searching);
        });
        if (vm.searchingProperty().get()) searchSorting.searching(true);
    }

    /** Changes to the table's sort order made while {@link #run} runs are not handed to the view model. */
    private static final class QuietSort {
        private boolean active;

        void run(Runnable change) {
            active = true;
            try {
                change.run();
            } finally {
                active = false;
            }
        }
    }

    /**
     * Search results come by relevance or by date, never by title, outlet or place (the index keeps no order
     * for those). While searching, those headers are not sortable and show no arrow, so a click cannot claim an
     * order the rows do not have; the list's own order is kept and its arrow comes back when the search is
     * cleared, unless the user sorted by date meanwhile.
     */
    private static final class SearchSorting {
        private final TableView<ArticleItem> table;
        private final List<TableColumn<ArticleItem, ?>> listingOnly;
        private final QuietSort quiet;
        private List<TableColumn<ArticleItem, ?>> listingOrder;
        private List<TableColumn<ArticleItem, ?>> searchOrder;

        SearchSorting(TableView<ArticleItem> table, List<TableColumn<ArticleItem, ?>> listingOnly, QuietSort quiet) {
            this.table = table;
            this.listingOnly = listingOnly;
            this.quiet = quiet;
        }

        void searching(boolean searching) {
            listingOnly.forEach(c -> c.setSortable(!searching));
            if (searching) {
                listingOrder = List.copyOf(table.getSortOrder());
                searchOrder = listingOrder.stream().filter(c -> !listingOnly.contains(c)).toList();
                if (!searchOrder.equals(listingOrder)) setOrderQuietly(searchOrder);
            } else if (listingOrder != null) {
                if (List.copyOf(table.getSortOrder()).equals(searchOrder)) setOrderQuietly(listingOrder);
                listingOrder = null;
            }
        }

        /** The arrows change, but the view model is not asked to sort: its order is already the right one. */
        private void setOrderQuietly(List<TableColumn<ArticleItem, ?>> order) {
            quiet.run(() -> table.getSortOrder().setAll(order));
        }
    }

    /** The store sorts: the first sort column (or import order when none) decides the listing's order. */
    private static void sortChanged(TableView<ArticleItem> table, ArticleListViewModel vm) {
        if (table.getSortOrder().isEmpty()) {
            vm.sortBy(null, true);
            return;
        }
        TableColumn<ArticleItem, ?> first = table.getSortOrder().get(0);
        vm.sortBy((ArticleListing.Sort) first.getUserData(), first.getSortType() == TableColumn.SortType.DESCENDING);
    }

    private static <T> TableColumn<ArticleItem, T> column(String name, Function<ArticleItem, T> value,
                                                          ArticleListing.Sort sort) {
        TableColumn<ArticleItem, T> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue() == null ? null : value.apply(f.getValue())));
        c.setUserData(sort);
        c.setSortable(sort != null);
        c.setPrefWidth(110);
        return c;
    }

    /** A plain text cell that cuts at a word, with an ellipsis. */
    private static final class WordEllipsisCell<T> extends TableCell<ArticleItem, T> {
        WordEllipsisCell() {
            setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
            setEllipsisString("…");
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? null : value.toString());
        }
    }

    /**
     * A date as the reader's header writes it (the interface language's medium form); one found in the text but not
     * understood (a day without its year) is a dash, with what was written in its tooltip: never raw beside the others.
     */
    private static final class DateCell extends TableCell<ArticleItem, ArticleItem> {
        private final ResourceBundle text;

        DateCell(ResourceBundle text) {
            this.text = text;
            setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
            setEllipsisString("…");
        }

        @Override
        protected void updateItem(ArticleItem item, boolean empty) {
            super.updateItem(item, empty);
            setTooltip(null);
            if (empty || item == null || item.isPlaceholder()) {
                setText(null);
            } else if (item.published() != null) {
                setText(Dialogs.date(text, item.published()));
            } else if (item.dateText() != null && !item.dateText().isBlank()) {
                setText("—");
                setTooltip(new javafx.scene.control.Tooltip(Dialogs.format(text, "date.asWritten", item.dateText().strip())));
            } else {
                setText(null);
            }
        }
    }

    private static final class StarCell extends TableCell<ArticleItem, ArticleItem> {
        StarCell() {
            getStyleClass().add("star-cell"); // once: adding it in updateItem grew the list with every scroll
        }

        @Override
        protected void updateItem(ArticleItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null || !item.starred() ? null : "★");
        }
    }

    /** The title, cut at a word with an ellipsis when the column is narrower (the snippet is the row's, under it). */
    private static final class TitleCell extends TableCell<ArticleItem, ArticleItem> {
        TitleCell() {
            getStyleClass().add("title-cell");
            setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
            setEllipsisString("…");
        }

        @Override
        protected void updateItem(ArticleItem item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(null);
            setText(empty || item == null ? null : item.isPlaceholder() ? "…" : item.title());
            setTooltip(null);
        }
    }
}
