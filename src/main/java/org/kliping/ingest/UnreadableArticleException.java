package org.kliping.ingest;

/**
 * Raised inside the readers when an item cannot become an article; {@link ArticleReaders} turns it into a
 * {@link ReadOutcome.Rejected} so callers of the readers never see it.
 */
final class UnreadableArticleException extends RuntimeException {
    UnreadableArticleException(String reason) {
        super(reason);
    }

    String reason() {
        return getMessage();
    }
}
