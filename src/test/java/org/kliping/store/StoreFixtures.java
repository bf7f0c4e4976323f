package org.kliping.store;

import org.kliping.domain.ArticleDraft;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Small articles for store tests. */
final class StoreFixtures {
    private StoreFixtures() {
    }

    static ArticleStore.NewArticle article(String title, String source, String... paragraphs) {
        String text = title + "\n\n" + String.join("\n\n", paragraphs);
        ArticleDraft d = new ArticleDraft(null, title, false, paragraphs.length == 0 ? "" : paragraphs[0],
                List.of(paragraphs), source, "Jakarta", LocalDate.of(2025, 4, 28), null, "https://example.id/" + title.hashCode(),
                "id", title + ".txt", text.getBytes(StandardCharsets.UTF_8), text, List.of());
        return new ArticleStore.NewArticle(d, "sha-" + title, "key-" + title, new long[] {1L, 2L}, Instant.parse("2025-05-01T10:00:00Z"));
    }
}
