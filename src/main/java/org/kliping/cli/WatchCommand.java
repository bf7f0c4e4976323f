package org.kliping.cli;

import org.kliping.service.Archive;
import org.kliping.service.ImportListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Import files saved into a folder once they stop growing, moving each to imported/ or to rejected/ "
                + "(with a .reason.txt), until interrupted (Ctrl+C).")
final class WatchCommand extends FolderCommand {

    /** How long an interrupt waits for the pass in hand to finish and the archive to close. */
    private static final long CLOSE_WAIT_SECONDS = 30;

    @Parameters(index = "0", paramLabel = "DIR", description = "The inbox folder.")
    Path dir;

    @Option(names = "--once", description = "Import what is in the folder now (waiting one look to see it is complete), then stop.")
    boolean once;

    private volatile boolean stopping;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            err().printf("kliping: %s: not a folder%n", dir);
            return Cli.USAGE;
        }
        CountDownLatch closed = new CountDownLatch(1);
        // Ctrl+C: the loop ends after the file in hand, the archive is closed, then the process may end
        Thread hook = new Thread(() -> {
            stopping = true;
            try {
                closed.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "kliping-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Archive archive = Archive.open(archiveDir(), new StderrProgress(err()))) {
            err().printf("watching %s (Ctrl+C to stop)%n", dir.toAbsolutePath());
            err().flush();
            ImportListener listener = new ImportListener() {
                @Override
                public void item(String location, Status status, long articleId, String message) {
                    switch (status) {
                        case IMPORTED -> out().printf("imported   %s -> #%d %s%n", location, articleId, message);
                        case DUPLICATE -> out().printf("duplicate  %s%n", location);
                        case REJECTED -> out().printf("rejected   %s: %s%n", location, message);
                    }
                    out().flush();
                }

                @Override
                public void progress(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return stopping;
                }
            };
            if (once) {
                var report = archive.services().inbox().once(dir, listener);
                return report.rejected().isEmpty() ? Cli.OK : Cli.SOME_REJECTED;
            }
            archive.services().inbox().watch(dir, listener);
        } finally {
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it has just been released
            }
        }
        return Cli.OK;
    }
}
