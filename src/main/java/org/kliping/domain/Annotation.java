package org.kliping.domain;

import java.time.Instant;
import java.util.List;

/**
 * A highlight on an article's displayed body, anchored the W3C Web Annotation way: the quote, some
 * context before ({@code prefix}) and after ({@code suffix}), and the character offsets
 * {@code [start, end)}. An orphan keeps its quote and note; its offsets are the last known ones.
 */
public record Annotation(
        long id,
        long articleId,
        int start,
        int end,
        String quote,
        String prefix,
        String suffix,
        String note,
        String color,
        List<String> tags,
        AnchorState state,
        Instant createdAt) {

    public Annotation {
        if (quote == null || quote.isEmpty()) throw new IllegalArgumentException("empty quote");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        tags = tags == null ? List.of() : List.copyOf(tags);
        state = state == null ? AnchorState.ANCHORED : state;
    }
}
