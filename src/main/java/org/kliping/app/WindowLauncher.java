package org.kliping.app;

/** Opens the window; kept apart from Main so the CLI path never touches a JavaFX class. */
final class WindowLauncher {
    private WindowLauncher() {
    }

    static void launch(String[] args) {
        System.err.println("The window is not built yet; run 'kliping --help' for the command line.");
        System.exit(2);
    }
}
