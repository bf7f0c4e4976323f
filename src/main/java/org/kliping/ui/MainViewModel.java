package org.kliping.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kliping.domain.Tag;
import org.kliping.service.Services;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The window's state, composed of the table, sidebar, reader and import view models, and the actions that
 * touch several of them (tagging a selection, reacting to an import). Errors land in {@link #errorProperty}
 * for the view to put into words.
 */
public final class MainViewModel {

    private final Services services;
    private final Background background;
    private final ObjectProperty<Throwable> error = new SimpleObjectProperty<>(this, "error");
    private final ArticleListViewModel list;
    private final SidebarViewModel sidebar;
    private final ReaderViewModel reader;
    private final ImportViewModel imports;
    private final ExportViewModel exports;
    private final StoriesViewModel stories;

    public MainViewModel(Services services, Background background) {
        this(services, background, null);
    }

    /** @param archiveDir the open archive's folder, for backups (null: backups fail with a message) */
    public MainViewModel(Services services, Background background, java.nio.file.Path archiveDir) {
        this.services = services;
        this.background = background;
        this.list = new ArticleListViewModel(services, background, error::set);
        this.sidebar = new SidebarViewModel(services, background, error::set);
        this.reader = new ReaderViewModel(services, background, error::set);
        this.imports = new ImportViewModel(services, background, error::set);
        this.exports = new ExportViewModel(services, archiveDir, background, error::set);
        this.stories = new StoriesViewModel(services, background, error::set);
        sidebar.setAfterChange(() -> {
            list.reload();
            reader.refresh();
        });
        imports.setOnFinished(report -> refreshAll());
        reader.setOnArticleChanged(change -> {
            list.rowsProperty().get().update(change.id(),
                    item -> item.withRead(change.read()).withStarred(change.starred()));
            sidebar.refresh();
        });
        list.filterProperty().addListener((obs, old, now) -> list.reload());
    }

    /** First load: counts and the list. */
    public void start() {
        refreshAll();
    }

    public void refreshAll() {
        sidebar.refresh();
        list.reload();
    }

    /** The tags the selected articles have (union), to prefill the tag editor. */
    public void tagsOf(Collection<Long> ids, java.util.function.Consumer<List<String>> then) {
        List<Long> copy = List.copyOf(ids);
        background.submit(ctx -> services.tags().unionOf(copy), then::accept, error::set);
    }

    /**
     * Sets the tags of every selected article: {@code wanted} minus {@code before} are added,
     * {@code before} minus {@code wanted} removed (compared case-insensitively, as tags are).
     */
    public void applyTags(Collection<Long> ids, Collection<String> before, Collection<String> wanted) {
        if (ids.isEmpty()) return;
        List<Long> idList = List.copyOf(ids);
        List<String> add = minus(wanted, before);
        List<String> remove = minus(before, wanted);
        if (add.isEmpty() && remove.isEmpty()) return;
        background.submit(ctx -> {
            services.tags().tag(idList, add, remove);
            Map<Long, List<String>> now = new java.util.HashMap<>(services.tags().tagsOf(idList));
            for (long id : idList) now.putIfAbsent(id, List.of());
            return now;
        }, now -> {
            PagedRows rows = list.rowsProperty().get();
            now.forEach((id, tags) -> rows.update(id, item -> new ArticleItem(item.id(), item.title(), item.source(),
                    item.place(), item.published(), item.dateText(), tags, item.starred(), item.read(), item.snippet())));
            sidebar.refresh();
            reader.refresh();
        }, error::set);
    }

    static List<String> minus(Collection<String> from, Collection<String> taken) {
        Set<String> takenKeys = new java.util.HashSet<>();
        for (String t : taken) takenKeys.add(new Tag(t).key());
        List<String> result = new ArrayList<>();
        for (String t : from) if (!takenKeys.contains(new Tag(t).key())) result.add(t);
        return result;
    }

    public ObjectProperty<Throwable> errorProperty() {
        return error;
    }

    public ArticleListViewModel list() {
        return list;
    }

    public SidebarViewModel sidebar() {
        return sidebar;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public ImportViewModel imports() {
        return imports;
    }

    public ExportViewModel exports() {
        return exports;
    }

    public StoriesViewModel stories() {
        return stories;
    }
}
