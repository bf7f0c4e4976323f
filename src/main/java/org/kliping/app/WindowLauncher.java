package org.kliping.app;

import javafx.application.Application;
import org.kliping.ui.KlipingApp;

/** Opens the window; kept apart from Main so the CLI path never touches a JavaFX class. */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void launch(String[] args) {
        KlipingApp.openArchiveEarly(); // in parallel with the toolkit's start
        Application.launch(KlipingApp.class, args);
    }
}
