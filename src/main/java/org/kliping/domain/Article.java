package org.kliping.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A stored article: its cleaned, displayed fields and where it came from. The original text is
 * loaded separately ({@code ArticleStore.original}) because lists never need it.
 *
 * @param body    the displayed body, paragraphs separated by a blank line ("\n\n"); highlight offsets count here
 * @param authors the writers as read from the page or file, in order; never null
 */
public record Article(
        long id,
        String externalId,
        String title,
        boolean titleDerived,
        String lede,
        String body,
        String source,
        String place,
        LocalDate published,
        String publishedText,
        String url,
        String language,
        String originName,
        Instant importedAt,
        String sha256,
        boolean starred,
        boolean read,
        List<String> authors) {

    /** An article that names no authors. */
    public Article(long id, String externalId, String title, boolean titleDerived, String lede, String body,
                   String source, String place, LocalDate published, String publishedText, String url, String language,
                   String originName, Instant importedAt, String sha256, boolean starred, boolean read) {
        this(id, externalId, title, titleDerived, lede, body, source, place, published, publishedText, url, language,
                originName, importedAt, sha256, starred, read, List.of());
    }

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        lede = lede == null ? "" : lede;
    }

    public List<String> paragraphs() {
        if (body.isEmpty()) return List.of();
        return Arrays.asList(body.split("\n\n"));
    }
}
