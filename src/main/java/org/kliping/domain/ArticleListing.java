package org.kliping.domain;

/**
 * Which articles a listing shows and in which order; the store sorts and filters, so a window over
 * 100k articles only ever loads a page.
 *
 * @param tag    only articles with this tag or one of its children (null: all)
 * @param source only articles from this outlet (null: all)
 * @param limit  at most this many (0: no limit)
 * @param feed   only articles clipped from this feed (0: all)
 */
public record ArticleListing(String tag, String source, boolean starredOnly, boolean unreadOnly, Sort sort,
                             boolean descending, int limit, int offset, long feed) {

    public enum Sort { IMPORTED, TITLE, SOURCE, PLACE, PUBLISHED }

    public ArticleListing {
        sort = sort == null ? Sort.IMPORTED : sort;
        if (limit < 0 || offset < 0) throw new IllegalArgumentException("negative limit or offset");
    }

    public ArticleListing(String tag, String source, boolean starredOnly, boolean unreadOnly, Sort sort,
                          boolean descending, int limit, int offset) {
        this(tag, source, starredOnly, unreadOnly, sort, descending, limit, offset, 0);
    }

    /** Every article, newest import first. */
    public static ArticleListing all() {
        return new ArticleListing(null, null, false, false, Sort.IMPORTED, true, 0, 0);
    }

    public ArticleListing withLimit(int newLimit) {
        return new ArticleListing(tag, source, starredOnly, unreadOnly, sort, descending, newLimit, offset, feed);
    }

    /** The same listing narrowed to the articles clipped from one feed. */
    public ArticleListing ofFeed(long feedId) {
        return new ArticleListing(tag, source, starredOnly, unreadOnly, sort, descending, limit, offset, feedId);
    }

    public ArticleListing page(int newOffset, int newLimit) {
        return new ArticleListing(tag, source, starredOnly, unreadOnly, sort, descending, newLimit, newOffset, feed);
    }
}
