package org.kliping.app;

import javafx.application.Application;
import org.kliping.ui.shell.KlipingApp;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/** Opens the window; kept apart from Main so the CLI path never touches a JavaFX class. */
final class WindowLauncher {
    /** Set (to anything) to print when the first page of the list was drawn: how start-up is measured. */
    static final String STARTUP_LOG = "KLIPING_STARTUP_LOG";

    private static final System.Logger LOG = System.getLogger(WindowLauncher.class.getName());

    private WindowLauncher() {
    }

    /**
     * What the window lacks here, before anything is started: JavaFX itself (a jar copied without its
     * {@code lib} folder), or a display on a Unix system other than macOS ({@code DISPLAY} and
     * {@code WAYLAND_DISPLAY} unset). Null when nothing is known to be missing. A JavaFX platform chosen by
     * property (tests run the headless Monocle) needs no display.
     */
    static String whatIsMissing() {
        try {
            Class.forName("javafx.application.Application", false, WindowLauncher.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return "JavaFX is not there (the jar needs the lib folder built beside it)";
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || System.getProperty("glass.platform") != null) return null;
        if (isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))) {
            return "no display (DISPLAY and WAYLAND_DISPLAY are not set)";
        }
        return null;
    }

    /**
     * @param archiveDir the archive folder the user named, or null for the default
     * @param named      the user named it ({@code --archive}): a folder without an archive is asked about first
     */
    static void launch(Path archiveDir, boolean named) {
        KlipingApp.openArchiveEarly(archiveDir, named); // in parallel with the toolkit's start
        if (System.getenv(STARTUP_LOG) != null) {
            String launchedAt = System.getProperty(ChildJvmLauncher.CHILD_PROPERTY);
            KlipingApp.whenFirstRowsDrawn(() -> System.err.println("kliping: first rows drawn "
                    + ManagementFactory.getRuntimeMXBean().getUptime() + " ms after the JVM started"
                    + (launchedAt == null ? "" : ", " + (System.currentTimeMillis() - Long.parseLong(launchedAt))
                    + " ms after the launching JVM started") + "; CPU time so far " + cpuMillis() + " ms, of it the FX thread "
                    + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 + " ms"));
        }
        try {
            Application.launch(KlipingApp.class);
        } catch (LinkageError | RuntimeException e) {
            // JavaFX's native libraries missing or unloadable, or a display that refuses the connection
            LOG.log(System.Logger.Level.ERROR, "the window could not start", e);
            Main.noWindow("JavaFX could not start (" + rootMessage(e) + ")");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** This JVM's CPU time (all threads), or -1 where the platform does not tell. */
    private static long cpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }
}
