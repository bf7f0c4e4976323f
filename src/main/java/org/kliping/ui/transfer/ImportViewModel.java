package org.kliping.ui.transfer;

import org.kliping.ui.common.*;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kliping.service.ImportListener;
import org.kliping.service.ImportReport;
import org.kliping.service.Services;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** An import in progress: counts, a progress fraction, cancelling, and the report at the end. */
public final class ImportViewModel {

    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onError;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final LongProperty done = new SimpleLongProperty(this, "done");
    private final LongProperty total = new SimpleLongProperty(this, "total");
    private final LongProperty imported = new SimpleLongProperty(this, "imported");
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>(this, "report");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private Consumer<ImportReport> onFinished = r -> { };
    /** The files of the last import already in the archive, each with the title of the article it holds. */
    private final java.util.List<ImportReport.Problem> duplicates = new java.util.ArrayList<>();

    public ImportViewModel(Services services, Background background, Consumer<Throwable> onError) {
        this.services = services;
        this.background = background;
        this.onError = onError;
    }

    public void setOnFinished(Consumer<ImportReport> onFinished) {
        this.onFinished = onFinished;
    }

    /** Imports files and folders; ignored while another import runs (one writer at a time). */
    public void start(List<Path> paths) {
        if (running.get() || paths.isEmpty()) return;
        running.set(true);
        cancelRequested.set(false);
        progress.set(-1);
        done.set(0);
        total.set(0);
        imported.set(0);
        duplicates.clear();
        background.submit(ctx -> services.imports().importPaths(List.copyOf(paths), listener(ctx)), r -> {
            running.set(false);
            progress.set(1);
            report.set(r);
            onFinished.accept(r);
        }, e -> {
            running.set(false);
            onError.accept(e);
        });
    }

    /** Asks the import to stop after the file in hand; what is imported stays. */
    public void cancel() {
        cancelRequested.set(true);
    }

    private ImportListener listener(Background.JobContext ctx) {
        return new ImportListener() {
            @Override
            public void item(String location, Status status, long articleId, String message) {
                if (status == Status.IMPORTED) ctx.post(() -> imported.set(imported.get() + 1));
                if (status == Status.DUPLICATE) {
                    ImportReport.Problem duplicate = new ImportReport.Problem(location, message == null ? "" : message);
                    ctx.post(() -> duplicates.add(duplicate));
                }
            }

            @Override
            public void progress(long doneCount, long totalCount, String message) {
                ctx.post(() -> {
                    done.set(doneCount);
                    total.set(totalCount);
                    progress.set(totalCount > 0 ? (double) doneCount / totalCount : -1);
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get() || ctx.isCancelled();
            }
        };
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public LongProperty doneProperty() {
        return done;
    }

    public LongProperty totalProperty() {
        return total;
    }

    public LongProperty importedProperty() {
        return imported;
    }

    /** The files of the last import that were already in the archive (location, and the title they hold). */
    public java.util.List<ImportReport.Problem> duplicates() {
        return java.util.List.copyOf(duplicates);
    }

    public ObjectProperty<ImportReport> reportProperty() {
        return report;
    }
}
