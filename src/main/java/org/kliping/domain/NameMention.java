package org.kliping.domain;

import java.util.Objects;

/**
 * One occurrence of a name in an article's displayed body.
 *
 * @param name      the canonical name (aliases resolved: {@code Korut} gives {@code Korea Utara})
 * @param start     offset of the first character as written, in {@link Article#body()}
 * @param end       offset after the last character as written (exclusive)
 */
public record NameMention(String name, NameKind kind, long articleId, int start, int end) {
    public NameMention {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("empty name");
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
}
