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
 * @param body the displayed body, paragraphs separated by a blank line ("\n\n"); highlight offsets count here
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
        boolean read) {

    public Article {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        lede = lede == null ? "" : lede;
    }

    public List<String> paragraphs() {
        if (body.isEmpty()) return List.of();
        return Arrays.asList(body.split("\n\n"));
    }
}
