package org.kliping.ui.sidebar;

import org.kliping.ui.common.*;

import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kliping.domain.Annotation;
import org.kliping.domain.ArticleListing;
import org.kliping.domain.NotFoundException;
import org.kliping.domain.SavedSearch;
import org.kliping.domain.Tag;
import org.kliping.service.Services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The sidebar's content (counts, sources, tags, saved searches, orphans) and the tag operations on it. */
public final class SidebarViewModel {

    /** A source and how many articles it has. */
    public record SourceCount(String name, long count) {
    }

    /** A highlight that lost its place, with the title of its article. */
    public record Orphan(Annotation annotation, String articleTitle) {
    }

    private record Snapshot(long all, long unread, long starred, long trashed, List<SourceCount> sources, List<Tag> tags,
                            List<SavedSearch> saved, List<Orphan> orphans) {
    }

    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onError;

    private final LongProperty allCount = new SimpleLongProperty(this, "allCount");
    private final LongProperty unreadCount = new SimpleLongProperty(this, "unreadCount");
    private final LongProperty starredCount = new SimpleLongProperty(this, "starredCount");
    private final LongProperty trashCount = new SimpleLongProperty(this, "trashCount");
    private final ObservableList<SourceCount> sources = FXCollections.observableArrayList();
    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final ObservableList<SavedSearch> savedSearches = FXCollections.observableArrayList();
    private final ObservableList<Orphan> orphans = FXCollections.observableArrayList();
    private Runnable afterChange = () -> { };
    private boolean refreshing;
    private boolean refreshAgain;

    public SidebarViewModel(Services services, Background background, Consumer<Throwable> onError) {
        this.services = services;
        this.background = background;
        this.onError = onError;
    }

    /** Called after a tag operation changed what the table may show. */
    public void setAfterChange(Runnable afterChange) {
        this.afterChange = afterChange;
    }

    /**
     * Reloads counts and lists. Calls while one runs are coalesced into one more run after it: on a large
     * archive the counts take a fraction of a second, and reading article after article must not queue
     * one refresh per article.
     */
    public void refresh() {
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        background.submit(ctx -> load(), s -> {
            show(s);
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

    private Snapshot load() {
        var a = services.articles();
        List<SourceCount> sourceCounts = new ArrayList<>();
        for (Map.Entry<String, Long> e : a.sources().entrySet()) sourceCounts.add(new SourceCount(e.getKey(), e.getValue()));
        ArticleListing all = ArticleListing.all();
        long unread = a.count(new ArticleListing(null, null, false, true, all.sort(), true, 0, 0));
        long starred = a.count(new ArticleListing(null, null, true, false, all.sort(), true, 0, 0));
        List<Orphan> orphanList = new ArrayList<>();
        for (Annotation o : services.annotations().orphans()) orphanList.add(new Orphan(o, titleOf(o.articleId())));
        return new Snapshot(a.count(), unread, starred, a.trashed().size(), sourceCounts, services.tags().all(),
                services.savedSearches().all(), orphanList);
    }

    private String titleOf(long articleId) {
        try {
            return services.articles().get(articleId).title();
        } catch (NotFoundException e) {
            return "#" + articleId;
        }
    }

    private void show(Snapshot s) {
        allCount.set(s.all());
        unreadCount.set(s.unread());
        starredCount.set(s.starred());
        trashCount.set(s.trashed());
        sources.setAll(s.sources());
        tags.setAll(s.tags());
        savedSearches.setAll(s.saved());
        orphans.setAll(s.orphans());
    }

    public void renameTag(String oldName, String newName) {
        change(() -> services.tags().rename(oldName, newName));
    }

    /** Merging is renaming onto an existing tag: its articles get the other tag. */
    public void mergeTag(String from, String into) {
        change(() -> services.tags().rename(from, into));
    }

    public void setTagColor(String name, String color) {
        change(() -> services.tags().setColor(name, color));
    }

    public void deleteTag(String name) {
        change(() -> services.tags().delete(name));
    }

    public void saveSearch(String name, String query) {
        change(() -> services.savedSearches().save(name, query));
    }

    public void deleteSavedSearch(String name) {
        change(() -> services.savedSearches().delete(name));
    }

    private void change(Runnable work) {
        background.submit(ctx -> {
            work.run();
            return load();
        }, s -> {
            show(s);
            afterChange.run();
        }, onError::accept);
    }

    public List<String> tagNames() {
        return tags.stream().map(Tag::name).toList();
    }

    public LongProperty allCountProperty() {
        return allCount;
    }

    public LongProperty unreadCountProperty() {
        return unreadCount;
    }

    public LongProperty starredCountProperty() {
        return starredCount;
    }

    public ObservableList<SourceCount> sources() {
        return sources;
    }

    public ObservableList<Tag> tags() {
        return tags;
    }

    public ObservableList<SavedSearch> savedSearches() {
        return savedSearches;
    }

    /** How many articles are in the Trash. */
    public LongProperty trashCountProperty() {
        return trashCount;
    }

    public ObservableList<Orphan> orphans() {
        return orphans;
    }
}
