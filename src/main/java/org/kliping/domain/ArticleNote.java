package org.kliping.domain;

import java.time.Instant;

/** A free-text note on an article. */
public record ArticleNote(long id, long articleId, String text, Instant createdAt) {
    public ArticleNote {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty note");
    }
}
