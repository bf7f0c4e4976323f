package org.kliping.ui.capture;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kliping.domain.Feed;
import org.kliping.ui.common.ListFilter;
import org.kliping.ui.common.WindowContext;

import java.util.List;

/**
 * The Feeds section of the sidebar: each feed followed with its unread count, and its last error when the last fetch
 * failed. A click lists the feed's articles; the header adds a feed and fetches them all now; a feed's menu fetches or
 * removes it (its articles stay).
 */
public final class FeedsPane {

    private final WindowContext ctx;
    private final FeedsViewModel vm;
    private final CaptureActions actions;
    private boolean showing;

    @FXML ListView<Feed> feedList;
    @FXML Button fetchButton;

    public FeedsPane(WindowContext ctx, FeedsViewModel vm, CaptureActions actions) {
        this.ctx = ctx;
        this.vm = vm;
        this.actions = actions;
    }

    @FXML
    void initialize() {
        feedList.setItems(vm.feeds());
        feedList.setCellFactory(l -> new FeedCell());
        fetchButton.disableProperty().bind(vm.fetchingProperty());
        feedList.getSelectionModel().selectedItemProperty().addListener((obs, old, feed) -> {
            if (feed == null || showing) return;
            ctx.middleProperty().set(WindowContext.Middle.LIST);
            ctx.filterProperty().set(ListFilter.feed(feed.id()));
        });
        ctx.filterProperty().addListener((obs, old, now) -> {
            if (now.kind() != ListFilter.Kind.FEED) feedList.getSelectionModel().clearSelection();
        });
        // the counts are reloaded and the list re-filled: the selection is kept without listing the feed again
        vm.feeds().addListener((javafx.collections.ListChangeListener<Feed>) c -> reselect());
        ctx.onArchiveChanged(vm::refresh);
        ctx.onArticleChanged(c -> {
            if (c.read() != null) vm.refresh();
        });
        vm.refresh();
    }

    private void reselect() {
        ListFilter f = ctx.filterProperty().get();
        if (f.kind() != ListFilter.Kind.FEED) return;
        showing = true;
        try {
            for (Feed feed : vm.feeds()) {
                if (Long.toString(feed.id()).equals(f.value())) feedList.getSelectionModel().select(feed);
            }
        } finally {
            showing = false;
        }
    }

    /** What capture does in the window, for the shell's menus. */
    public CaptureActions actions() {
        return actions;
    }

    @FXML
    void addFeed() {
        actions.addFeed();
    }

    @FXML
    void fetchAll() {
        actions.fetchFeeds(List.of());
    }

    private final class FeedCell extends ListCell<Feed> {
        @Override
        protected void updateItem(Feed feed, boolean empty) {
            super.updateItem(feed, empty);
            getStyleClass().remove("feed-error");
            setTooltip(null);
            setContextMenu(null);
            if (empty || feed == null) {
                setText(null);
                return;
            }
            String name = feed.title() == null || feed.title().isBlank() ? feed.url() : feed.title();
            setText((feed.lastError() != null ? "⚠ " : "") + name + (feed.unread() > 0 ? "  (" + feed.unread() + ")" : ""));
            if (feed.lastError() != null) {
                getStyleClass().add("feed-error");
                setTooltip(new Tooltip(ctx.dialogs().t("feeds.error", feed.url(), feed.lastError())));
            } else {
                setTooltip(new Tooltip(feed.url()));
            }
            MenuItem fetch = new MenuItem(ctx.dialogs().t("feeds.fetchOne"));
            fetch.setOnAction(e -> actions.fetchFeeds(List.of(feed.id())));
            MenuItem remove = new MenuItem(ctx.dialogs().t("feeds.remove"));
            remove.setOnAction(e -> {
                if (ctx.dialogs().confirm(ctx.dialogs().t("feeds.removeConfirm", name))) vm.remove(feed.id());
            });
            setContextMenu(new ContextMenu(fetch, remove));
        }
    }
}
