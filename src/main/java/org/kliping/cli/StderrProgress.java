package org.kliping.cli;

import org.kliping.domain.ProgressListener;

import java.io.PrintWriter;

/** Progress on stderr, at most every few percent, so scripts reading stdout are not disturbed. */
final class StderrProgress implements ProgressListener {
    private final PrintWriter err;
    private long lastPercent = -1;
    private String lastMessage;

    StderrProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public boolean isCancelled() {
        return Cli.stopRequested();
    }

    @Override
    public void progress(long done, long total, String message) {
        if (total <= 0) return;
        long percent = done * 100 / total;
        if (percent / 10 == lastPercent / 10 && message.equals(lastMessage) && done != total) return;
        lastPercent = percent;
        lastMessage = message;
        err.printf("%s: %d/%d (%d%%)%n", message, done, total, percent);
        err.flush();
    }
}
