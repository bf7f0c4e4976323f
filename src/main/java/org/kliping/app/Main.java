package org.kliping.app;

import org.kliping.cli.Cli;

/**
 * Entry point. Without arguments it opens the window; with a command it runs the CLI and never loads
 * JavaFX, so it works on a machine without a display. Not a JavaFX {@code Application} itself: a main
 * class that extends Application fails on the plain classpath ("JavaFX runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            WindowLauncher.launch(args);
            return;
        }
        System.exit(Cli.runOnConsole(args));
    }
}
