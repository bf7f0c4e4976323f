package org.kliping.ui.shell;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;

import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/** Puts the window back where it was (size, position, split positions, last query and article) and remembers it. */
public final class WindowState {

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String MAIN_SPLIT = "split.main.";
    private static final String READER_SPLIT = "split.reader.";
    private static final String LAST_ARTICLE = "lastArticle";

    private WindowState() {
    }

    /**
     * The window's size and place, before the main view is put in it: the view's first layout is then at its
     * final size (the "opening" pane's small window would lay it out once more, for nothing).
     */
    static void restoreBounds(Stage stage, UiPreferences prefs) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(prefs.getDouble(WIDTH, 1240), screen.getWidth()));
        stage.setHeight(Math.min(prefs.getDouble(HEIGHT, 780), screen.getHeight()));
        double x = prefs.getDouble(X, Double.NaN);
        double y = prefs.getDouble(Y, Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && screen.contains(x + 40, y + 20)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.get(MAXIMIZED).map(Boolean::parseBoolean).orElse(false));
    }

    /** The split positions and the last query, once the main view is in the window. */
    static void restore(ShellView view, UiPreferences prefs) {
        // after the first layout at the final size: split positions set before it are bent by the resize
        double[] main = positions(view.mainSplit, MAIN_SPLIT, prefs);
        double reader = prefs.getDouble(READER_SPLIT + 0, view.readerPaneController.notesDivider());
        javafx.application.Platform.runLater(() -> {
            view.mainSplit.setDividerPositions(main);
            view.readerPaneController.setNotesDivider(reader);
        });
        prefs.get(UiPreferences.LAST_QUERY).ifPresent(q -> view.ctx.queryProperty().set(q));
        prefs.get(LAST_ARTICLE).filter(s -> s.matches("\\d{1,18}")).map(Long::parseLong)
                .ifPresent(view.listPaneController::selectWhenListed);
    }

    static void capture(Stage stage, ShellView view, UiPreferences prefs) {
        prefs.put(MAXIMIZED, Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            prefs.putDouble(X, stage.getX());
            prefs.putDouble(Y, stage.getY());
            prefs.putDouble(WIDTH, stage.getWidth());
            prefs.putDouble(HEIGHT, stage.getHeight());
        }
        captureSplit(view.mainSplit, MAIN_SPLIT, prefs);
        prefs.putDouble(READER_SPLIT + 0, view.readerPaneController.notesDivider());
        prefs.put(UiPreferences.LAST_QUERY, view.ctx.queryProperty().get());
        prefs.put(LAST_ARTICLE, view.readerPaneController.openId().map(String::valueOf).orElse(""));
    }

    /** The remembered positions, else those the layout file gives. */
    private static double[] positions(SplitPane split, String key, UiPreferences prefs) {
        double[] positions = split.getDividerPositions();
        for (int i = 0; i < positions.length; i++) positions[i] = prefs.getDouble(key + i, positions[i]);
        return positions;
    }

    private static void captureSplit(SplitPane split, String key, UiPreferences prefs) {
        double[] positions = split.getDividerPositions();
        for (int i = 0; i < positions.length; i++) prefs.putDouble(key + i, positions[i]);
    }
}
