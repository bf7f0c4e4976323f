package org.kliping.ui.stories;

import org.kliping.ui.common.*;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kliping.domain.Story;
import org.kliping.service.Services;
import org.kliping.service.StoryDetails;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * The stories of the archive and the one open: its articles, names and comparison table. Edits (rename,
 * merge, move, split) run in the background and reload both.
 */
public final class StoriesViewModel {

    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onError;
    private final ObservableList<Story> stories = FXCollections.observableArrayList();
    private final ObjectProperty<StoryDetails> current = new SimpleObjectProperty<>(this, "current");
    private final javafx.beans.property.ReadOnlyBooleanWrapper loading =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "loading");
    private long wanted;

    public StoriesViewModel(Services services, Background background, Consumer<Throwable> onError) {
        this.services = services;
        this.background = background;
        this.onError = onError;
    }

    /** Reloads the story list (re-clustering first when the archive changed). */
    public void refresh() {
        loading.set(true);
        background.submit(ctx -> services.stories().stories(), all -> {
            loading.set(false);
            stories.setAll(all);
        }, e -> {
            loading.set(false);
            onError.accept(e);
        });
    }

    /** True while the stories are (re)computed: on a changed archive that may take seconds. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Opens a story; a later call wins over one still loading. */
    public void open(long id) {
        wanted = id;
        background.submit(ctx -> services.stories().story(id), d -> {
            if (wanted == id) current.set(d);
        }, onError);
    }

    public void close() {
        wanted = 0;
        current.set(null);
    }

    public void rename(long id, String title) {
        edit(() -> services.stories().rename(id, title), id);
    }

    /** Moves every article of {@code other} into {@code target}. */
    public void merge(long target, long other) {
        edit(() -> services.stories().merge(target, other), target);
    }

    public void move(List<Long> articleIds, long storyId) {
        edit(() -> services.stories().move(List.copyOf(articleIds), storyId), storyId);
    }

    /** Takes the articles out of their story into a new one, which opens. */
    public void split(List<Long> articleIds, String title) {
        List<Long> ids = List.copyOf(articleIds);
        background.submit(ctx -> services.stories().split(ids, title), newId -> {
            refresh();
            open(newId);
        }, onError);
    }

    /** Writes the open story's comparison table as {@code markdown} or {@code csv} to {@code out}. */
    public void exportComparison(long id, String format, Path out, Runnable done) {
        background.submit(ctx -> {
            writeAtomically(out, services.stories().comparisonAs(id, format));
            return out;
        }, p -> done.run(), onError);
    }

    private void edit(Runnable change, long reopen) {
        background.submit(ctx -> {
            change.run();
            return services.stories().stories();
        }, all -> {
            stories.setAll(all);
            if (all.stream().anyMatch(s -> s.id() == reopen)) open(reopen);
            else close();
        }, onError);
    }

    static void writeAtomically(Path out, String content) {
        Path tmp = out.toAbsolutePath().resolveSibling("." + out.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out, e);
        }
    }

    public ObservableList<Story> stories() {
        return stories;
    }

    public ObjectProperty<StoryDetails> currentProperty() {
        return current;
    }
}
