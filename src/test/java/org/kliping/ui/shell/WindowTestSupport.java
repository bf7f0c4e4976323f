package org.kliping.ui.shell;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;


import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Opens the real window (headless Monocle) on a fresh archive in a temporary folder, seeds listed. */
public abstract class WindowTestSupport {

    static final long TIMEOUT_SECONDS = 60; // the machine runs several builds at once

    @TempDir
    Path archiveDir;

    final FxRobot robot = new FxRobot();
    KlipingApp app;
    Stage stage;

    @BeforeEach
    void openWindowOnNewArchive() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = (KlipingApp) FxToolkit.setupApplication(() -> new KlipingApp(archiveDir, language()));
        waitUntil("the seeds are listed", () -> app.view() != null && table() != null && table().getItems().size() == 5
                && !table().getItems().get(0).isPlaceholder());
        // the menu bar's labels are what tests click first; under heavy load a lookup once found none yet
        waitUntil("the menu bar is shown", () -> stage.isShowing() && robot.lookup(".menu-bar .menu").tryQuery().isPresent());
    }

    /** The interface's language of the window under test. */
    UiLanguage language() {
        return UiLanguage.ENGLISH;
    }

    /**
     * A test that failed half-way must not leave a key or mouse button held, or a menu or dialog open, for the next
     * one: in one CI run a single timed-out test was followed by six more in the same class whose clicks did nothing.
     */
    @AfterEach
    void closeWindow() throws Exception {
        robot.release(new KeyCode[0]);
        robot.release(new MouseButton[0]);
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** The article table, by its node id. */
    @SuppressWarnings("unchecked")
    TableView<ArticleItem> table() {
        return (TableView<ArticleItem>) app.view().root.lookup("#articleTable");
    }

    /** The reader's body, by its node id (made when the first article opens). */
    InlineCssTextArea reader() {
        return (InlineCssTextArea) app.view().root.lookup("#readerBody");
    }

    javafx.scene.control.TextField searchField() {
        return (javafx.scene.control.TextField) app.view().root.lookup("#searchField");
    }

    @SuppressWarnings("unchecked")
    javafx.scene.control.TreeView<org.kliping.ui.sidebar.SidebarEntry> sidebar() {
        return (javafx.scene.control.TreeView<org.kliping.ui.sidebar.SidebarEntry>) app.view().root.lookup("#sidebar");
    }

    static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    static void onFx(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }

    static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }
}
