package org.kliping.ui.sidebar;

import org.kliping.ui.common.*;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.TreeView;
import org.kliping.ui.common.ListFilter;
import org.kliping.ui.common.WindowContext;

/**
 * The sidebar pane: all, unread and starred articles, stories, the facets of the current search, sources, the tag
 * tree, saved searches, orphaned highlights and the Trash. A click sets the window context's filter, query or middle
 * pane; the counts follow what the context says changed.
 */
public final class SidebarPane {

    private final WindowContext ctx;
    private final SidebarViewModel vm;
    private SidebarView view;

    @FXML TreeView<SidebarEntry> sidebar;

    public SidebarPane(WindowContext ctx, SidebarViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    @FXML
    void initialize() {
        view = new SidebarView(sidebar, vm, ctx.text(), new TagMenuActions(ctx, vm));
        sidebar.setAccessibleText(ctx.dialogs().t("a11y.sidebar"));
        view.onSelect(this::selected);
        ctx.facetsProperty().addListener((obs, old, now) -> rebuild());
        vm.tags().addListener((ListChangeListener<Object>) c -> rebuild());
        vm.sources().addListener((ListChangeListener<Object>) c -> rebuild());
        vm.savedSearches().addListener((ListChangeListener<Object>) c -> rebuild());
        vm.orphans().addListener((ListChangeListener<Object>) c -> rebuild());
        vm.allCountProperty().addListener((obs, old, now) -> rebuild());
        vm.unreadCountProperty().addListener((obs, old, now) -> rebuild());
        vm.starredCountProperty().addListener((obs, old, now) -> rebuild());
        vm.trashCountProperty().addListener((obs, old, now) -> rebuild());
        vm.setAfterChange(ctx::archiveChanged);
        ctx.onArticleChanged(c -> vm.refresh());
        ctx.onArchiveChanged(vm::refresh);
        ctx.filterProperty().addListener((obs, old, now) -> { // a feed was picked below the tree
            if (now.kind() == ListFilter.Kind.FEED) sidebar.getSelectionModel().clearSelection();
        });
    }

    private void rebuild() {
        view.rebuild(ctx.facetsProperty().get());
    }

    private void selected(SidebarEntry e) {
        if (e instanceof SidebarEntry.Orphans) ctx.middleProperty().set(WindowContext.Middle.ORPHANS);
        else if (e instanceof SidebarEntry.Stories) ctx.middleProperty().set(WindowContext.Middle.STORIES);
        else if (e instanceof SidebarEntry.Annotations) ctx.middleProperty().set(WindowContext.Middle.ANNOTATIONS);
        else if (!(e instanceof SidebarEntry.Header)) ctx.middleProperty().set(WindowContext.Middle.LIST);
        if (e instanceof SidebarEntry.Filter f) ctx.filterProperty().set(f.filter());
        else if (e instanceof SidebarEntry.TagEntry t) ctx.filterProperty().set(ListFilter.tag(t.tag().name()));
        else if (e instanceof SidebarEntry.Saved s) ctx.queryProperty().set(s.search().query());
        else if (e instanceof SidebarEntry.Facet f) ctx.queryProperty().set(ListFilter.withFacet(ctx.queryProperty().get(),
                f.facet(), f.value()));
    }

    /** Selects the Stories line, which shows the stories pane. */
    public void selectStories() {
        view.selectStories();
    }

    /** The sidebar's width as laid out (remembered by the shell). */
    public TreeView<?> tree() {
        return sidebar;
    }
}
