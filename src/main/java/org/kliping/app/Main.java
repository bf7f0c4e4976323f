package org.kliping.app;

import org.kliping.cli.Cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Entry point. Without arguments it opens the window; with a command it runs the CLI and never loads
 * JavaFX, so it works on a machine without a display. From the jar, the window and the bulk commands run in a
 * child JVM with tuned options ({@link ChildJvmLauncher}), which ends when this JVM does ({@link ParentWatch}).
 * Not a JavaFX {@code Application} itself: a main class that extends Application fails on the plain classpath
 * ("JavaFX runtime components are missing"). {@code --debug} anywhere logs in detail, on stderr too.
 */
public final class Main {
    /** The exit code when the window cannot start here (no display, no JavaFX): a usage error, as on the CLI. */
    static final int NO_WINDOW = 2;

    private Main() {
    }

    public static void main(String[] args) {
        List<String> all = List.of(args);
        boolean debug = all.contains(Logging.DEBUG_OPTION);
        List<String> rest = new ArrayList<>(all);
        rest.removeIf(Logging.DEBUG_OPTION::equals);
        Path archiveOnly = archiveOnly(rest.toArray(String[]::new));
        if (rest.isEmpty() || archiveOnly != null) {
            String missing = WindowLauncher.whatIsMissing();
            if (missing != null) noWindow(missing);
            OptionalInt child = ChildJvmLauncher.window(all);
            if (child.isPresent()) System.exit(child.getAsInt());
            ParentWatch.startIfChild();
            Logging.install(debug);
            WindowLauncher.launch(archiveOnly, archiveOnly != null);
            return;
        }
        if (rest.get(0).equals("server")) System.exit(ServerLauncher.run(rest.toArray(String[]::new)));
        OptionalInt child = ChildJvmLauncher.command(all);
        if (child.isPresent()) System.exit(child.getAsInt());
        ParentWatch.startIfChild();
        Logging.install(debug);
        System.exit(Cli.runOnConsole(args));
    }

    /** One line on stderr saying what is missing, no stack trace, exit {@link #NO_WINDOW}. */
    static void noWindow(String missing) {
        System.err.println("kliping: cannot open the window: " + missing
                + ". Every command works without a display: kliping --help");
        System.exit(NO_WINDOW);
    }

    /** The version in the jar's manifest, or "development" when run from class folders. */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** {@code --archive DIR} (or {@code --archive=DIR}) and no command: the window on that archive. */
    static Path archiveOnly(String[] args) {
        if (args.length == 2 && args[0].equals("--archive") && !args[1].isBlank()) return Path.of(args[1]);
        if (args.length == 1 && args[0].startsWith("--archive=") && args[0].length() > "--archive=".length()) {
            return Path.of(args[0].substring("--archive=".length()));
        }
        return null;
    }
}
