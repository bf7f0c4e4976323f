package org.kliping.ui.annotations;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kliping.domain.Tag;
import org.kliping.service.AnnotationEntry;
import org.kliping.service.Services;
import org.kliping.ui.common.Background;

import java.util.List;
import java.util.function.Consumer;

/**
 * Every highlight and note of the archive, newest first, filtered by colour (or notes only), tag and text. A change
 * of a filter reloads; a reload asked for while one runs is done once more after it.
 */
public final class AnnotationsViewModel {

    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onError;
    private final ObservableList<AnnotationEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<String> tagNames = FXCollections.observableArrayList();
    /** A highlight colour's name, {@link AnnotationEntry.Filter#NOTES}, or null/empty: any. */
    private final StringProperty color = new SimpleStringProperty(this, "color");
    private final StringProperty tag = new SimpleStringProperty(this, "tag");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<AnnotationEntry.Filter> shownFilter = new SimpleObjectProperty<>(this, "shownFilter");
    private boolean loading;
    private boolean loadAgain;

    public AnnotationsViewModel(Services services, Background background, Consumer<Throwable> onError) {
        this.services = services;
        this.background = background;
        this.onError = onError;
        color.addListener((obs, old, now) -> reload());
        tag.addListener((obs, old, now) -> reload());
        text.addListener((obs, old, now) -> reload());
    }

    private record Loaded(List<AnnotationEntry> entries, List<String> tags, AnnotationEntry.Filter filter) {
    }

    /** Reads the highlights and notes again (the archive changed, or the pane is shown). */
    public void reload() {
        if (loading) {
            loadAgain = true;
            return;
        }
        loading = true;
        AnnotationEntry.Filter filter = filter();
        background.submit(ctx -> new Loaded(services.annotations().overview(filter),
                        services.tags().all().stream().map(Tag::name).toList(), filter),
                loaded -> {
                    entries.setAll(loaded.entries());
                    if (!tagNames.equals(loaded.tags())) tagNames.setAll(loaded.tags());
                    shownFilter.set(loaded.filter());
                    done();
                }, e -> {
                    done();
                    onError.accept(e);
                });
    }

    private void done() {
        loading = false;
        if (loadAgain) {
            loadAgain = false;
            reload();
        }
    }

    public AnnotationEntry.Filter filter() {
        return new AnnotationEntry.Filter(blankToNull(color.get()), blankToNull(tag.get()), blankToNull(text.get()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObservableList<AnnotationEntry> entries() {
        return entries;
    }

    /** Every tag of the archive, for the tag filter. */
    public ObservableList<String> tagNames() {
        return tagNames;
    }

    public StringProperty colorProperty() {
        return color;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The filter of the entries shown (after a reload finished). */
    public ObjectProperty<AnnotationEntry.Filter> shownFilterProperty() {
        return shownFilter;
    }
}
