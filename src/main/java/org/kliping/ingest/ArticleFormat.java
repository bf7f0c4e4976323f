package org.kliping.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The file formats the readers know, by file name extension. */
enum ArticleFormat {
    TEXT, HTML, MARKDOWN, JSON, JSONL, ZIP;

    private static final Map<String, ArticleFormat> BY_EXTENSION = Map.of(
            "txt", TEXT, "text", TEXT, "html", HTML, "htm", HTML, "md", MARKDOWN, "markdown", MARKDOWN,
            "json", JSON, "jsonl", JSONL, "ndjson", JSONL, "zip", ZIP);

    static Optional<ArticleFormat> of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        return Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** One article per file, read whole (within the per-article limit). */
    boolean isSingleArticle() {
        return this == TEXT || this == HTML || this == MARKDOWN;
    }
}
