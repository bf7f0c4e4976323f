package org.kliping.ui.transfer;

import org.kliping.ui.common.*;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.kliping.domain.InvalidInputException;
import org.kliping.service.BackupService;
import org.kliping.service.ExportService;
import org.kliping.service.Services;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Export and backup from the File menu, run in the background; the view confirms what was written. */
public final class ExportViewModel {

    /** Which articles an export takes. */
    public enum Scope { ARCHIVE, SELECTION, SEARCH }

    /** What the export dialog decided: format and scope. */
    public record Choice(ExportService.Format format, Scope scope) {
    }

    private final Services services;
    private final Path archiveDir;
    private final Background background;
    private final Consumer<Throwable> onError;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");

    public ExportViewModel(Services services, Path archiveDir, Background background, Consumer<Throwable> onError) {
        this.services = services;
        this.archiveDir = archiveDir;
        this.background = background;
        this.onError = onError;
    }

    /**
     * Writes the chosen articles to {@code out}: the selection's ids, or those matching {@code query}, or all.
     * An empty selection or query with that scope exports nothing rather than the whole archive.
     */
    public void export(Choice choice, Path out, List<Long> selected, String query, String title,
                       Consumer<Integer> done) {
        List<Long> ids = choice.scope() == Scope.SELECTION ? List.copyOf(selected) : List.of();
        String q = choice.scope() == Scope.SEARCH ? query : null;
        boolean nothing = choice.scope() == Scope.SELECTION && ids.isEmpty()
                || choice.scope() == Scope.SEARCH && (q == null || q.isBlank());
        if (nothing) {
            done.accept(0);
            return;
        }
        running.set(true);
        background.submit(ctx -> services.export().export(choice.format(), out, ids, q, title), n -> {
            running.set(false);
            done.accept(n);
        }, e -> {
            running.set(false);
            onError.accept(e);
        });
    }

    /** Writes a checked snapshot of the archive's database to {@code file}; {@code done} gets its article count. */
    public void backup(Path file, Consumer<Long> done) {
        if (archiveDir == null) {
            onError.accept(new InvalidInputException("no archive folder is known to back up to " + file));
            return;
        }
        running.set(true);
        background.submit(ctx -> BackupService.backup(archiveDir, file), size -> {
            running.set(false);
            done.accept(size);
        }, e -> {
            running.set(false);
            onError.accept(e);
        });
    }

    /**
     * Restores a backup into {@code folder}, a new archive (never the open one, never one holding articles);
     * {@code done} gets its article count.
     */
    public void restore(Path backup, Path folder, Consumer<Long> done) {
        if (archiveDir != null && folder.toAbsolutePath().normalize().equals(archiveDir.toAbsolutePath().normalize())) {
            onError.accept(new InvalidInputException("restore into a new, empty folder, not the open archive " + folder));
            return;
        }
        running.set(true);
        background.submit(ctx -> BackupService.restore(backup, folder), n -> {
            running.set(false);
            done.accept(n);
        }, e -> {
            running.set(false);
            onError.accept(e);
        });
    }

    /** The file name an export suggests: Markdown to one combined {@code .md} file, a report as HTML. */
    public static String suggestedName(ExportService.Format format) {
        return switch (format) {
            case JSON -> "kliping.json";
            case MARKDOWN -> "kliping.md";
            case CSV -> "kliping.csv";
            case CSV_HIGHLIGHTS -> "kliping-highlights.csv";
            case REPORT -> "kliping-report.html";
        };
    }

    public BooleanProperty runningProperty() {
        return running;
    }
}
