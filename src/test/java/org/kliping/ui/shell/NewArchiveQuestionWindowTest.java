package org.kliping.ui.shell;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.service.ArchiveLocation;
import org.kliping.ui.common.UiLanguage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kliping.ui.shell.WindowTestSupport.fx;
import static org.kliping.ui.shell.WindowTestSupport.onFx;
import static org.kliping.ui.shell.WindowTestSupport.waitUntil;

/**
 * Issue 25 item 4: the window started with {@code --archive} on a folder that holds no archive asks before creating
 * one there; declined, it creates nothing; accepted, it opens a new archive (the seeds listed).
 */
public class NewArchiveQuestionWindowTest {

    @TempDir
    Path parent;

    final FxRobot robot = new FxRobot();
    volatile KlipingApp app;
    CompletableFuture<Object> started;

    @AfterEach
    void close() throws Exception {
        KlipingApp.whenDeclined = javafx.application.Platform::exit;
        KlipingApp.askBeforeCreating = false; // the other window tests start on new folders without asking
        if (started != null) started.get(WindowTestSupport.TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        if (app != null) FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void declinedTheWindowEndsAndCreatesNothing() throws Exception {
        Path typo = parent.resolve("arsip-salah-ketik");
        AtomicBoolean ended = new AtomicBoolean();
        KlipingApp.whenDeclined = () -> ended.set(true);
        start(typo);
        assertThat(question()).contains("There is no archive at").contains(typo.toString());
        onFx(() -> button(ButtonType.CANCEL).fire());
        waitUntil("the window ends", ended::get);
        assertThat(ArchiveLocation.holdsArchive(typo)).isFalse();
        assertThat(Files.exists(typo.resolve("kliping.db"))).isFalse();
    }

    @Test
    void acceptedItOpensANewArchiveThere() throws Exception {
        Path fresh = parent.resolve("arsip-baru");
        start(fresh);
        assertThat(question()).contains(fresh.toString());
        onFx(() -> button(ButtonType.OK).fire());
        waitUntil("the new archive lists the seeds", () -> app != null && app.view() != null
                && app.viewModel().sidebar().allCountProperty().get() == 5);
        assertThat(ArchiveLocation.holdsArchive(fresh)).isTrue();
    }

    /** Starts the window as {@code --archive dir} does; its start waits on the question, so it runs beside the test. */
    private void start(Path dir) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        assertThat(stage).isNotNull();
        KlipingApp.openArchiveEarly(dir, true);
        started = CompletableFuture.supplyAsync(() -> {
            try {
                app = (KlipingApp) FxToolkit.setupApplication(() -> new KlipingApp(dir, UiLanguage.ENGLISH));
                return app;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waitUntil("the question shows", () -> robot.lookup("#newArchiveQuestion").tryQuery().isPresent());
    }

    private String question() throws Exception {
        return fx(() -> robot.lookup("#newArchiveQuestion").queryAs(DialogPane.class).getContentText());
    }

    private Button button(ButtonType type) {
        return (Button) robot.lookup("#newArchiveQuestion").queryAs(DialogPane.class).lookupButton(type);
    }
}
