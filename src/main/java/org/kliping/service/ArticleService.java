package org.kliping.service;

import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.ProgressListener;
import org.kliping.store.AnnotationStore;
import org.kliping.domain.ArticleListing;
import org.kliping.store.ArticleStore;
import org.kliping.store.Database;
import org.kliping.store.NoteStore;
import org.kliping.store.TagStore;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading, listing and editing articles, their notes and reading state. */
public final class ArticleService {

    private final ArticleStore articles;
    private final TagStore tags;
    private final AnnotationStore annotations;
    private final NoteStore notes;
    private final IndexSync sync;
    private final Clock clock;
    private final Database db;

    ArticleService(Database db, ArticleStore articles, TagStore tags, AnnotationStore annotations, NoteStore notes, IndexSync sync,
                   Clock clock) {
        this.db = db;
        this.articles = articles;
        this.tags = tags;
        this.annotations = annotations;
        this.notes = notes;
        this.sync = sync;
        this.clock = clock;
    }

    /** An article in a listing, with its tags. */
    public record Row(Article article, List<String> tags) {
    }

    public List<Row> list(ArticleListing listing) {
        List<Article> page = articles.list(listing);
        Map<Long, List<String>> tagMap = tags.tagsOf(page.stream().map(Article::id).toList());
        List<Row> rows = new ArrayList<>(page.size());
        for (Article a : page) rows.add(new Row(a, tagMap.getOrDefault(a.id(), List.of())));
        return rows;
    }

    public long count(ArticleListing listing) {
        return articles.count(listing);
    }

    public long count() {
        return articles.count();
    }

    public Article get(long id) {
        return articles.get(id);
    }

    /** Articles by id in the order asked; ids no longer stored are left out. */
    public List<Article> getAll(List<Long> ids) {
        return articles.getAll(ids);
    }

    public Map<String, Long> sources() {
        return articles.sourceCounts();
    }

    public ArticleDetails details(long id) {
        Article a = articles.get(id);
        String original = new String(articles.original(id), StandardCharsets.UTF_8);
        List<Article> near = articles.getAll(articles.nearDuplicates(id));
        return new ArticleDetails(a, original, tags.tagObjectsOf(id), annotations.forArticle(id), notes.forArticle(id), near);
    }

    public ArticleNote addNote(long id, String text) {
        if (text == null || text.isBlank()) throw new InvalidInputException("empty note for article " + id);
        ArticleNote n = notes.add(id, text.strip(), clock.instant());
        sync.catchUp(ProgressListener.NONE);
        return n;
    }

    public void deleteNote(long noteId) {
        notes.delete(noteId);
        sync.catchUp(ProgressListener.NONE);
    }

    public void setStarred(long id, boolean starred) {
        articles.setStarred(id, starred);
    }

    public void markRead(long id, boolean read) {
        articles.setRead(id, read);
    }

    public void delete(long id) {
        articles.delete(id);
        sync.catchUp(ProgressListener.NONE);
    }

    /**
     * Applies an edit. A corrected body re-anchors every highlight in the same step; those that cannot
     * be placed become orphans. Returns the highlights after the edit.
     */
    public List<Annotation> edit(long id, ArticleEdit e) {
        Article a = articles.get(id);
        String body = e.body() == null ? a.body() : normaliseBody(e.body());
        if (body.isBlank()) throw new InvalidInputException("the corrected body of article " + id + " is empty");
        String title = e.title() == null ? a.title() : e.title().strip();
        if (title.isEmpty()) throw new InvalidInputException("the title of article " + id + " cannot be empty");
        LocalDate published = a.published();
        String publishedText = a.publishedText();
        if (e.date() != null) {
            if (e.date().isBlank()) {
                published = null;
                publishedText = null;
            } else {
                try {
                    published = LocalDate.parse(e.date().strip());
                    publishedText = null;
                } catch (DateTimeParseException ex) {
                    throw new InvalidInputException("date '" + e.date() + "' is not YYYY-MM-DD");
                }
            }
        }
        String lede = body.equals(a.body()) ? a.lede() : body.split("\n\n", 2)[0];
        Article edited = new Article(a.id(), a.externalId(), title, e.title() == null && a.titleDerived(), lede, body,
                optional(e.source(), a.source()), optional(e.place(), a.place()), published, publishedText,
                optional(e.url(), a.url()), a.language(), a.originName(), a.importedAt(), a.sha256(), a.starred(), a.read(),
                a.authors());
        List<Annotation> moved = annotations.forArticle(id).stream().map(an -> Anchoring.reanchor(an, body)).toList();
        db.transaction(() -> {
            articles.update(edited);
            annotations.updateAll(moved);
        });
        sync.catchUp(ProgressListener.NONE);
        return moved;
    }

    private static String optional(String edit, String old) {
        if (edit == null) return old;
        return edit.isBlank() ? null : edit.strip();
    }

    /** Paragraphs separated by blank lines, whitespace tidied, as the importer produces them. */
    static String normaliseBody(String text) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> paragraphs = new ArrayList<>();
        for (String p : unix.split("\n\\s*\n")) {
            String s = p.strip().replaceAll("[ \t]*\n[ \t]*", " ");
            if (!s.isEmpty()) paragraphs.add(s);
        }
        return String.join("\n\n", paragraphs);
    }
}
