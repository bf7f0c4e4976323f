package org.kliping.service;

import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleBundle;
import org.kliping.domain.ArticleDraft;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.SavedSearch;
import org.kliping.domain.Tag;
import org.kliping.ingest.NearDuplicates;
import org.kliping.store.AnnotationStore;
import org.kliping.store.ArticleStore;
import org.kliping.store.PaperStore;
import org.kliping.store.NoteStore;
import org.kliping.store.SavedSearchStore;
import org.kliping.store.TagStore;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Brings articles of a Kliping JSON export back: into an empty archive with their ids, tags,
 * highlights and notes exactly; into a non-empty one merged without duplicates (an article already
 * present gains the tags, highlights and notes it lacks).
 */
final class RestoreService {

    record Result(long articleId, boolean duplicate) {
    }

    private final ArticleStore articles;
    private final TagStore tags;
    private final AnnotationStore annotations;
    private final NoteStore notes;
    private final SavedSearchStore savedSearches;
    private final PaperStore papers;

    RestoreService(ArticleStore articles, TagStore tags, AnnotationStore annotations, NoteStore notes,
                   SavedSearchStore savedSearches, PaperStore papers) {
        this.papers = papers;
        this.articles = articles;
        this.tags = tags;
        this.annotations = annotations;
        this.notes = notes;
        this.savedSearches = savedSearches;
    }

    Result restore(ArticleBundle bundle) {
        Article a = bundle.article();
        String key = ContentKeys.contentKey(a.title(), a.body());
        var existing = articles.idByContentKey(key);
        if (existing.isPresent()) {
            mergeInto(existing.get(), bundle);
            return new Result(existing.get(), true);
        }
        ArticleDraft draft = new ArticleDraft(a.externalId(), a.title(), a.titleDerived(), a.lede(), a.paragraphs(),
                a.source(), a.place(), a.published(), a.publishedText(), a.url(), a.language(), a.originName(),
                bundle.original(), new String(bundle.original(), StandardCharsets.UTF_8), List.of());
        ArticleStore.NewArticle n = new ArticleStore.NewArticle(draft, ContentKeys.sha256(bundle.original()), key,
                NearDuplicates.sketch(a.body()),
                a.importedAt());
        long id;
        boolean sameIds = articles.find(a.id()).isEmpty();
        if (sameIds) {
            articles.insertWithId(a.id(), n, a.starred(), a.read());
            id = a.id();
        } else {
            id = articles.insert(n);
            if (a.starred()) articles.setStarred(id, true);
            if (a.read()) articles.setRead(id, true);
        }
        attach(id, bundle, sameIds);
        if (bundle.paper() != null) papers.put(id, bundle.paper());
        return new Result(id, false);
    }

    private void attach(long id, ArticleBundle bundle, boolean keepIds) {
        for (Tag t : bundle.tags()) {
            tags.add(List.of(id), List.of(t.name()));
            if (t.color() != null) tags.setColor(t.name(), t.color());
        }
        for (Annotation an : bundle.annotations()) {
            Annotation moved = new Annotation(an.id(), id, an.start(), an.end(), an.quote(), an.prefix(), an.suffix(),
                    an.note(), an.color(), an.tags(), an.state(), an.createdAt());
            if (keepIds && annotations.find(an.id()).isEmpty()) annotations.insertWithId(moved);
            else annotations.insert(moved);
        }
        for (ArticleNote note : bundle.notes()) {
            if (keepIds) notes.insertWithId(new ArticleNote(note.id(), id, note.text(), note.createdAt()));
            else notes.add(id, note.text(), note.createdAt());
        }
    }

    private void mergeInto(long id, ArticleBundle bundle) {
        List<String> have = tags.tagsOf(id);
        for (Tag t : bundle.tags()) {
            if (have.stream().noneMatch(h -> h.equalsIgnoreCase(t.name()))) tags.add(List.of(id), List.of(t.name()));
            if (t.color() != null && tags.find(t.name()).map(Tag::color).isEmpty()) tags.setColor(t.name(), t.color());
        }
        List<Annotation> existing = annotations.forArticle(id);
        for (Annotation an : bundle.annotations()) {
            boolean present = existing.stream().anyMatch(e -> e.quote().equals(an.quote()) && e.start() == an.start()
                    && Objects.equals(e.note(), an.note()));
            if (!present) {
                annotations.insert(new Annotation(0, id, an.start(), an.end(), an.quote(), an.prefix(), an.suffix(),
                        an.note(), an.color(), an.tags(), an.state(), an.createdAt()));
            }
        }
        List<ArticleNote> haveNotes = notes.forArticle(id);
        for (ArticleNote note : bundle.notes()) {
            if (haveNotes.stream().noneMatch(h -> h.text().equals(note.text()))) notes.add(id, note.text(), note.createdAt());
        }
    }

    void savedSearch(SavedSearch s) {
        savedSearches.save(s.name(), s.query());
    }
}
