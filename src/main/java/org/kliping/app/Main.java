package org.kliping.app;

import org.kliping.cli.Cli;

/**
 * Entry point. Without arguments it opens the window; with a command it runs the CLI and never loads
 * JavaFX, so it works on a machine without a display. From the jar, the window and the bulk commands run in a
 * child JVM with tuned options ({@link ChildJvmLauncher}). Not a JavaFX {@code Application} itself: a main
 * class that extends Application fails on the plain classpath ("JavaFX runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        java.nio.file.Path archiveOnly = archiveOnly(args);
        if (args.length == 0 || archiveOnly != null) {
            java.util.OptionalInt child = ChildJvmLauncher.window(java.util.List.of(args));
            if (child.isPresent()) System.exit(child.getAsInt());
            WindowLauncher.launch(archiveOnly);
            return;
        }
        java.util.OptionalInt child = ChildJvmLauncher.command(java.util.List.of(args));
        System.exit(child.isPresent() ? child.getAsInt() : Cli.runOnConsole(args));
    }

    /** {@code --archive DIR} (or {@code --archive=DIR}) and no command: the window on that archive. */
    static java.nio.file.Path archiveOnly(String[] args) {
        if (args.length == 2 && args[0].equals("--archive") && !args[1].isBlank()) return java.nio.file.Path.of(args[1]);
        if (args.length == 1 && args[0].startsWith("--archive=") && args[0].length() > "--archive=".length()) {
            return java.nio.file.Path.of(args[0].substring("--archive=".length()));
        }
        return null;
    }
}
