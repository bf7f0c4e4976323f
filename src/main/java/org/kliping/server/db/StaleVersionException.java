package org.kliping.server.db;

/** An edit made on an older version of the article than the one stored. */
public final class StaleVersionException extends ConflictException {
    private final long articleId;
    private final int current;

    public StaleVersionException(long articleId, int expected, int current) {
        super("article " + articleId + " is at version " + current + ", not " + expected
                + ": someone else changed it; reload it and edit again", null);
        this.articleId = articleId;
        this.current = current;
    }

    public long articleId() {
        return articleId;
    }

    public int current() {
        return current;
    }
}
