package org.kliping.ui.list;

import org.kliping.ui.common.*;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import org.kliping.ui.common.ArticleItem;
import org.kliping.ui.common.ListFilter;
import org.kliping.ui.common.WindowContext;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list pane: the search box (the query runs after typing pauses, Enter/Down go to the results), the result count
 * and notices under it, and the article table. The selection goes to the window context, and a selected row is asked
 * to open there; the row's context menu asks the shell for the actions on articles.
 */
public final class ListPane {

    /** How long typing must pause before the search runs. */
    public static final Duration SEARCH_DEBOUNCE = Duration.millis(250);

    private final WindowContext ctx;
    private final ArticleListViewModel vm;
    private final PauseTransition debounce = new PauseTransition(SEARCH_DEBOUNCE);
    /** Set when Enter/Down left the search box before the results came: the first one is selected. */
    private boolean selectFirstWhenLoaded;
    /** The article last asked to open, so row updates (read marks, tags) do not reopen it. */
    private long opened;
    /** The article to select once the list shows it (the one read last, at a start); 0 for none. */
    private long toSelect;

    @FXML TextField searchField;
    @FXML Label queryErrorLabel;
    @FXML Label resultLabel;
    @FXML TableView<ArticleItem> table;

    public ListPane(WindowContext ctx, ArticleListViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    @FXML
    void initialize() {
        // an fx:id names the field and would be the node's id too: the ids tests and styles use are set here
        table.setId("articleTable");
        queryErrorLabel.setId("queryError");
        table.setAccessibleText(ctx.dialogs().t("a11y.articles"));
        searchField.setAccessibleText(ctx.dialogs().t("a11y.search"));
        ArticleTable.configure(table, vm, ctx.text());
        vm.setFilterLimitNotice(ctx.dialogs().t("search.filterLimit", org.kliping.service.SearchService.SCANNED));
        bindSearch();
        bindTable();
        ctx.onArticleChanged(change -> vm.rowsProperty().get().update(change.id(), item -> {
            ArticleItem now = change.read() == null ? item : item.withRead(change.read());
            now = change.starred() == null ? now : now.withStarred(change.starred());
            now = change.details() == null ? now : now.withDetails(change.details());
            return change.tags() == null ? now : now.withTags(change.tags());
        }));
        ctx.onArchiveChanged(vm::reload);
        vm.filterProperty().bind(ctx.filterProperty());
        vm.filterProperty().addListener((obs, old, now) -> vm.reload());
    }

    private void bindSearch() {
        debounce.setOnFinished(e -> vm.reload());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                goToResults();
                e.consume();
            }
        });
        searchField.textProperty().bindBidirectional(vm.queryProperty());
        ctx.queryProperty().bindBidirectional(vm.queryProperty());
        vm.queryProperty().addListener((obs, old, now) -> debounce.playFromStart());
        queryErrorLabel.textProperty().bind(vm.queryErrorProperty());
        queryErrorLabel.visibleProperty().bind(vm.queryErrorProperty().isNotEmpty());
        queryErrorLabel.managedProperty().bind(queryErrorLabel.visibleProperty());
        resultLabel.textProperty().bind(Bindings.createStringBinding(this::resultText,
                vm.totalProperty(), vm.totalAllWordsProperty(), vm.searchingProperty(), vm.noticesProperty()));
        ctx.facetsProperty().bind(vm.facetsProperty());
    }

    private void bindTable() {
        vm.rowsProperty().addListener((obs, old, rows) -> {
            if (selectFirstWhenLoaded && !rows.isEmpty()) move(1);
            selectFirstWhenLoaded = false;
            selectListed();
        });
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> openSelected());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ArticleItem>) c ->
                ctx.selection().setAll(selectedIds()));
        table.itemsProperty().addListener((obs, old, rows) -> {
            opened = 0;
            rows.addListener((ListChangeListener<ArticleItem>) c -> {
                openSelected();
                selectListed();
            });
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !selectedIds().isEmpty()) {
                if (vm.filterProperty().get().kind() == ListFilter.Kind.TRASH) ctx.actions().restore(selectedIds());
                else ctx.actions().delete(selectedIds());
                e.consume();
            }
        });
        table.setContextMenu(rowMenu());
        Label placeholder = new Label();
        placeholder.setId("listPlaceholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> {
            if (vm.filterProperty().get().kind() == ListFilter.Kind.TRASH) return ctx.text().getString("trash.empty");
            return vm.searchingProperty().get() ? ctx.dialogs().t("search.none", vm.queryProperty().get().strip())
                    : ctx.text().getString("table.empty");
        }, vm.searchingProperty(), vm.filterProperty(), vm.totalProperty(), vm.queryProperty()));
        table.setPlaceholder(placeholder);
    }

    /** A row's context menu: open, tag, star, mark unread, export, delete (in the Trash: restore). */
    private ContextMenu rowMenu() {
        MenuItem open = item("menu.open", () -> {
            List<Long> ids = selectedIds();
            if (!ids.isEmpty()) ctx.open(new WindowContext.OpenRequest(ids.get(0), 0, 0, words(selectedItem())));
        });
        MenuItem tag = item("menu.tag", () -> ctx.actions().tag(selectedIds()));
        MenuItem star = item("menu.star", () -> ctx.actions().toggleStar(selectedIds()));
        MenuItem unread = item("menu.markUnread", () -> ctx.actions().markUnread(selectedIds()));
        MenuItem export = item("menu.exportSelected", () -> ctx.actions().export(selectedIds()));
        MenuItem delete = item("menu.delete", () -> ctx.actions().delete(selectedIds()));
        MenuItem restore = item("menu.restore.article", () -> ctx.actions().restore(selectedIds()));
        ContextMenu menu = new ContextMenu();
        menu.setOnShowing(e -> {
            boolean trash = vm.filterProperty().get().kind() == ListFilter.Kind.TRASH;
            menu.getItems().setAll(trash ? List.of(open, new SeparatorMenuItem(), restore)
                    : List.of(open, tag, star, unread, export, new SeparatorMenuItem(), delete));
        });
        menu.getItems().setAll(open);
        return menu;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(ctx.text().getString(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Opens the selected row once it is loaded (a row selected while its page loads opens on arrival). */
    private void openSelected() {
        ArticleItem item = selectedItem();
        if (item == null || item.isPlaceholder() || opened == item.id()) return;
        opened = item.id();
        ctx.open(new WindowContext.OpenRequest(item.id(), 0, 0, words(item)));
    }

    private ArticleItem selectedItem() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index < 0 || index >= table.getItems().size()) return null;
        return table.getItems().get(index);
    }

    private Set<String> words(ArticleItem item) {
        if (item == null || !vm.searchingProperty().get()) return Set.of();
        Set<String> words = new TreeSet<>(org.kliping.ui.common.QueryWords.of(vm.queryProperty().get()));
        words.addAll(SnippetText.markedWords(item.snippet()));
        return words;
    }

    public List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream()
                .filter(i -> i != null && !i.isPlaceholder()).map(ArticleItem::id).distinct().toList();
    }

    /**
     * Selects (and so opens) article {@code id} once the list shows it among its first loaded rows: the article read
     * last, at the next start. Nothing when it is not there (deleted, or out of the current list).
     */
    public void selectWhenListed(long id) {
        toSelect = id;
        selectListed();
    }

    private void selectListed() {
        if (toSelect == 0) return;
        List<ArticleItem> rows = table.getItems();
        if (rows.isEmpty() || rows.get(0).isPlaceholder()) return;
        long id = toSelect;
        toSelect = 0;
        for (int i = 0; i < rows.size() && !rows.get(i).isPlaceholder(); i++) {
            if (rows.get(i).id() == id) {
                table.getSelectionModel().clearAndSelect(i);
                table.getFocusModel().focus(i);
                table.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
    }

    /** Down or Enter in the search box: to the list, the first result selected. */
    private void goToResults() {
        table.requestFocus();
        if (debounce.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            debounce.stop();
            selectFirstWhenLoaded = true;
            vm.reload();
        } else if (table.getSelectionModel().isEmpty()) {
            move(1);
        }
    }

    private String resultText() {
        long total = vm.totalProperty().get();
        long allWords = vm.totalAllWordsProperty().get();
        String count = !vm.searchingProperty().get() ? ctx.dialogs().t("list.count", total)
                : allWords < total ? ctx.dialogs().t("search.resultsSoft", allWords, total)
                : ctx.dialogs().t("search.results", total);
        List<String> notices = vm.noticesProperty().get();
        return notices.isEmpty() ? count : count + " — " + String.join("; ", notices);
    }

    /** Puts the focus in the search box, its text selected. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    public void focusList() {
        table.requestFocus();
    }

    /** Esc: clears the query first; either way the focus goes to the list. */
    public void escape() {
        String q = searchField.getText();
        if (q != null && !q.isEmpty()) vm.clearQuery();
        table.requestFocus();
    }

    /** J/K and Up/Down from elsewhere: the next or previous article. */
    public void move(int step) {
        int size = table.getItems().size();
        if (size == 0) return;
        int at = table.getSelectionModel().getSelectedIndex();
        int next = Math.max(0, Math.min(size - 1, at < 0 ? 0 : at + step));
        table.getSelectionModel().clearAndSelect(next);
        table.getFocusModel().focus(next);
        table.scrollTo(Math.max(0, next - 3));
    }
}
