package org.kliping.service;

import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.ProgressListener;
import org.kliping.store.AnnotationStore;
import org.kliping.store.ArticleStore;

import java.time.Clock;
import java.util.List;

/** Highlights: create by quote or by offsets, edit their note, colour and tags, delete, list orphans. */
public final class AnnotationService {

    private final ArticleStore articles;
    private final AnnotationStore annotations;
    private final IndexSync sync;
    private final Clock clock;

    AnnotationService(ArticleStore articles, AnnotationStore annotations, IndexSync sync, Clock clock) {
        this.articles = articles;
        this.annotations = annotations;
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
