package org.kliping.domain;

import java.time.Instant;
import java.util.List;

/**
 * A news feed followed.
 *
 * @param title       the feed's own title, or null before it was read
 * @param tags        tags given to every article clipped from it
 * @param lastFetched when it was last fetched, or null
 * @param lastError   why the last fetch failed, or null when it did not
 * @param articles    articles clipped from it and still in the archive
 * @param unread      those of them not yet read
 */
public record Feed(long id, String url, String title, List<String> tags, Instant lastFetched, String lastError,
                   long articles, long unread) {
    public Feed {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
