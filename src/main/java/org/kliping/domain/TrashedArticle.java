package org.kliping.domain;

import java.time.Instant;

/** An article in the Trash, and when it was put there. */
public record TrashedArticle(long id, String title, Instant deleted) {
}
