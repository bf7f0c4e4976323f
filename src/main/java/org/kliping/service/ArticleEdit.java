package org.kliping.service;

/**
 * A metadata edit: each non-null field replaces the stored one; an empty string clears an optional
 * field. {@code body} is a corrected body (paragraphs separated by blank lines); the original stays.
 */
public record ArticleEdit(String title, String source, String place, String date, String url, String body) {

    /** The per-article limit of an import ({@code ImportLimits}), for a body file; and, in characters, for a body. */
    public static final long MAX_BODY_BYTES = org.kliping.ingest.ImportLimits.DEFAULT_MAX_ARTICLE_BYTES;
}
