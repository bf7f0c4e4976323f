package org.kliping.ui.shell;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;


import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ProgressListener;
import org.kliping.service.Archive;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

public class LockedArchiveWindowTest {

    @TempDir
    Path archiveDir;

    @Test
    void anArchiveInUseElsewhereIsToldPlainly() throws Exception {
        try (Archive other = Archive.open(archiveDir, ProgressListener.NONE)) {
            FxToolkit.registerPrimaryStage();
            KlipingApp app = (KlipingApp) FxToolkit.setupApplication(() -> new KlipingApp(archiveDir, UiLanguage.ENGLISH));
            FxRobot robot = new FxRobot();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#startupError").tryQuery().isPresent());
            String message = WaitForAsyncUtils.asyncFx(() -> ((Label) robot.lookup("#startupError").query()).getText())
                    .get(20, TimeUnit.SECONDS);
            assertThat(message).contains("open in another Kliping").contains(archiveDir.toString());
            assertThat(app.view()).isNull();
            FxToolkit.cleanupApplication(app);
        }
    }
}
