package org.kliping.ingest;

/**
 * Bounds on what one import may read. The size limit applies to each article (a file, a JSONL line,
 * a zip entry), never to the container, so a 100k-article JSONL imports.
 */
public record ImportLimits(long maxArticleBytes, long maxZipTotalBytes, int maxZipEntries, int maxZipRatio) {
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 20L * 1024 * 1024;

    public static ImportLimits defaults() {
        // a zip may inflate to 100 times its size (text compresses 3-10x; a page of repeated markup 20-30x) and to
        // 2 GB at most; its entries' headers are checked against both before anything is inflated
        return new ImportLimits(DEFAULT_MAX_ARTICLE_BYTES, 2L * 1024 * 1024 * 1024, 200_000, 100);
    }

    public ImportLimits withMaxArticleBytes(long bytes) {
        return new ImportLimits(bytes, maxZipTotalBytes, maxZipEntries, maxZipRatio);
    }
}
