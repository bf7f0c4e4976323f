package org.kliping.service;

import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.ArticleRow;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.ProgressListener;
import org.kliping.store.AnnotationStore;
import org.kliping.store.ArticleStore;
import org.kliping.store.NoteStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Highlights: create by quote or by offsets, edit their note, colour and tags, delete, list orphans; and every
 * highlight and note of the archive at once, filtered ({@link #overview}).
 */
public final class AnnotationService {

    private final ArticleStore articles;
    private final AnnotationStore annotations;
    private final NoteStore notes;
    private final IndexSync sync;
    private final Clock clock;

    AnnotationService(ArticleStore articles, AnnotationStore annotations, NoteStore notes, IndexSync sync, Clock clock) {
        this.articles = articles;
        this.annotations = annotations;
        this.notes = notes;
        this.sync = sync;
        this.clock = clock;
    }

    /** Highlights the {@code occurrence}-th (1-based) occurrence of {@code quote} in the article's body. */
    public Annotation highlightQuote(long articleId, String quote, int occurrence, String note, String color,
                                     List<String> tags) {
        if (quote == null || quote.isEmpty()) throw new InvalidInputException("empty quote");
        if (occurrence < 1) throw new InvalidInputException("occurrence must be 1 or more, not " + occurrence);
        String body = articles.get(articleId).body();
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = body.indexOf(quote, at + 1);
            if (at < 0) {
                throw new InvalidInputException(i == 0
                        ? "the quote \"" + abbreviate(quote) + "\" is not in article " + articleId
                        : "article " + articleId + " has only " + i + " occurrence(s) of \"" + abbreviate(quote) + "\"");
            }
        }
        return highlightSpan(articleId, at, at + quote.length(), note, color, tags);
    }

    /** Highlights the characters {@code [start, end)} of the article's displayed body. */
    public Annotation highlightSpan(long articleId, int start, int end, String note, String color, List<String> tags) {
        Article a = articles.get(articleId);
        if (start < 0 || end > a.body().length() || start >= end) {
            throw new InvalidInputException("span " + start + ".." + end + " is outside article " + articleId
                    + " (its text has " + a.body().length() + " characters)");
        }
        Annotation created = annotations.insert(Anchoring.create(articleId, a.body(), start, end, blankToNull(note),
                blankToNull(color), tags == null ? List.of() : tags, clock.instant()));
        sync.catchUp(ProgressListener.NONE);
        return created;
    }

    /** Changes a highlight's note, colour or tags (null leaves a field as it is; empty clears it). */
    public Annotation update(long id, String note, String color, List<String> tags) {
        Annotation a = annotations.get(id);
        Annotation u = new Annotation(a.id(), a.articleId(), a.start(), a.end(), a.quote(), a.prefix(), a.suffix(),
                note == null ? a.note() : blankToNull(note), color == null ? a.color() : blankToNull(color),
                tags == null ? a.tags() : tags, a.state(), a.createdAt());
        annotations.update(u);
        sync.catchUp(ProgressListener.NONE);
        return u;
    }

    public void delete(long id) {
        annotations.delete(id);
        sync.catchUp(ProgressListener.NONE);
    }

    public List<Annotation> forArticle(long articleId) {
        articles.get(articleId);
        return annotations.forArticle(articleId);
    }

    public List<Annotation> all() {
        return annotations.all();
    }

    public List<Annotation> orphans() {
        return annotations.orphans();
    }

    /**
     * Every highlight and note of the articles not in the Trash, newest first, with the title and tags of their
     * article, kept when they match {@code filter}.
     */
    public List<AnnotationEntry> overview(AnnotationEntry.Filter filter) {
        List<Annotation> highlights = annotations.all();
        List<ArticleNote> allNotes = notes.all();
        Set<Long> ids = new HashSet<>();
        for (Annotation a : highlights) ids.add(a.articleId());
        for (ArticleNote n : allNotes) ids.add(n.articleId());
        Map<Long, ArticleRow> rows = articles.rows(ids);
        List<AnnotationEntry> out = new ArrayList<>();
        for (Annotation a : highlights) {
            ArticleRow r = rows.get(a.articleId());
            if (r != null) out.add(new AnnotationEntry(a.articleId(), r.title(), r.tags(), a, null));
        }
        for (ArticleNote n : allNotes) {
            ArticleRow r = rows.get(n.articleId());
            if (r != null) out.add(new AnnotationEntry(n.articleId(), r.title(), r.tags(), null, n));
        }
        AnnotationEntry.Filter f = filter == null ? AnnotationEntry.Filter.ALL : filter;
        return out.stream().filter(e -> matches(e, f))
                .sorted(Comparator.comparing(AnnotationEntry::createdAt).reversed()
                        .thenComparing(e -> e.isNote() ? e.note().id() : e.highlight().id(), Comparator.reverseOrder()))
                .toList();
    }

    private static boolean matches(AnnotationEntry e, AnnotationEntry.Filter f) {
        if (f.color() != null && !f.color().isBlank()) {
            if (AnnotationEntry.Filter.NOTES.equals(f.color()) != e.isNote()) return false;
            if (!e.isNote() && !f.color().equalsIgnoreCase(e.color())) return false;
        }
        if (f.tag() != null && !f.tag().isBlank()) {
            String tag = f.tag().strip().toLowerCase(Locale.ROOT);
            boolean tagged = e.allTags().stream().map(t -> t.toLowerCase(Locale.ROOT))
                    .anyMatch(t -> t.equals(tag) || t.startsWith(tag + "/"));
            if (!tagged) return false;
        }
        if (f.text() != null && !f.text().isBlank()) {
            String haystack = e.searchable().toLowerCase(Locale.ROOT);
            for (String word : f.text().toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                if (!haystack.contains(word)) return false;
            }
        }
        return true;
    }

    public boolean isOrphan(Annotation a) {
        return a.state() == AnchorState.ORPHANED;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
