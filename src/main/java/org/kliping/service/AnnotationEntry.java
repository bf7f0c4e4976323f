package org.kliping.service;

import org.kliping.domain.Annotation;
import org.kliping.domain.ArticleNote;

import java.time.Instant;
import java.util.List;

/**
 * One highlight or one note of the archive with the article it belongs to (title and tags): exactly one of
 * {@code highlight} and {@code note} is set.
 */
public record AnnotationEntry(long articleId, String articleTitle, List<String> articleTags, Annotation highlight,
                              ArticleNote note) {

    public AnnotationEntry {
        if ((highlight == null) == (note == null)) throw new IllegalArgumentException("a highlight or a note, not both");
        articleTags = articleTags == null ? List.of() : List.copyOf(articleTags);
    }

    public boolean isNote() {
        return note != null;
    }

    public Instant createdAt() {
        return isNote() ? note.createdAt() : highlight.createdAt();
    }

    /** The highlight's colour (yellow when none was chosen); null for a note. */
    public String color() {
        if (isNote()) return null;
        return highlight.color() == null ? "yellow" : highlight.color();
    }

    /** The words a text filter looks at: the quote, the note and the article's title. */
    String searchable() {
        StringBuilder s = new StringBuilder(articleTitle == null ? "" : articleTitle).append('\n');
        if (isNote()) s.append(note.text());
        else s.append(highlight.quote()).append('\n').append(highlight.note() == null ? "" : highlight.note());
        return s.toString();
    }

    /** The article's tags and the highlight's own. */
    List<String> allTags() {
        if (isNote() || highlight.tags().isEmpty()) return articleTags;
        return java.util.stream.Stream.concat(articleTags.stream(), highlight.tags().stream()).toList();
    }

    /**
     * What the highlights view filters by; null or blank fields match everything. {@code color} "note" keeps the
     * notes only; a tag matches the tag itself and the tags nested under it ({@code konflik} finds
     * {@code konflik/rusia}); text is matched without regard to case in the quote, the note and the title.
     */
    public record Filter(String color, String tag, String text) {
        public static final Filter ALL = new Filter(null, null, null);
        public static final String NOTES = "note";
    }
}
