package org.kliping.ui.capture;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kliping.domain.Feed;
import org.kliping.service.CaptureReport;
import org.kliping.service.ImportListener;
import org.kliping.service.Services;
import org.kliping.ui.common.Background;

import java.util.List;
import java.util.function.Consumer;

/**
 * The feeds followed, with their unread counts and last errors, and fetching them: on demand or every few minutes
 * while the window is open. A fetch runs in the background; a second one asked for while one runs is skipped (the
 * running one takes every feed anyway).
 */
public final class FeedsViewModel {

    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onError;
    private final ObservableList<Feed> feeds = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper fetching = new ReadOnlyBooleanWrapper(this, "fetching");
    private Consumer<CaptureReport> onFetched = r -> { };
    private Runnable onChanged = () -> { };
    private boolean refreshing;
    private boolean refreshAgain;

    public FeedsViewModel(Services services, Background background, Consumer<Throwable> onError) {
        this.services = services;
        this.background = background;
        this.onError = onError;
    }

    /** Called with each fetch's report, after the list was reloaded. */
    public void setOnFetched(Consumer<CaptureReport> onFetched) {
        this.onFetched = onFetched;
    }

    /** Called after a feed was added or removed. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** Reloads the feeds and their counts; calls while one runs are coalesced into one more after it. */
    public void refresh() {
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        background.submit(ctx -> services.feeds().list(), list -> {
            feeds.setAll(list);
            refreshDone();
        }, e -> {
            refreshDone();
            onError.accept(e);
        });
    }

    private void refreshDone() {
        refreshing = false;
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    /** Fetches the given feeds (all when empty) and clips their new items; skipped while a fetch runs. */
    public void fetch(List<Long> ids) {
        if (fetching.get()) return;
        fetching.set(true);
        List<Long> which = List.copyOf(ids);
        background.submit(ctx -> {
            CaptureReport r = services.feeds().fetch(which, cancelWith(ctx));
            return new Fetched(r, services.feeds().list());
        }, done -> {
            fetching.set(false);
            feeds.setAll(done.feeds());
            onFetched.accept(done.report());
        }, e -> {
            fetching.set(false);
            onError.accept(e);
        });
    }

    private record Fetched(CaptureReport report, List<Feed> feeds) {
    }

    /** Follows the feed at an address (a site's page finds its feed); {@code then} hears the feed followed. */
    public void add(String url, Consumer<Feed> then) {
        background.submit(ctx -> {
            Feed added = services.feeds().add(url, List.of());
            return new Added(added, services.feeds().list());
        }, a -> {
            feeds.setAll(a.feeds());
            onChanged.run();
            then.accept(a.feed());
        }, onError::accept);
    }

    private record Added(Feed feed, List<Feed> feeds) {
    }

    /** Stops following a feed; its articles stay. */
    public void remove(long id) {
        background.submit(ctx -> {
            services.feeds().remove(id);
            return services.feeds().list();
        }, list -> {
            feeds.setAll(list);
            onChanged.run();
        }, onError::accept);
    }

    private static ImportListener cancelWith(Background.JobContext ctx) {
        return new ImportListener() {
            @Override
            public void item(String location, Status status, long articleId, String message) {
            }

            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return ctx.isCancelled();
            }
        };
    }

    public ObservableList<Feed> feeds() {
        return feeds;
    }

    public ReadOnlyBooleanProperty fetchingProperty() {
        return fetching.getReadOnlyProperty();
    }
}
