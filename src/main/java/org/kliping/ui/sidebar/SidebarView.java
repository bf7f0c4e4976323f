package org.kliping.ui.sidebar;

import org.kliping.ui.common.*;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kliping.domain.SavedSearch;
import org.kliping.domain.Tag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * Builds the sidebar tree from the sidebar view model (and the facets of the current search) and turns
 * clicks into filters, saved searches, facet clauses and tag operations.
 */
public final class SidebarView {

    private static final List<String> FACETS = List.of("source", "place", "tag", "year");

    private final TreeView<SidebarEntry> tree;
    private final SidebarViewModel vm;
    private final ResourceBundle text;
    private final TagActions tagActions;
    private boolean rebuilding;

    /** What the tag context menu asks the window to do (each opens a dialog first). */
    interface TagActions {
        void rename(Tag tag);

        void merge(Tag tag);

        void color(Tag tag);

        void delete(Tag tag);
    }

    SidebarView(TreeView<SidebarEntry> tree, SidebarViewModel vm, ResourceBundle text, TagActions tagActions) {
        this.tree = tree;
        this.vm = vm;
        this.text = text;
        this.tagActions = tagActions;
        tree.setRoot(new TreeItem<>(new SidebarEntry.Header("")));
        tree.setCellFactory(t -> new EntryCell());
    }

    /** Calls {@code onSelect} with each entry the user selects (not while the tree is rebuilt). */
    void onSelect(Consumer<SidebarEntry> onSelect) {
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!rebuilding && now != null) onSelect.accept(now.getValue());
        });
    }

    void rebuild(Map<String, Map<String, Long>> facets) {
        rebuilding = true;
        try {
            SidebarEntry selected = tree.getSelectionModel().getSelectedItem() == null ? null
                    : tree.getSelectionModel().getSelectedItem().getValue();
            TreeItem<SidebarEntry> root = tree.getRoot();
            root.getChildren().setAll(
                    leaf(new SidebarEntry.Filter(text.getString("sidebar.all"), vm.allCountProperty().get(), ListFilter.ALL)),
                    leaf(new SidebarEntry.Filter(text.getString("sidebar.unread"), vm.unreadCountProperty().get(), ListFilter.UNREAD)),
                    leaf(new SidebarEntry.Filter(text.getString("sidebar.starred"), vm.starredCountProperty().get(), ListFilter.STARRED)));
            root.getChildren().add(leaf(new SidebarEntry.Stories(text.getString("sidebar.stories"))));
            root.getChildren().add(leaf(new SidebarEntry.Annotations(text.getString("sidebar.annotations"))));
            if (!facets.isEmpty()) root.getChildren().add(facetSection(facets));
            root.getChildren().add(sourceSection());
            root.getChildren().add(tagSection());
            TreeItem<SidebarEntry> saved = section(text.getString("sidebar.saved"));
            for (SavedSearch s : vm.savedSearches()) saved.getChildren().add(leaf(new SidebarEntry.Saved(s)));
            root.getChildren().add(saved);
            root.getChildren().add(leaf(new SidebarEntry.Orphans(text.getString("sidebar.orphans"), vm.orphans().size())));
            root.getChildren().add(leaf(new SidebarEntry.Filter(text.getString("sidebar.trash"), vm.trashCountProperty().get(),
                    ListFilter.TRASH)));
            reselect(root, selected);
        } finally {
            rebuilding = false;
        }
    }

    /** Selects the Stories line (which shows the stories pane through the selection listener). */
    void selectStories() {
        for (TreeItem<SidebarEntry> item : tree.getRoot().getChildren()) {
            if (item.getValue() instanceof SidebarEntry.Stories) {
                tree.getSelectionModel().select(item);
                return;
            }
        }
    }

    private TreeItem<SidebarEntry> facetSection(Map<String, Map<String, Long>> facets) {
        TreeItem<SidebarEntry> section = section(text.getString("sidebar.facets"));
        for (String facet : FACETS) {
            Map<String, Long> values = facets.getOrDefault(facet, Map.of());
            if (values.isEmpty()) continue;
            TreeItem<SidebarEntry> group = section(text.getString("facet." + facet));
            values.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                    .forEach(e -> group.getChildren().add(leaf(new SidebarEntry.Facet(facet, e.getKey(), e.getValue()))));
            section.getChildren().add(group);
        }
        return section;
    }

    private TreeItem<SidebarEntry> sourceSection() {
        TreeItem<SidebarEntry> section = section(text.getString("sidebar.sources"));
        for (SidebarViewModel.SourceCount s : vm.sources()) {
            section.getChildren().add(leaf(new SidebarEntry.Filter(s.name(), s.count(), ListFilter.source(s.name()))));
        }
        return section;
    }

    /** Nests {@code a/b/c} under {@code a/b}; a parent that is not itself a tag still gets a line. */
    private TreeItem<SidebarEntry> tagSection() {
        TreeItem<SidebarEntry> section = section(text.getString("sidebar.tags"));
        Map<String, TreeItem<SidebarEntry>> byKey = new HashMap<>();
        vm.tags().stream().sorted((a, b) -> a.key().compareTo(b.key())).forEach(tag -> {
            String[] parts = tag.name().split("/");
            TreeItem<SidebarEntry> parent = section;
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) path.append('/');
                path.append(parts[i]);
                String key = path.toString().toLowerCase(java.util.Locale.ROOT);
                TreeItem<SidebarEntry> item = byKey.get(key);
                if (item == null) {
                    Tag t = i == parts.length - 1 ? tag : new Tag(path.toString());
                    item = new TreeItem<>(new SidebarEntry.TagEntry(parts[i], t));
                    item.setExpanded(true);
                    byKey.put(key, item);
                    parent.getChildren().add(item);
                }
                parent = item;
            }
        });
        return section;
    }

    private void reselect(TreeItem<SidebarEntry> item, SidebarEntry wanted) {
        if (wanted == null) return;
        if (wanted.equals(item.getValue()) || sameTarget(wanted, item.getValue())) {
            tree.getSelectionModel().select(item);
            return;
        }
        for (TreeItem<SidebarEntry> child : item.getChildren()) reselect(child, wanted);
    }

    /** Counts change after a refresh; the selection follows the filter, not the count. */
    private static boolean sameTarget(SidebarEntry a, SidebarEntry b) {
        if (a instanceof SidebarEntry.Filter fa && b instanceof SidebarEntry.Filter fb) return fa.filter().equals(fb.filter());
        if (a instanceof SidebarEntry.TagEntry ta && b instanceof SidebarEntry.TagEntry tb) return ta.tag().key().equals(tb.tag().key());
        if (a instanceof SidebarEntry.Orphans && b instanceof SidebarEntry.Orphans) return true;
        if (a instanceof SidebarEntry.Stories && b instanceof SidebarEntry.Stories) return true;
        if (a instanceof SidebarEntry.Annotations && b instanceof SidebarEntry.Annotations) return true;
        return false;
    }

    private static TreeItem<SidebarEntry> section(String label) {
        TreeItem<SidebarEntry> item = new TreeItem<>(new SidebarEntry.Header(label));
        item.setExpanded(true);
        return item;
    }

    private static TreeItem<SidebarEntry> leaf(SidebarEntry e) {
        return new TreeItem<>(e);
    }

    /** A count in the interface's language (100.000 in Indonesian), whatever the system's locale. */
    private String count(long n) {
        return Dialogs.number(text, n);
    }

    private final class EntryCell extends TreeCell<SidebarEntry> {
        @Override
        protected void updateItem(SidebarEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().remove("sidebar-header");
            setGraphic(null);
            setContextMenu(null);
            if (empty || entry == null) {
                setText(null);
                return;
            }
            if (entry instanceof SidebarEntry.Header h) {
                setText(h.label());
                getStyleClass().add("sidebar-header");
            } else if (entry instanceof SidebarEntry.Filter f) {
                setText(f.label() + "  (" + count(f.count()) + ")");
            } else if (entry instanceof SidebarEntry.TagEntry t) {
                showTag(t);
            } else if (entry instanceof SidebarEntry.Saved s) {
                setText(s.search().name());
                MenuItem delete = new MenuItem(text.getString("saved.delete"));
                delete.setOnAction(e -> vm.deleteSavedSearch(s.search().name()));
                setContextMenu(new ContextMenu(delete));
            } else if (entry instanceof SidebarEntry.Orphans o) {
                setText(o.label() + "  (" + count(o.count()) + ")");
            } else if (entry instanceof SidebarEntry.Stories st) {
                setText(st.label());
            } else if (entry instanceof SidebarEntry.Annotations an) {
                setText(an.label());
            } else if (entry instanceof SidebarEntry.Facet f) {
                setText(f.value() + "  (" + count(f.count()) + ")");
            }
        }

        private void showTag(SidebarEntry.TagEntry t) {
            setText(t.segment() + (t.tag().count() > 0 ? "  (" + count(t.tag().count()) + ")" : ""));
            Circle dot = new Circle(5, HighlightColors.colorOf(t.tag().color()));
            dot.getStyleClass().add("tag-dot");
            setGraphic(dot);
            MenuItem rename = new MenuItem(text.getString("tag.rename"));
            rename.setOnAction(e -> tagActions.rename(t.tag()));
            MenuItem merge = new MenuItem(text.getString("tag.merge"));
            merge.setOnAction(e -> tagActions.merge(t.tag()));
            MenuItem color = new MenuItem(text.getString("tag.color"));
            color.setOnAction(e -> tagActions.color(t.tag()));
            MenuItem delete = new MenuItem(text.getString("tag.delete"));
            delete.setOnAction(e -> tagActions.delete(t.tag()));
            setContextMenu(new ContextMenu(rename, merge, color, delete));
        }
    }
}
