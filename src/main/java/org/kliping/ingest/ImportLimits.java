package org.kliping.ingest;

/**
 * Bounds on what one import may read. The size limit applies to each article (a file, a JSONL line,
 * a zip entry), never to the container, so a 100k-article JSONL imports.
 */
public record ImportLimits(long maxArticleBytes, long maxZipTotalBytes, int maxZipEntries, int maxZipRatio) {
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 20L * 1024 * 1024;

    public static ImportLimits defaults() {
        return new ImportLimits(DEFAULT_MAX_ARTICLE_BYTES, 4L * 1024 * 1024 * 1024, 200_000, 200);
    }

    public ImportLimits withMaxArticleBytes(long bytes) {
        return new ImportLimits(bytes, maxZipTotalBytes, maxZipEntries, maxZipRatio);
    }
}
