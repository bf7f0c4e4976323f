package org.kliping.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the panes of one window share, passed to each by its constructor: the article to open and where, the query
 * and the list filter, the selected articles, the facets of the current search, which pane the middle of the window
 * shows, what changed about articles, and where notices and errors go. A pane never reaches into another: it sets or
 * listens to these, and asks the shell for actions on articles through {@link #actions()}.
 */
public final class WindowContext {

    /** What the middle of the window shows. */
    public enum Middle { LIST, STORIES, ORPHANS, ANNOTATIONS }

    /**
     * An article to open in the reader: {@code [start, end)} of its body selected (nothing when equal), {@code words}
     * the searched words to mark (empty when not searching).
     */
    public record OpenRequest(long id, int start, int end, java.util.Set<String> words) {
        public OpenRequest {
            words = words == null ? java.util.Set.of() : java.util.Set.copyOf(words);
        }

        public static OpenRequest of(long id) {
            return new OpenRequest(id, 0, 0, java.util.Set.of());
        }
    }

    /**
     * What changed about an article: its read and starred state, its tags, and its details as a list row shows them
     * (each null when unchanged).
     */
    public record ArticleChange(long id, Boolean read, Boolean starred, List<String> tags, RowDetails details) {
        public ArticleChange(long id, Boolean read, Boolean starred, List<String> tags) {
            this(id, read, starred, tags, null);
        }
    }

    /** An article's details as a list row shows them. */
    public record RowDetails(String title, String source, String place, java.time.LocalDate published, String dateText) {
    }

    private final Stage stage;
    private final ResourceBundle text;
    private final Dialogs dialogs;
    private final UiPreferences preferences;
    private final ObjectProperty<OpenRequest> toOpen = new SimpleObjectProperty<>(this, "toOpen");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<ListFilter> filter = new SimpleObjectProperty<>(this, "filter", ListFilter.ALL);
    private final ObservableList<Long> selection = FXCollections.observableArrayList();
    private final ObjectProperty<Map<String, Map<String, Long>>> facets = new SimpleObjectProperty<>(this, "facets", Map.of());
    private final ObjectProperty<Middle> middle = new SimpleObjectProperty<>(this, "middle", Middle.LIST);
    private final List<Consumer<ArticleChange>> changeListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> archiveListeners = new CopyOnWriteArrayList<>();
    private final javafx.beans.property.IntegerProperty textSize = new javafx.beans.property.SimpleIntegerProperty(this, "textSize", TextSize.NORMAL);
    private final javafx.beans.property.IntegerProperty readerLineWidth = new javafx.beans.property.SimpleIntegerProperty(this, "readerLineWidth");
    private Consumer<String> notices = s -> { };
    private Consumer<Throwable> errors = e -> { };
    private ArticleActions actions = ArticleActions.NONE;
    private Function<String, Optional<Path>> saveAs = name -> Optional.empty();

    public WindowContext(Stage stage, ResourceBundle text, UiPreferences preferences) {
        this.stage = stage;
        this.text = text;
        this.preferences = preferences;
        this.dialogs = new Dialogs(stage, text);
        if (preferences != null) {
            textSize.set(TextSize.of(preferences));
            readerLineWidth.set(TextSize.lineWidthOf(preferences));
        }
    }

    /** The window's text size in pixels (the user's setting; the shell applies it to the window). */
    public javafx.beans.property.IntegerProperty textSizeProperty() {
        return textSize;
    }

    /** The reader's line width in characters, 0: as wide as the reader (the user's setting). */
    public javafx.beans.property.IntegerProperty readerLineWidthProperty() {
        return readerLineWidth;
    }

    public Stage stage() {
        return stage;
    }

    public ResourceBundle text() {
        return text;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    public UiPreferences preferences() {
        return preferences;
    }

    /** Set to open an article in the reader (the reader pane listens); set anew even for the same article. */
    public ObjectProperty<OpenRequest> toOpenProperty() {
        return toOpen;
    }

    public void open(OpenRequest request) {
        toOpen.set(null);
        toOpen.set(request);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<ListFilter> filterProperty() {
        return filter;
    }

    /** The ids of the articles selected in the list, in list order. */
    public ObservableList<Long> selection() {
        return selection;
    }

    public ObjectProperty<Map<String, Map<String, Long>>> facetsProperty() {
        return facets;
    }

    public ObjectProperty<Middle> middleProperty() {
        return middle;
    }

    /** Tells every pane what changed about an article (a read mark, a star, tags). */
    public void articleChanged(ArticleChange change) {
        for (Consumer<ArticleChange> l : changeListeners) l.accept(change);
    }

    public void onArticleChanged(Consumer<ArticleChange> listener) {
        changeListeners.add(listener);
    }

    /** Tells every pane that the archive changed in ways a pane cannot follow one article at a time. */
    public void archiveChanged() {
        for (Runnable l : archiveListeners) l.run();
    }

    public void onArchiveChanged(Runnable listener) {
        archiveListeners.add(listener);
    }

    /** A short confirmation in the status bar. */
    public void notice(String message) {
        notices.accept(message);
    }

    public void error(Throwable e) {
        errors.accept(e);
    }

    /** The shell says where notices and errors go. */
    public void setSinks(Consumer<String> notices, Consumer<Throwable> errors) {
        this.notices = notices;
        this.errors = errors;
    }

    /** Actions on articles (tag, star, delete, export ...) that the shell carries out for any pane. */
    public ArticleActions actions() {
        return actions;
    }

    public void setActions(ArticleActions actions) {
        this.actions = actions;
    }

    /** Asks where to save a file, given a suggested name; tests replace the native chooser. */
    public Function<String, Optional<Path>> saveAs() {
        return saveAs;
    }

    public void setSaveAs(Function<String, Optional<Path>> saveAs) {
        this.saveAs = saveAs;
    }
}
