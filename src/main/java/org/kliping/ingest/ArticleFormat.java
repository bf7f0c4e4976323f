package org.kliping.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The file formats the readers know, by file name extension. */
enum ArticleFormat {
    TEXT, HTML, MARKDOWN, JSON, JSONL, ZIP, PAPER;

    private static final Map<String, ArticleFormat> BY_EXTENSION = Map.of(
            "txt", TEXT, "text", TEXT, "html", HTML, "htm", HTML, "md", MARKDOWN, "markdown", MARKDOWN,
            "json", JSON, "jsonl", JSONL, "ndjson", JSONL, "zip", ZIP);
    /** PDFs and page images, read by the paper package (through {@link PaperReading}). */
    private static final java.util.Set<String> PAPER_EXTENSIONS = java.util.Set.of(
            "pdf", "png", "jpg", "jpeg", "tif", "tiff", "webp");

    static Optional<ArticleFormat> of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (PAPER_EXTENSIONS.contains(extension)) return Optional.of(PAPER);
        return Optional.ofNullable(BY_EXTENSION.get(extension));
    }

    /** One article per file, read whole (within the per-article limit). */
    boolean isSingleArticle() {
        return this == TEXT || this == HTML || this == MARKDOWN;
    }
}
