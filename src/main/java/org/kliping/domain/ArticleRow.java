package org.kliping.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One article as a list shows it: its fields, tags and reading state, and for a search hit its snippet (HTML-escaped
 * text with {@code <mark>}ed words; null in a listing).
 */
public record ArticleRow(long id, String title, String source, String place, LocalDate published, String publishedText,
                         List<String> tags, boolean starred, boolean read, String snippet) {
    public ArticleRow {
        tags = tags == null ? List.of() : List.copyOf(tags);
        title = title == null ? "" : title;
    }

    public static ArticleRow of(Article a, List<String> tags, String snippet) {
        return new ArticleRow(a.id(), a.title(), a.source(), a.place(), a.published(), a.publishedText(), tags,
                a.starred(), a.read(), snippet);
    }

    public ArticleRow withSnippet(String s) {
        return new ArticleRow(id, title, source, place, published, publishedText, tags, starred, read, s);
    }
}
