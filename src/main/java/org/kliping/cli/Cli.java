package org.kliping.cli;

import org.kliping.domain.ArchiveUnavailableException;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.KlipingException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Runs the command line in-process: picocli, exit codes, errors on stderr. Never touches JavaFX. */
public final class Cli {

    public static final int OK = 0;
    public static final int SOME_REJECTED = 1;
    public static final int USAGE = 2;
    public static final int ARCHIVE_UNAVAILABLE = 3;

    private static final System.Logger LOG = System.getLogger(Cli.class.getName());

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.getenv(), out, err);
    }

    /** {@link #run(String[], PrintWriter, PrintWriter)} with this environment: {@code KLIPING_SERVER} and
     * {@code KLIPING_TOKEN} (or {@code --server URL}, or {@code login}) send the command to a team server. */
    public static int run(String[] args, java.util.Map<String, String> env, PrintWriter out, PrintWriter err) {
        if (RemoteCli.wanted(args, env)) return RemoteCli.run(args, env, out, err);
        CommandLine cl = new CommandLine(new KlipingCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // the command's name, never its arguments: they may hold a note's or an article's text
            LOG.log(ex instanceof KlipingException ? System.Logger.Level.WARNING : System.Logger.Level.ERROR,
                    "kliping " + commandLine.getCommandName() + " failed", ex);
            commandLine.getErr().println("kliping: " + Terminal.line(message(ex)));
            commandLine.getErr().flush();
            return exitCode(ex);
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Runs with the process's own stdout and stderr, UTF-8. Stdout is flushed line by line only at a terminal;
     * written to a file or a pipe it is buffered, flushed at the end and, by {@code import}, whenever
     * {@link ImportCommand#FLUSH_EVERY} has passed since the last flush, so a script still sees the lines arrive:
     * one write per line cost a large import seconds of system CPU. Told to end (SIGTERM, or the launching process
     * gone), a running command stops after the article in hand and closes the archive, for at most
     * {@link #STOP_WAIT}.
     */
    public static int runOnConsole(String[] args) {
        boolean terminal = System.console() != null;
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(System.out,
                java.nio.charset.StandardCharsets.UTF_8), 1 << 16), terminal);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        CountDownLatch finished = new CountDownLatch(1);
        Thread stop = new Thread(() -> stopAndWait(finished), "kliping-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return run(args, out, err);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it has just seen the command end
            }
        }
    }

    /**
     * How long the JVM, told to end (SIGTERM, or the launching process gone), waits for a running command to stop
     * after the article in hand and close the archive; past it the JVM ends anyway (the archive is crash-safe).
     */
    static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private static volatile boolean stopRequested;

    /** True once this process has been told to end: long commands stop early, keeping what is done. */
    static boolean stopRequested() {
        return stopRequested;
    }

    private static void stopAndWait(CountDownLatch finished) {
        stopRequested = true;
        LOG.log(System.Logger.Level.INFO, "told to end: stopping the running command");
        try {
            if (!finished.await(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "the command did not stop within {0}; ending anyway", STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof ArchiveUnavailableException) return ARCHIVE_UNAVAILABLE;
        if (ex instanceof InvalidInputException) return USAGE;
        return SOME_REJECTED;
    }

    private static String message(Throwable ex) {
        if (ex instanceof KlipingException) return ex.getMessage();
        if (ex instanceof OutOfMemoryError) return "out of memory: " + ex.getMessage();
        return ex.getClass().getSimpleName() + ": " + ex.getMessage();
    }
}
