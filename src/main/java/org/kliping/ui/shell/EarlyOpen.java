package org.kliping.ui.shell;

import org.kliping.ui.common.*;
import org.kliping.ui.list.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Opens the archive on a thread of its own from the first moment of the process, while JavaFX starts and
 * shows the "opening" pane: at 100k articles the archive takes about 0.7 s to open and the toolkit about
 * 0.6 s to show a window, and one after the other they were most of the window's start-up.
 */
public final class EarlyOpen {
    private static EarlyOpen pending;

    private final Path dir;
    private final CompletableFuture<Session> session = new CompletableFuture<>();
    /** Done/total of a catch-up or rebuild, -1 when unknown; read by the opening pane. */
    private volatile double progress = -1;

    private EarlyOpen(Path dir) {
        this.dir = dir;
    }

    /** Starts opening {@code dir}; the window takes it over in {@link #takeFor}. */
    static synchronized void start(Path dir) {
        EarlyOpen open = new EarlyOpen(dir);
        pending = open;
        Thread thread = new Thread(open::run, "kliping-early-open");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The opening started for {@code dir}, or null. An opening of another folder is closed when it ends: the
     * window opens what it was asked for (a test's folder), and the other archive's lock must not linger.
     */
    static synchronized EarlyOpen takeFor(Path dir) {
        EarlyOpen open = pending;
        pending = null;
        if (open == null) return null;
        if (open.dir.equals(dir)) return open;
        open.session.thenAccept(s -> s.archive().close());
        return null;
    }

    double progress() {
        return progress;
    }

    /** Waits for the archive; rethrows what opening it failed with. */
    Session await() {
        try {
            return session.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private void run() {
        try {
            session.complete(Session.open(dir, (done, total, note) -> progress = total > 0 ? (double) done / total : -1));
        } catch (RuntimeException | Error e) {
            session.completeExceptionally(e);
        }
    }
}
