package org.kliping.ui.shell;

import org.kliping.ui.common.*;

import org.kliping.domain.Tag;
import org.kliping.service.Services;
import org.kliping.ui.common.Background;
import org.kliping.ui.list.ArticleListViewModel;
import org.kliping.ui.reader.ReaderViewModel;
import org.kliping.ui.sidebar.SidebarViewModel;
import org.kliping.ui.stories.StoriesViewModel;
import org.kliping.ui.transfer.ExportViewModel;
import org.kliping.ui.transfer.ImportViewModel;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The window's view models, one per pane, and the actions on articles that no one pane owns (tagging, starring,
 * marking unread, deleting and restoring a selection). Errors land in {@link #errorProperty} for the shell to put
 * into words. The panes learn of each other's changes through the window context, not from here.
 */
public final class ShellViewModel {

    private final Services services;
    private final Background background;
    private final ObjectProperty<Throwable> error = new SimpleObjectProperty<>(this, "error");
    private final ArticleListViewModel list;
    private final SidebarViewModel sidebar;
    private final ReaderViewModel reader;
    private final ImportViewModel imports;
    private final ExportViewModel exports;
    private final StoriesViewModel stories;
    private final org.kliping.ui.capture.CaptureViewModels capture;
    private final org.kliping.ui.annotations.AnnotationsViewModel annotations;

    public ShellViewModel(Services services, Background background) {
        this(services, background, null);
    }

    /** @param archiveDir the open archive's folder, for backups (null: backups fail with a message) */
    public ShellViewModel(Services services, Background background, java.nio.file.Path archiveDir) {
        this.services = services;
        this.background = background;
        this.list = new ArticleListViewModel(services, background, error::set);
        this.sidebar = new SidebarViewModel(services, background, error::set);
        this.reader = new ReaderViewModel(services, background, error::set);
        this.imports = new ImportViewModel(services, background, error::set);
        this.exports = new ExportViewModel(services, archiveDir, background, error::set);
        this.stories = new StoriesViewModel(services, background, error::set);
        this.capture = new org.kliping.ui.capture.CaptureViewModels(services, background, error::set);
        this.annotations = new org.kliping.ui.annotations.AnnotationsViewModel(services, background, error::set);
    }

    /** First load: counts and the list. */
    public void start() {
        sidebar.refresh();
        list.reload();
    }

    /** The tags the articles have (union), to prefill the tag editor. */
    public void tagsOf(Collection<Long> ids, Consumer<List<String>> then) {
        List<Long> copy = List.copyOf(ids);
        background.submit(ctx -> services.tags().unionOf(copy), then::accept, error::set);
    }

    /**
     * Sets the tags of the articles: {@code wanted} minus {@code before} are added, {@code before} minus
     * {@code wanted} removed (compared case-insensitively, as tags are); {@code then} gets every article's tags after.
     */
    public void applyTags(Collection<Long> ids, Collection<String> before, Collection<String> wanted,
                          Consumer<Map<Long, List<String>>> then) {
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
        }, then::accept, error::set);
    }

    /** One state for every article: starred when any of them was not, else not; {@code then} gets that state. */
    public void toggleStar(List<Long> ids, Consumer<Boolean> then) {
        background.submit(ctx -> {
            boolean star = services.articles().rows(ids).values().stream().anyMatch(r -> !r.starred());
            for (long id : ids) services.articles().setStarred(id, star);
            return star;
        }, then::accept, error::set);
    }

    public void markUnread(List<Long> ids, Runnable then) {
        background.submit(ctx -> {
            for (long id : ids) services.articles().markRead(id, false);
            return null;
        }, r -> then.run(), error::set);
    }

    /** Moves articles to the Trash; {@code then} gets the ids moved. */
    public void trash(List<Long> ids, Consumer<List<Long>> then) {
        background.submit(ctx -> services.articles().trash(ids), then::accept, error::set);
    }

    public void restore(List<Long> ids, Consumer<List<Long>> then) {
        background.submit(ctx -> services.articles().restore(ids), then::accept, error::set);
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

    /** Clipping by address, the feeds and the inbox folder. */
    public org.kliping.ui.capture.CaptureViewModels capture() {
        return capture;
    }

    /** Every highlight and note of the archive (the sidebar's "Highlights and notes"). */
    public org.kliping.ui.annotations.AnnotationsViewModel annotations() {
        return annotations;
    }
}
