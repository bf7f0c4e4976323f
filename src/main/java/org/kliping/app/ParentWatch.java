package org.kliping.app;

import java.util.Optional;

/**
 * In a child JVM started by {@link ChildJvmLauncher}: ends this JVM when the JVM that started it is gone, for any
 * reason ({@code kill -9}, a script's timeout, a supervisor). The launcher passes its process id in
 * {@link #PROPERTY}; a daemon thread looks at it every {@link #POLL_MILLIS} ms (a process that is not this one's
 * child cannot be waited for on every system) and calls {@link System#exit}, whose shutdown hook in the command
 * line stops a running import after the article in hand, stores and links what it read, and closes the archive
 * ({@code cli.Cli#runOnConsole}). Process ids are compared with their start time, so a reused id is not taken for
 * the parent.
 */
final class ParentWatch {
    static final String PROPERTY = "kliping.parentPid";
    static final long POLL_MILLIS = 250;
    /** The exit code of a child whose parent went: as if it had been sent SIGTERM. */
    static final int PARENT_GONE = 143;

    private static final System.Logger LOG = System.getLogger(ParentWatch.class.getName());

    private ParentWatch() {
    }

    /** Starts watching when this JVM was started by a Kliping launcher; otherwise does nothing. */
    static void startIfChild() {
        String pid = System.getProperty(PROPERTY);
        if (pid == null) return;
        Optional<ProcessHandle> parent;
        try {
            parent = ProcessHandle.of(Long.parseLong(pid.trim()));
        } catch (NumberFormatException e) {
            return;
        }
        if (parent.isEmpty() || !parent.get().isAlive()) {
            parentGone(pid);
            return;
        }
        ProcessHandle watched = parent.get();
        Thread t = new Thread(() -> {
            while (watched.isAlive()) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            parentGone(pid);
        }, "kliping-parent-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void parentGone(String pid) {
        LOG.log(System.Logger.Level.WARNING, "the launching process {0} has ended; stopping", pid);
        System.exit(PARENT_GONE);
    }
}
