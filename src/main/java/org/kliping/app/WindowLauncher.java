package org.kliping.app;

import javafx.application.Application;
import org.kliping.ui.shell.KlipingApp;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/** Opens the window; kept apart from Main so the CLI path never touches a JavaFX class. */
final class WindowLauncher {
    /** Set (to anything) to print when the first page of the list was drawn: how start-up is measured. */
    static final String STARTUP_LOG = "KLIPING_STARTUP_LOG";

    private WindowLauncher() {
    }

    /** @param archiveDir the archive folder the user named, or null for the default */
    static void launch(Path archiveDir) {
        KlipingApp.openArchiveEarly(archiveDir); // in parallel with the toolkit's start
        if (System.getenv(STARTUP_LOG) != null) {
            String launchedAt = System.getProperty(ChildJvmLauncher.CHILD_PROPERTY);
            KlipingApp.whenFirstRowsDrawn(() -> System.err.println("kliping: first rows drawn "
                    + ManagementFactory.getRuntimeMXBean().getUptime() + " ms after the JVM started"
                    + (launchedAt == null ? "" : ", " + (System.currentTimeMillis() - Long.parseLong(launchedAt))
                    + " ms after the launching JVM started") + "; CPU time so far " + cpuMillis() + " ms, of it the FX thread "
                    + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 + " ms"));
        }
        Application.launch(KlipingApp.class);
    }

    /** This JVM's CPU time (all threads), or -1 where the platform does not tell. */
    private static long cpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }
}
