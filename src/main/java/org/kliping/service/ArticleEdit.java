package org.kliping.service;

/**
 * A metadata edit: each non-null field replaces the stored one; an empty string clears an optional
 * field. {@code body} is a corrected body (paragraphs separated by blank lines); the original stays.
 */
public record ArticleEdit(String title, String source, String place, String date, String url, String body) {
}
