package org.kliping.ui.reader;

import org.kliping.ui.common.*;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kliping.domain.Annotation;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.SearchHit;
import org.kliping.service.ArticleDetails;
import org.kliping.service.ArticleEdit;
import org.kliping.service.Services;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The open article: its details, highlights, notes and related articles, where the searched words occur,
 * and the changes a reader makes (highlight, note, edit, star). Opening an unread article marks it read.
 */
public final class ReaderViewModel {

    private record Opened(ArticleDetails details, List<SearchHit> related, boolean markedRead) {
    }

    private static final int RELATED = 5;

    private final Services services;
    private final Background background;
    private final Consumer<Throwable> onError;

    private final ObjectProperty<ArticleDetails> details = new SimpleObjectProperty<>(this, "details");
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObservableList<ArticleNote> notes = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> related = FXCollections.observableArrayList();
    private final ObservableList<HitFinder.Range> hits = FXCollections.observableArrayList();
    private final IntegerProperty currentHit = new SimpleIntegerProperty(this, "currentHit", -1);
    private Set<String> hitWords = Set.of();
    private long generation;
    private Consumer<ArticleItemChange> onArticleChanged = change -> { };
    private Consumer<org.kliping.domain.Article> onEdited = article -> { };

    /** Tells the table what changed about an article shown in it. */
    public record ArticleItemChange(long id, boolean read, boolean starred) {
    }

    public ReaderViewModel(Services services, Background background, Consumer<Throwable> onError) {
        this.services = services;
        this.background = background;
        this.onError = onError;
    }

    public void setOnArticleChanged(Consumer<ArticleItemChange> listener) {
        this.onArticleChanged = listener;
    }

    /** Told the article as stored after its details (title, source, place, date) were edited. */
    public void setOnEdited(Consumer<org.kliping.domain.Article> listener) {
        this.onEdited = listener;
    }

    /** Opens an article; {@code words} are the searched words to mark (empty when not searching). */
    public void open(long id, Set<String> words) {
        long mine = ++generation;
        background.submit(ctx -> {
            var o = services.articles().open(id);
            return new Opened(o.details(), services.search().related(id, RELATED), o.markedRead());
        }, opened -> {
            if (mine == generation) {
                hitWords = Set.copyOf(words);
                show(opened.details());
                related.setAll(opened.related());
            }
            // the table hears of the read mark even when another article was opened meanwhile
            if (opened.markedRead()) onArticleChanged.accept(change(opened.details()));
        }, onError::accept);
    }

    public void close() {
        generation++;
        details.set(null);
        annotations.clear();
        notes.clear();
        related.clear();
        hits.clear();
        currentHit.set(-1);
    }

    /**
     * The hits go first and come back last: the view shows the new text before it marks and reveals the new hits
     * (with the previous article's hits still set, the new one opened scrolled to where they had been).
     */
    private void show(ArticleDetails d) {
        List<HitFinder.Range> found = HitFinder.find(d.article().body(), hitWords);
        currentHit.set(-1);
        hits.clear();
        details.set(d);
        annotations.setAll(d.annotations());
        notes.setAll(d.notes());
        hits.setAll(found);
        currentHit.set(found.isEmpty() ? -1 : 0);
    }

    /** A new query (or none): the marks and the counter of the previous one go; the next article opened has its own. */
    public void clearHits() {
        hitWords = Set.of();
        currentHit.set(-1);
        hits.clear();
    }

    public void nextHit() {
        if (!hits.isEmpty()) currentHit.set((currentHit.get() + 1) % hits.size());
    }

    public void previousHit() {
        if (!hits.isEmpty()) currentHit.set((currentHit.get() - 1 + hits.size()) % hits.size());
    }

    public void highlight(int start, int end, String color, String note) {
        withOpen(id -> services.annotations().highlightSpan(id, start, end, note, color, List.of()));
    }

    public void updateAnnotation(long annotationId, String note, String color) {
        withOpen(id -> services.annotations().update(annotationId, note == null ? "" : note, color, null));
    }

    public void deleteAnnotation(long annotationId) {
        withOpen(id -> services.annotations().delete(annotationId));
    }

    public void addNote(String text) {
        withOpen(id -> services.articles().addNote(id, text));
    }

    public void deleteNote(long noteId) {
        withOpen(id -> services.articles().deleteNote(noteId));
    }

    public void edit(ArticleEdit edit) {
        withOpen(id -> services.articles().edit(id, edit), fresh -> onEdited.accept(fresh.article()));
    }

    public void toggleStar() {
        ArticleDetails d = details.get();
        if (d == null) return;
        boolean star = !d.article().starred();
        withOpen(id -> services.articles().setStarred(id, star));
    }

    /** Reloads the open article (after tagging it from the table). */
    public void refresh() {
        withOpen(id -> { });
    }

    /** Runs a change on the open article in the background, then shows the article as stored. */
    private void withOpen(Consumer<Long> change) {
        withOpen(change, fresh -> { });
    }

    private void withOpen(Consumer<Long> change, Consumer<ArticleDetails> then) {
        ArticleDetails d = details.get();
        if (d == null) return;
        long id = d.article().id();
        long mine = ++generation;
        background.submit(ctx -> {
            change.accept(id);
            return services.articles().details(id);
        }, fresh -> {
            if (mine == generation) {
                int hit = currentHit.get();
                show(fresh);
                if (hit < hits.size()) currentHit.set(hit);
            }
            onArticleChanged.accept(change(fresh));
            then.accept(fresh);
        }, onError::accept);
    }

    private static ArticleItemChange change(ArticleDetails d) {
        return new ArticleItemChange(d.article().id(), d.article().read(), d.article().starred());
    }

    /** The highlight covering body position {@code offset}, if any. */
    public java.util.Optional<Annotation> annotationAt(int offset) {
        return annotations.stream()
                .filter(a -> a.state() == org.kliping.domain.AnchorState.ANCHORED)
                .filter(a -> a.start() <= offset && offset < a.end()).findFirst();
    }

    public ObjectProperty<ArticleDetails> detailsProperty() {
        return details;
    }

    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    public ObservableList<ArticleNote> notes() {
        return notes;
    }

    public ObservableList<SearchHit> related() {
        return related;
    }

    public ObservableList<HitFinder.Range> hits() {
        return hits;
    }

    public IntegerProperty currentHitProperty() {
        return currentHit;
    }
}
