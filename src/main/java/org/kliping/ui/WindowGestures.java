package org.kliping.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;

import java.io.File;

/**
 * Keys the menus do not carry (J/K for next and previous article, Esc to clear) and files or folders
 * dropped on the window, which are imported.
 */
final class WindowGestures {

    private final MainView view;

    WindowGestures(MainView view) {
        this.view = view;
    }

    void install() {
        view.root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) installOn(scene);
        });
        if (view.root.getScene() != null) installOn(view.root.getScene());
        view.root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        view.root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) view.vm.imports().start(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void installOn(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            escape();
            e.consume();
            return;
        }
        Node focus = view.root.getScene().getFocusOwner();
        if (focus instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) return;
        int step = e.getCode() == KeyCode.J ? 1 : e.getCode() == KeyCode.K ? -1 : 0;
        if (step == 0) return;
        // over the stories pane the article list is hidden: J/K walk the story's timeline instead
        if (view.storiesHolder.isVisible()) view.stories().moveInTimeline(step);
        else move(view.table, step);
        e.consume();
    }

    /** Esc clears the query first; with no query it leaves the search box for the table. */
    private void escape() {
        String q = view.searchField.getText();
        if (q != null && !q.isEmpty()) {
            view.vm.list().clearQuery();
        }
        view.table.requestFocus();
    }

    static void move(TableView<ArticleItem> table, int step) {
        int size = table.getItems().size();
        if (size == 0) return;
        int at = table.getSelectionModel().getSelectedIndex();
        int next = Math.max(0, Math.min(size - 1, at < 0 ? 0 : at + step));
        table.getSelectionModel().clearAndSelect(next);
        table.getFocusModel().focus(next);
        table.scrollTo(Math.max(0, next - 3));
    }
}
