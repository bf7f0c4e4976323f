package org.kliping.domain;

import java.util.List;

/**
 * A stored story: its articles (ids) and whether the user edited it (then re-clustering keeps it as is).
 */
public record Story(long id, String title, List<String> keywords, List<Long> articleIds, boolean edited) {
    public Story {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("empty story title");
        keywords = List.copyOf(keywords);
        articleIds = List.copyOf(articleIds);
    }
}
