package org.kliping.ui;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kliping.domain.Annotation;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.SearchHit;
import org.kliping.service.ArticleDetails;

import java.io.File;
import java.util.List;
import java.util.ResourceBundle;

/** The main window's controller: binds the FXML to the view models and turns gestures into their calls. */
public final class MainView {

    /** How long typing must pause before the search runs. */
    static final Duration SEARCH_DEBOUNCE = Duration.millis(250);

    final MainViewModel vm;
    final ResourceBundle text;
    final Stage stage;
    private final UiPreferences prefs;
    Dialogs dialogs;
    ReaderView reader;
    SidebarView sidebarView;
    private SearchBox searchBox;
    /** Made when the Stories entry is first chosen: its tables are not part of the first frame. */
    private StoriesView storiesView;
    ArchiveMenuActions menuActions;
    private final PauseTransition noticeFade = new PauseTransition(Duration.seconds(8));
    /** Set when Enter/Down left the search box before the results came: the first one is selected. */
    boolean selectFirstWhenLoaded;
    /** The article last asked to open, so row updates (read marks, tags) do not reopen it. */
    private long opened;

    @FXML BorderPane root;
    @FXML SplitPane mainSplit;
    @FXML SplitPane readerSplit;
    @FXML TreeView<SidebarEntry> sidebar;
    @FXML TextField searchField;
    @FXML Label queryErrorLabel;
    @FXML Label resultLabel;
    @FXML TableView<ArticleItem> table;
    @FXML ListView<SidebarViewModel.Orphan> orphanList;
    @FXML StackPane storiesHolder;
    @FXML Label noticeLabel;
    @FXML ToggleButton starButton;
    @FXML Button editButton;
    @FXML Button tagButton;
    @FXML MenuButton highlightButton;
    @FXML Button noteButton;
    @FXML Button previousHitButton;
    @FXML Button nextHitButton;
    @FXML Label hitLabel;
    @FXML HBox readerToolbar;
    @FXML javafx.scene.layout.VBox readerBox;
    @FXML Label titleLabel;
    @FXML Label metaLabel;
    @FXML Label tagsLabel;
    @FXML StackPane bodyHolder;
    @FXML ListView<Object> annotationList;
    @FXML ListView<SearchHit> relatedList;
    @FXML Label statusLabel;
    @FXML HBox importBox;
    @FXML Label importLabel;
    @FXML ProgressBar importProgress;

    public MainView(MainViewModel vm, ResourceBundle text, UiPreferences prefs, Stage stage) {
        this.vm = vm;
        this.text = text;
        this.prefs = prefs;
        this.stage = stage;
    }

    @FXML
    void initialize() {
        dialogs = new Dialogs(stage, text);
        ArticleTable.configure(table, vm.list(), text);
        reader = new ReaderView(bodyHolder, vm.reader(), this::editAnnotation);
        sidebarView = new SidebarView(sidebar, vm.sidebar(), text, new TagMenuActions(this));
        sidebarView.onSelect(this::sidebarSelected);
        searchBox = new SearchBox(this);
        searchBox.bind();
        bindTable();
        ReaderHeader.configure(this);
        ImportStatus.configure(this);
        ReaderLists.configure(this);
        new WindowGestures(this).install();
        menuActions = new ArchiveMenuActions(this);
        vm.list().setFilterLimitNotice(dialogs.t("search.filterLimit", FilteredSearchRowSource.SCANNED));
        noticeLabel.setId("noticeLabel");
        noticeFade.setOnFinished(e -> noticeLabel.setText(""));
        vm.errorProperty().addListener((obs, old, e) -> {
            if (e != null) showError(e);
        });
        statusLabel.textProperty().bind(Bindings.createStringBinding(() -> dialogs.t("status.count",
                vm.sidebar().allCountProperty().get()), vm.sidebar().allCountProperty()));
    }

    private void bindTable() {
        table.setId("articleTable");
        vm.list().rowsProperty().addListener((obs, old, rows) -> {
            if (selectFirstWhenLoaded && !rows.isEmpty()) WindowGestures.move(table, 1);
            selectFirstWhenLoaded = false;
        });
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> openSelected());
        table.itemsProperty().addListener((obs, old, rows) -> {
            opened = 0;
            rows.addListener((javafx.collections.ListChangeListener<ArticleItem>) c -> openSelected());
        });
    }

    /** Opens the selected row once it is loaded (a row selected while its page loads opens on arrival). */
    private void openSelected() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index < 0 || index >= table.getItems().size()) return;
        ArticleItem item = table.getItems().get(index);
        ArticleDetails shown = vm.reader().detailsProperty().get();
        if (item.isPlaceholder() || shown != null && shown.article().id() == item.id() && opened == item.id()) return;
        opened = item.id();
        vm.reader().open(item.id(), words(item));
    }

    private java.util.Set<String> words(ArticleItem item) {
        if (!vm.list().searchingProperty().get()) return java.util.Set.of();
        java.util.Set<String> words = new java.util.TreeSet<>(HitFinder.queryWords(vm.list().queryProperty().get()));
        words.addAll(SnippetText.markedWords(item.snippet()));
        return words;
    }

    private void sidebarSelected(SidebarEntry e) {
        boolean orphans = e instanceof SidebarEntry.Orphans;
        boolean stories = e instanceof SidebarEntry.Stories;
        orphanList.setVisible(orphans);
        storiesHolder.setVisible(stories);
        table.setVisible(!orphans && !stories);
        resultLabel.setVisible(!stories);
        if (stories) stories().activate();
        if (e instanceof SidebarEntry.Filter f) vm.list().filterProperty().set(f.filter());
        else if (e instanceof SidebarEntry.TagEntry t) vm.list().filterProperty().set(ListFilter.tag(t.tag().name()));
        else if (e instanceof SidebarEntry.Saved s) searchField.setText(s.search().query());
        else if (e instanceof SidebarEntry.Facet f) vm.list().narrowByFacet(f.facet(), f.value());
    }

    StoriesView stories() {
        if (storiesView == null) {
            storiesView = new StoriesView(this);
            storiesHolder.getChildren().setAll(storiesView.pane);
        }
        return storiesView;
    }

    /** A short confirmation in the status bar that goes away by itself. */
    void notice(String message) {
        noticeLabel.setText(message);
        noticeFade.playFromStart();
    }

    /** Opens an article in the reader with {@code [start, end)} of its body selected (nothing when equal). */
    void openArticleAt(long id, int start, int end) {
        reader.selectWhenOpened(id, start, end);
        opened = id;
        vm.reader().open(id, java.util.Set.of());
    }

    private void showError(Throwable e) {
        dialogs.error(e);
        vm.errorProperty().set(null);
    }

    List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream()
                .filter(i -> i != null && !i.isPlaceholder()).map(ArticleItem::id).distinct().toList();
    }

    // ---- actions from menus and buttons

    @FXML
    void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.getString("menu.importFiles"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) vm.imports().start(files.stream().map(File::toPath).toList());
    }

    @FXML
    void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text.getString("menu.importFolder"));
        File dir = chooser.showDialog(stage);
        if (dir != null) vm.imports().start(List.of(dir.toPath()));
    }

    @FXML
    void cancelImport() {
        vm.imports().cancel();
    }

    @FXML
    void exportArticles() {
        menuActions.export();
    }

    @FXML
    void backupArchive() {
        menuActions.backup();
    }

    @FXML
    void restoreArchive() {
        menuActions.restore();
    }

    /** The Stories entry of the sidebar, selected (from the menu or its shortcut). */
    @FXML
    void showStories() {
        sidebarView.selectStories();
    }

    @FXML
    void showPreferences() {
        new PreferencesDialog(stage, text, prefs).showAndWait();
    }

    @FXML
    void quit() {
        stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        stage.close();
    }

    @FXML
    void tagSelection() {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) return;
        vm.tagsOf(ids, current -> new TagEditorDialog(stage, text, ids.size(), current, vm.sidebar().tagNames())
                .showAndWait().ifPresent(wanted -> vm.applyTags(ids, current, wanted)));
    }

    @FXML
    void editArticle() {
        ArticleDetails d = vm.reader().detailsProperty().get();
        if (d != null) new ArticleEditDialog(stage, text, d.article()).showAndWait().ifPresent(vm.reader()::edit);
    }

    @FXML
    void toggleStar() {
        vm.reader().toggleStar();
    }

    @FXML
    void highlightSelection() {
        highlightSelectionIn("yellow");
    }

    void highlightSelectionIn(String color) {
        reader.selection().ifPresent(r -> vm.reader().highlight(r.getStart(), r.getEnd(), color, null));
    }

    /** With a selection: a highlight carrying the note; without: a note on the article. */
    @FXML
    void addNote() {
        if (vm.reader().detailsProperty().get() == null) return;
        var selection = reader.selection();
        if (selection.isPresent()) {
            var r = selection.get();
            String quote = reader.area().getText(r.getStart(), r.getEnd());
            dialogs.askNote(quote, null).ifPresent(note -> vm.reader().highlight(r.getStart(), r.getEnd(), "yellow", note));
        } else {
            dialogs.askNote(null, null).ifPresent(vm.reader()::addNote);
        }
    }

    void editAnnotation(Annotation a) {
        dialogs.editAnnotation(a).ifPresent(choice -> {
            if (choice.delete()) vm.reader().deleteAnnotation(a.id());
            else vm.reader().updateAnnotation(a.id(), choice.note(), choice.color());
        });
    }

    void deleteNote(ArticleNote n) {
        if (dialogs.confirm(dialogs.t("noteDialog.confirmDelete"))) vm.reader().deleteNote(n.id());
    }

    @FXML
    void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    void nextHit() {
        vm.reader().nextHit();
    }

    @FXML
    void previousHit() {
        vm.reader().previousHit();
    }

    @FXML
    void saveSearch() {
        String q = vm.list().queryProperty().get();
        if (q == null || q.isBlank()) return;
        dialogs.askLine("menu.saveSearch", dialogs.t("saveSearch.header", q), q)
                .ifPresent(name -> vm.sidebar().saveSearch(name, q));
    }

    @FXML
    void showShortcuts() {
        dialogs.shortcuts();
    }

    @FXML
    void showAbout() {
        AboutDialog.show(stage, text);
    }
}
