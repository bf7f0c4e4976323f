package org.kliping.ui.capture;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kliping.service.CaptureReport;
import org.kliping.service.ImportListener;
import org.kliping.service.Services;
import org.kliping.ui.common.Background;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clipping pages by address from the window ("Add from URL", or addresses pasted on the list): one line per address
 * that follows it from waiting to clipped, already in the archive, or failed with the reason; a progress fraction;
 * cancelling between addresses (what is clipped stays); the report at the end.
 */
public final class ClipViewModel {

    /** Where one address stands. */
    public enum Outcome { WAITING, CLIPPED, DUPLICATE, TRASHED, FAILED }

    /** One address and its outcome: the article (clipped or already there), or why it failed. */
    public record UrlResult(String url, Outcome outcome, long articleId, String message) {
    }

    private static final Pattern ADDRESS = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"']+");

    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onError;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final ObservableList<UrlResult> results = FXCollections.observableArrayList();
    private final ObjectProperty<CaptureReport> report = new SimpleObjectProperty<>(this, "report");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private Consumer<CaptureReport> onFinished = r -> { };

    public ClipViewModel(Services services, Background background, Consumer<Throwable> onError) {
        this.services = services;
        this.background = background;
        this.onError = onError;
    }

    /**
     * The web addresses in pasted text, in order, each once: one per line or mixed with other words (a pasted list, a
     * message); a trailing full stop, comma or closing bracket belongs to the sentence, not the address.
     */
    public static List<String> addressesIn(String text) {
        if (text == null) return List.of();
        LinkedHashSet<String> found = new LinkedHashSet<>();
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            String url = m.group().replaceAll("[.,;:!?)\\]}]+$", "");
            if (url.length() > "https://".length()) found.add(url);
        }
        return List.copyOf(found);
    }

    public void setOnFinished(Consumer<CaptureReport> onFinished) {
        this.onFinished = onFinished;
    }

    /** Clips the addresses; ignored while a clipping runs. */
    public void start(List<String> urls) {
        if (running.get() || urls.isEmpty()) return;
        List<String> todo = List.copyOf(urls);
        running.set(true);
        cancelRequested.set(false);
        progress.set(0);
        report.set(null);
        List<UrlResult> waiting = new ArrayList<>();
        for (String url : todo) waiting.add(new UrlResult(url, Outcome.WAITING, 0, ""));
        results.setAll(waiting);
        background.submit(ctx -> services.clips().clip(todo, List.of(), false, listener(ctx)), r -> {
            running.set(false);
            for (CaptureReport.Trashed t : r.trashed()) inTrash(t);
            progress.set(1);
            report.set(r);
            onFinished.accept(r);
        }, e -> {
            running.set(false);
            onError.accept(e);
        });
    }

    /** Stops after the address in hand; what is clipped stays. */
    public void cancel() {
        cancelRequested.set(true);
    }

    private ImportListener listener(Background.JobContext ctx) {
        return new ImportListener() {
            @Override
            public void item(String location, Status status, long articleId, String message) {
                Outcome outcome = switch (status) {
                    case IMPORTED -> Outcome.CLIPPED;
                    case DUPLICATE -> Outcome.DUPLICATE;
                    case REJECTED -> Outcome.FAILED;
                };
                ctx.post(() -> settle(new UrlResult(location, outcome, articleId, message == null ? "" : message)));
            }

            @Override
            public void progress(long done, long total, String message) {
                ctx.post(() -> progress.set(total > 0 ? (double) done / total : 0));
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get() || ctx.isCancelled();
            }
        };
    }

    /** A duplicate whose article is in the Trash says so. */
    private void inTrash(CaptureReport.Trashed t) {
        for (int i = 0; i < results.size(); i++) {
            UrlResult r = results.get(i);
            if (r.outcome() == Outcome.DUPLICATE && r.articleId() == t.id()) results.set(i, new UrlResult(r.url(), Outcome.TRASHED, t.id(), r.message()));
        }
    }

    /** The first line still waiting for this address takes its outcome. */
    private void settle(UrlResult result) {
        for (int i = 0; i < results.size(); i++) {
            UrlResult r = results.get(i);
            if (r.outcome() == Outcome.WAITING && r.url().strip().equals(result.url().strip())) {
                results.set(i, result);
                return;
            }
        }
        results.add(result);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    /** One line per address, in the order given. */
    public ObservableList<UrlResult> results() {
        return results;
    }

    /** The last clipping's report (null while one runs). */
    public ObjectProperty<CaptureReport> reportProperty() {
        return report;
    }
}
