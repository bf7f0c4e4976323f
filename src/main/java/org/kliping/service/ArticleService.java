package org.kliping.service;

import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.NotFoundException;
import org.kliping.domain.ProgressListener;
import org.kliping.store.AnnotationStore;
import org.kliping.domain.ArticleListing;
import org.kliping.store.ArticleStore;
import org.kliping.store.PaperStore;
import org.kliping.paper.PaperException;
import org.kliping.paper.PaperReader;
import org.kliping.domain.PaperScan;
import java.util.Optional;
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
    private final PaperStore papers;

    ArticleService(Database db, ArticleStore articles, TagStore tags, AnnotationStore annotations, NoteStore notes, IndexSync sync,
                   Clock clock) {
        this.db = db;
        this.papers = new PaperStore(db);
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
        PaperScan paper = papers.get(id).orElse(null);
        String original = paper != null ? null : new String(articles.original(id), StandardCharsets.UTF_8);
        List<Article> near = articles.getAll(articles.nearDuplicates(id));
        String mediaType = paper != null ? paper.mediaType() : OriginMediaTypes.of(a.originName());
        return new ArticleDetails(a, original, tags.tagObjectsOf(id), annotations.forArticle(id), notes.forArticle(id), near,
                mediaType, paper);
    }

    /**
     * What an article read from paper keeps beside its text: the word boxes (with their spans in the body, for
     * lighting a highlight's words on the page image and finding the text of a click on it) and the OCR details.
     */
    public Optional<PaperScan> paper(long id) {
        articles.get(id); // NotFoundException for an unknown id
        return papers.get(id);
    }

    /**
     * A page of an article's paper original to show beside its text: an image (PNG or JPEG), the original's page
     * count, and how many image pixels one unit of the article's word boxes is.
     */
    public record PageImage(byte[] image, int pages, double scale) {
    }

    /**
     * Page {@code page} (0-based) of the original of an article read from paper, as an image.
     *
     * @throws NotFoundException when the article is unknown or was not read from paper
     * @throws InvalidInputException when the original cannot be read or has no such page
     */
    public PageImage pageImage(long id, int page) {
        PaperScan scan = paper(id).orElseThrow(() -> new NotFoundException("article " + id + " was not read from paper"));
        try {
            PaperReader.PageImage image = PaperReader.pageImage(articles.original(id), scan.mediaType(), page, scan.dpi());
            return new PageImage(image.image(), image.pages(), image.scale());
        } catch (PaperException e) {
            throw new InvalidInputException("article " + id + ": " + e.getMessage());
        }
    }

    /** The original file as imported, byte for byte (the page image or PDF of an article read from paper). */
    public byte[] original(long id) {
        return articles.original(id);
    }

    /** An article opened to read: its details as stored after the open, and whether the open marked it read. */
    public record Opened(ArticleDetails details, boolean markedRead) {
    }

    /** Opens an article to read it: marks it read (when it was not) and returns its details. */
    public Opened open(long id) {
        ArticleDetails d = details(id);
        if (d.article().read()) return new Opened(d, false);
        articles.setRead(id, true);
        return new Opened(details(id), true);
    }

    /** The list rows of these articles (with tags and reading state), by id; trashed or unknown ids are left out. */
    public Map<Long, org.kliping.domain.ArticleRow> rows(java.util.Collection<Long> ids) {
        return articles.rows(ids);
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

    /** Deletes an article for good at once, with everything attached (the Trash is {@link #trash}). */
    public void delete(long id) {
        articles.delete(id);
        sync.catchUp(ProgressListener.NONE);
    }

    /**
     * Moves articles to the Trash: they leave lists, counts, search, stories and related articles, and keep their
     * tags, highlights and notes for {@link #restore}. Unknown ids are an error naming them; nothing is moved then.
     */
    public List<Long> trash(List<Long> ids) {
        requireAll(ids);
        List<Long> moved = articles.trash(ids, clock.instant());
        sync.catchUp(ProgressListener.NONE);
        return moved;
    }

    /** Takes articles out of the Trash; returns those that were in it (the others are left as they are). */
    public List<Long> restore(List<Long> ids) {
        requireAll(ids);
        List<Long> restored = articles.restore(ids);
        sync.catchUp(ProgressListener.NONE);
        return restored;
    }

    /** The Trash, most recently deleted first. */
    public List<org.kliping.domain.TrashedArticle> trashed() {
        return articles.trashed();
    }

    /** The articles in the Trash as list rows, most recently deleted first. */
    public List<org.kliping.domain.ArticleRow> trashedRows() {
        return articles.trashedRows();
    }

    public boolean isTrashed(long id) {
        return articles.isTrashed(id);
    }

    /** Deletes everything in the Trash from the store and the index for good; returns how many articles. */
    public int emptyTrash() {
        List<Long> gone = articles.emptyTrash();
        sync.catchUp(ProgressListener.NONE);
        return gone.size();
    }

    private void requireAll(List<Long> ids) {
        List<Long> unknown = new ArrayList<>();
        for (Long id : ids) if (articles.find(id).isEmpty()) unknown.add(id);
        if (!unknown.isEmpty()) throw new org.kliping.domain.NotFoundException("article " + unknown.stream()
                .map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
    }

    /**
     * Applies an edit. A corrected body re-anchors every highlight in the same step; those that cannot
     * be placed become orphans. Returns the highlights after the edit.
     */
    public List<Annotation> edit(long id, ArticleEdit e) {
        Article a = articles.get(id);
        if (e.body() != null && e.body().length() > ArticleEdit.MAX_BODY_BYTES) {
            throw new InvalidInputException("the corrected body of article " + id + " has " + e.body().length()
                    + " characters, over the per-article limit of " + ArticleEdit.MAX_BODY_BYTES);
        }
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
        // a page's word boxes follow their words into the corrected body, so highlights still light them up
        PaperScan scan = body.equals(a.body()) ? null : papers.get(id).orElse(null);
        db.transaction(() -> {
            articles.update(edited);
            annotations.updateAll(moved);
            if (scan != null) papers.put(id, scan.withWords(WordRealignment.realign(scan.words(), a.body(), body)));
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
