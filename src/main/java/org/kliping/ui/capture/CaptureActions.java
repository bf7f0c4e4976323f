package org.kliping.ui.capture;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.WindowEvent;
import org.kliping.service.CaptureReport;
import org.kliping.service.ImportReport;
import org.kliping.service.InboxService;
import org.kliping.ui.common.WindowContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Capture in the window, its one entry point for the shell: Add from URL (Ctrl+L), addresses pasted on the window
 * (Ctrl+V outside a text field) clipped the same way, the feeds (fetched now or every few minutes while the window is
 * open) and the inbox folder watched while the window is open. All the work runs in the background; the window
 * hears what changed through the window context.
 */
public final class CaptureActions {

    private static final KeyCombination PASTE = KeyCombination.keyCombination("Shortcut+V");

    private final WindowContext ctx;
    private final CaptureViewModels vms;
    private Timeline feedTimer;
    private Timeline inboxTimer;
    private AddUrlDialog shown;

    public CaptureActions(WindowContext ctx, CaptureViewModels vms) {
        this.ctx = ctx;
        this.vms = vms;
        vms.clips().setOnFinished(this::clipped);
        vms.feeds().setOnFetched(this::fetched);
        vms.feeds().setOnChanged(ctx::archiveChanged);
        vms.inbox().setOnImported(this::inboxImported);
        ctx.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> stop());
    }

    /** Pasting addresses on the window (outside a text field) clips them as Add from URL does. */
    public void installOn(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!PASTE.match(e) || e.getCode() != KeyCode.V) return;
            Node focus = scene.getFocusOwner();
            if (focus instanceof TextInputControl) return;
            Clipboard clipboard = Clipboard.getSystemClipboard();
            if (clipboard.hasString() && paste(clipboard.getString())) e.consume();
        });
    }

    /** Clips the addresses in pasted text, showing them in the Add from URL dialog; false when it holds none. */
    public boolean paste(String text) {
        List<String> urls = ClipViewModel.addressesIn(text);
        if (urls.isEmpty()) return false;
        if (vms.clips().runningProperty().get()) {
            ctx.notice(ctx.dialogs().t("clip.busy"));
            return true;
        }
        dialog().clipNow(urls);
        return true;
    }

    /** File → Add from URL…: the dialog, empty (or as it is while a clipping runs). */
    public void addFromUrl() {
        dialog();
    }

    private AddUrlDialog dialog() {
        if (shown == null || !shown.isShowing()) {
            shown = new AddUrlDialog(ctx, vms.clips());
            shown.show();
        }
        shown.getDialogPane().getScene().getWindow().requestFocus();
        return shown;
    }

    /** The dialog while shown, else null; for tests. */
    public javafx.scene.control.Dialog<Void> addUrlDialog() {
        return shown != null && shown.isShowing() ? shown : null;
    }

    /** Asks for a feed's address (or a site's page that names its feed) and follows it. */
    public void addFeed() {
        ctx.dialogs().askLine("feeds.add", ctx.dialogs().t("feeds.addHeader"), "").ifPresent(url -> {
            if (url.isBlank()) return;
            vms.feeds().add(url.strip(), feed -> {
                ctx.notice(ctx.dialogs().t("feeds.added", feed.title() == null ? feed.url() : feed.title(), feed.url()));
                fetchFeeds(List.of(feed.id()));
            });
        });
    }

    /** Fetches the given feeds (all when empty) in the background. */
    public void fetchFeeds(List<Long> ids) {
        vms.feeds().fetch(ids);
    }

    /** Starts or stops the feed and inbox timers as the preferences say (after the Preferences dialog too). */
    public void applyPreferences() {
        int minutes = CapturePreferences.fetchMinutes(ctx.preferences());
        fetchEvery(minutes == 0 ? null : Duration.ofMinutes(minutes));
        watchInbox(CapturePreferences.inboxFolder(ctx.preferences()).orElse(null));
    }

    /** Fetches every feed at this interval while the window is open (null: only when asked). */
    public void fetchEvery(Duration interval) {
        if (feedTimer != null) feedTimer.stop();
        feedTimer = null;
        if (interval == null) return;
        feedTimer = repeat(interval, () -> fetchFeeds(List.of()));
    }

    /** Watches this folder while the window is open (null: none). */
    public void watchInbox(Path dir) {
        if (inboxTimer != null) inboxTimer.stop();
        inboxTimer = null;
        if (!vms.inbox().watch(dir)) return;
        inboxTimer = repeat(InboxService.POLL, vms.inbox()::pass);
    }

    private static Timeline repeat(Duration every, Runnable action) {
        Timeline t = new Timeline(new KeyFrame(javafx.util.Duration.millis(every.toMillis()), e -> action.run()));
        t.setCycleCount(Animation.INDEFINITE);
        t.play();
        return t;
    }

    /** Stops the timers (the window is closing). */
    public void stop() {
        fetchEvery(null);
        if (inboxTimer != null) inboxTimer.stop();
        inboxTimer = null;
        vms.clips().cancel();
    }

    private void clipped(CaptureReport r) {
        if (r.imported() + r.refreshed() > 0) ctx.archiveChanged();
        ctx.notice(ctx.dialogs().t("clip.summary", r.imported(), r.duplicates(), r.rejected().size()));
    }

    private void fetched(CaptureReport r) {
        if (r.imported() > 0) ctx.archiveChanged();
        long failed = r.feeds().stream().filter(f -> f.error() != null).count();
        ctx.notice(ctx.dialogs().t("feeds.fetched", r.imported(), failed, r.rejected().size()));
    }

    private void inboxImported(ImportReport r) {
        if (r.imported() > 0) ctx.archiveChanged();
        ctx.notice(ctx.dialogs().t("inbox.imported", r.imported(), r.duplicates(), r.rejected().size()));
    }
}
