package org.kliping.ui.shell;

import org.kliping.ui.common.*;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kliping.ui.common.ArticleActions;
import org.kliping.ui.common.ListFilter;
import org.kliping.ui.common.WindowContext;
import org.kliping.ui.list.ListPane;
import org.kliping.ui.reader.ReaderPane;
import org.kliping.ui.sidebar.OrphansPane;
import org.kliping.ui.sidebar.SidebarPane;
import org.kliping.ui.stories.StoriesPane;
import org.kliping.ui.transfer.ArchiveMenuActions;
import org.kliping.ui.transfer.StatusPane;

import java.io.File;
import java.util.List;

/**
 * The shell: the menus, and the panes (sidebar, list, orphans, stories, reader, status) laid out around them, each
 * with its own controller. It shows the middle pane the window context asks for, and carries out the actions on
 * articles that no one pane owns (tag, star, mark unread, export, delete, restore).
 */
public final class ShellView implements ArticleActions {

    final WindowContext ctx;
    final ShellViewModel vm;
    ArchiveMenuActions transfer;

    @FXML BorderPane root;
    @FXML SplitPane mainSplit;
    @FXML StackPane middle;
    @FXML Node listPane;
    @FXML Node orphansPane;
    @FXML Node storiesPane;
    @FXML Node annotationsPane;
    @FXML SidebarPane sidebarPaneController;
    @FXML ListPane listPaneController;
    @FXML OrphansPane orphansPaneController;
    @FXML StoriesPane storiesPaneController;
    @FXML ReaderPane readerPaneController;
    @FXML StatusPane statusPaneController;
    @FXML org.kliping.ui.capture.FeedsPane feedsPaneController;
    org.kliping.ui.capture.CaptureActions capture;

    public ShellView(WindowContext ctx, ShellViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    @FXML
    void initialize() {
        transfer = new ArchiveMenuActions(ctx, vm.exports());
        ctx.setActions(this);
        ctx.setSinks(statusPaneController::notice, ctx.dialogs()::error);
        vm.errorProperty().addListener((obs, old, e) -> {
            if (e != null) {
                ctx.error(e);
                vm.errorProperty().set(null);
            }
        });
        statusPaneController.countProperty().bind(vm.sidebar().allCountProperty());
        vm.imports().setOnFinished(report -> ctx.archiveChanged());
        ctx.middleProperty().addListener((obs, old, now) -> showMiddle(now));
        new WindowGestures(this).install();
        capture = feedsPaneController.actions();
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) capture.installOn(scene);
        });
        capture.applyPreferences();
        ctx.textSizeProperty().addListener((obs, old, now) -> TextSize.applyTo(root, now.intValue()));
    }

    private void showMiddle(WindowContext.Middle shown) {
        listPane.setVisible(shown == WindowContext.Middle.LIST);
        orphansPane.setVisible(shown == WindowContext.Middle.ORPHANS);
        storiesPane.setVisible(shown == WindowContext.Middle.STORIES);
        annotationsPane.setVisible(shown == WindowContext.Middle.ANNOTATIONS);
    }

    List<Long> selectedIds() {
        return List.copyOf(ctx.selection());
    }

    /** The reader's open article when nothing is selected in the list. */
    private List<Long> selectedOrOpen() {
        List<Long> ids = selectedIds();
        if (!ids.isEmpty()) return ids;
        return readerPaneController.openId().map(List::of).orElse(List.of());
    }

    // ---- actions on articles, for every pane

    @Override
    public void tag(List<Long> ids) {
        if (ids.isEmpty()) return;
        vm.tagsOf(ids, current -> new TagEditorDialog(ctx.stage(), ctx.text(), ids.size(), current, vm.sidebar().tagNames())
                .showAndWait().ifPresent(wanted -> vm.applyTags(ids, current, wanted, now -> now.forEach((id, tags) ->
                        ctx.articleChanged(new WindowContext.ArticleChange(id, null, null, tags))))));
    }

    @Override
    public void toggleStar(List<Long> ids) {
        if (ids.isEmpty()) return;
        vm.toggleStar(ids, star -> {
            for (long id : ids) ctx.articleChanged(new WindowContext.ArticleChange(id, null, star, null));
            vm.reader().refresh();
        });
    }

    @Override
    public void markUnread(List<Long> ids) {
        if (ids.isEmpty()) return;
        vm.markUnread(ids, () -> {
            for (long id : ids) ctx.articleChanged(new WindowContext.ArticleChange(id, false, null, null));
            ctx.notice(ctx.dialogs().t("notice.markedUnread", ids.size()));
        });
    }

    @Override
    public void export(List<Long> ids) {
        boolean searching = vm.list().searchingProperty().get();
        transfer.export(ids, searching ? vm.list().queryProperty().get() : null);
    }

    @Override
    public void delete(List<Long> ids) {
        if (ids.isEmpty() || ctx.filterProperty().get().kind() == ListFilter.Kind.TRASH) return;
        vm.trash(ids, moved -> {
            readerPaneController.closeIf(moved);
            ctx.archiveChanged();
            ctx.notice(ctx.dialogs().t("notice.trashed", moved.size()));
        });
    }

    @Override
    public void restore(List<Long> ids) {
        if (ids.isEmpty()) return;
        vm.restore(ids, restored -> {
            readerPaneController.closeIf(restored);
            ctx.archiveChanged();
            ctx.notice(ctx.dialogs().t("notice.restored", restored.size()));
        });
    }

    // ---- menus

    @FXML
    void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text().getString("menu.importFiles"));
        List<File> files = chooser.showOpenMultipleDialog(ctx.stage());
        if (files != null) vm.imports().start(files.stream().map(File::toPath).toList());
    }

    @FXML
    void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(ctx.text().getString("menu.importFolder"));
        File dir = chooser.showDialog(ctx.stage());
        if (dir != null) vm.imports().start(List.of(dir.toPath()));
    }

    @FXML
    void addFromUrl() {
        capture.addFromUrl();
    }

    @FXML
    void fetchFeeds() {
        capture.fetchFeeds(List.of());
    }

    @FXML
    void exportArticles() {
        export(selectedIds());
    }

    @FXML
    void backupArchive() {
        transfer.backup();
    }

    @FXML
    void restoreArchive() {
        transfer.restore();
    }

    /** The Stories entry of the sidebar, selected (from the menu or its shortcut). */
    @FXML
    void showStories() {
        sidebarPaneController.selectStories();
    }

    @FXML
    void showPreferences() {
        new PreferencesDialog(ctx.stage(), ctx.text(), ctx.preferences(), ctx).showAndWait();
        capture.applyPreferences();
    }

    @FXML
    void quit() {
        ctx.stage().fireEvent(new javafx.stage.WindowEvent(ctx.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        ctx.stage().close();
    }

    @FXML
    void tagSelection() {
        tag(selectedOrOpen());
    }

    @FXML
    void editArticle() {
        readerPaneController.editArticle();
    }

    @FXML
    void toggleStar() {
        List<Long> ids = selectedIds();
        if (ids.size() > 1) toggleStar(ids);
        else readerPaneController.toggleStar();
    }

    @FXML
    void markUnread() {
        markUnread(selectedOrOpen());
    }

    @FXML
    void deleteSelection() {
        delete(selectedOrOpen());
    }

    @FXML
    void highlightSelection() {
        readerPaneController.highlightSelection();
    }

    @FXML
    void addNote() {
        readerPaneController.addNote();
    }

    @FXML
    void focusSearch() {
        if (ctx.middleProperty().get() != WindowContext.Middle.LIST) ctx.middleProperty().set(WindowContext.Middle.LIST);
        listPaneController.focusSearch();
    }

    @FXML
    void nextHit() {
        readerPaneController.nextHit();
    }

    @FXML
    void previousHit() {
        readerPaneController.previousHit();
    }

    @FXML
    void saveSearch() {
        String q = ctx.queryProperty().get();
        if (q == null || q.isBlank()) return;
        ctx.dialogs().askLine("menu.saveSearch", ctx.dialogs().t("saveSearch.header", q), q)
                .ifPresent(name -> vm.sidebar().saveSearch(name, q));
    }

    @FXML
    void showShortcuts() {
        ctx.dialogs().shortcuts();
    }

    @FXML
    void showSearchSyntax() {
        ctx.dialogs().searchSyntax();
    }

    @FXML
    void showAbout() {
        AboutDialog.show(ctx.stage(), ctx.text());
    }

    // ---- for the window's start, state and tests

    public ListPane list() {
        return listPaneController;
    }

    public ReaderPane reader() {
        return readerPaneController;
    }

    /** The window context the panes share; for tests (to replace the save-as chooser). */
    public WindowContext context() {
        return ctx;
    }

    /** Capture in the window (Add from URL, feeds, inbox); for tests. */
    public org.kliping.ui.capture.CaptureActions capture() {
        return capture;
    }

    public ArchiveMenuActions transfer() {
        return transfer;
    }
}
