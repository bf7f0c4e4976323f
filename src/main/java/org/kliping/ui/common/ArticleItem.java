package org.kliping.ui.common;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the article table: from a listing (no snippet) or a search hit (with its snippet, HTML with
 * {@code <mark>}). A row not loaded yet is a placeholder with id 0.
 */
public record ArticleItem(long id, String title, String source, String place, LocalDate published, String dateText,
                          List<String> tags, boolean starred, boolean read, String snippet) {

    public ArticleItem {
        tags = tags == null ? List.of() : List.copyOf(tags);
        title = title == null ? "" : title;
    }

    public static ArticleItem placeholder() {
        return new ArticleItem(0, "", null, null, null, null, List.of(), false, true, null);
    }

    public boolean isPlaceholder() {
        return id == 0;
    }

    /** The date as shown: ISO when known, else the text as found in the article. */
    public String displayDate() {
        if (published != null) return published.toString();
        return dateText == null ? "" : dateText;
    }

    public ArticleItem withRead(boolean nowRead) {
        return new ArticleItem(id, title, source, place, published, dateText, tags, starred, nowRead, snippet);
    }

    public ArticleItem withTags(java.util.List<String> nowTags) {
        return new ArticleItem(id, title, source, place, published, dateText, nowTags, starred, read, snippet);
    }

    public ArticleItem withDetails(WindowContext.RowDetails d) {
        return new ArticleItem(id, d.title(), d.source(), d.place(), d.published(), d.dateText(), tags, starred, read, snippet);
    }

    public ArticleItem withStarred(boolean nowStarred) {
        return new ArticleItem(id, title, source, place, published, dateText, tags, nowStarred, read, snippet);
    }
}
