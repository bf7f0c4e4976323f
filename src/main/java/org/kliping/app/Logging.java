package org.kliping.app;

import org.kliping.service.UserFolders;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log of the process that does the work: every class logs through {@link System.Logger}, which the JDK sends
 * to java.util.logging; this puts a rolling file in the user's log folder ({@link UserFolders#logs}: five files of
 * at most 1 MB, {@code kliping-0.log} the newest) instead of JUL's console output, and, with {@code --debug},
 * everything from FINE up on stderr too. Log messages name ids, paths, counts and exceptions, never an article's
 * text or a note. A folder that cannot be written leaves the process without a file log, not without its work.
 */
final class Logging {
    static final String DEBUG_OPTION = "--debug";
    static final int FILE_LIMIT = 1 << 20;
    static final int FILE_COUNT = 5;

    private static final System.Logger LOG = System.getLogger(Logging.class.getName());

    private Logging() {
    }

    /** Sets up the file log (and stderr with {@code debug}) and logs every uncaught exception; returns the folder. */
    static Path install(boolean debug) {
        Path folder = UserFolders.logsForThisProcess();
        LogManager.getLogManager().reset(); // drops JUL's console handler: the log goes to the file
        Logger root = Logger.getLogger("");
        root.setLevel(debug ? Level.FINE : Level.INFO);
        OneLine format = new OneLine();
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("kliping-%g.log").toString(), FILE_LIMIT, FILE_COUNT, true);
            file.setEncoding("UTF-8");
            file.setFormatter(format);
            file.setLevel(Level.ALL);
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            if (debug) System.err.println("kliping: no log file in " + folder + ": " + e.getMessage());
        }
        if (debug) {
            Handler console = new ConsoleHandler();
            console.setLevel(Level.FINE);
            console.setFormatter(format);
            root.addHandler(console);
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.log(System.Logger.Level.ERROR, "uncaught in thread " + thread.getName(), e);
            System.err.println("kliping: unexpected " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (details in " + folder + ")");
        });
        LOG.log(System.Logger.Level.INFO, "Kliping " + Main.version() + " on Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "; pid "
                + ProcessHandle.current().pid() + (debug ? "; --debug" : ""));
        return folder;
    }

    /** One line a record: time, level, logger, message; a stack trace after it when there is one. */
    static final class OneLine extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder(128).append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                    .append(r.getLevel().getName()).append(' ').append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                b.append(trace);
            }
            return b.toString();
        }
    }
}
