package org.kliping.ui.shell;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;

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
public final class WindowGestures {

    private final ShellView view;

    WindowGestures(ShellView view) {
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
        if (view.ctx.middleProperty().get() == WindowContext.Middle.STORIES) view.storiesPaneController.moveInTimeline(step);
        else view.listPaneController.move(step);
        e.consume();
    }

    /** Esc clears the query first; with no query it leaves the search box for the list. */
    private void escape() {
        view.listPaneController.escape();
    }
}
