package org.kliping.service;

import org.kliping.service.ImportReport.Problem;

import java.util.List;

/**
 * The outcome of clipping pages or fetching feeds: new articles, duplicates (an address or a text already in the
 * archive), articles read again ({@code --refresh}), every failure by address with its reason, every doubt, the ids
 * stored or refreshed, the duplicates whose article is in the Trash, and for a feed fetch each feed's result.
 */
public record CaptureReport(int imported, int duplicates, int refreshed, List<Problem> rejected, List<Problem> warnings,
                            List<Long> ids, List<FeedResult> feeds, boolean cancelled, List<Trashed> trashed) {

    /** An address clipped before whose article is now in the Trash (counted as a duplicate; restored by a refresh). */
    public record Trashed(String url, long id) {
    }

    /** One feed of a fetch: articles new from it, or why it could not be fetched (null when it could). */
    public record FeedResult(long id, String url, int added, String error) {
    }

    public CaptureReport {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
        ids = List.copyOf(ids);
        feeds = List.copyOf(feeds);
        trashed = trashed == null ? List.of() : List.copyOf(trashed);
    }

    /** True when every address and feed was done. */
    public boolean allDone() {
        return rejected.isEmpty() && feeds.stream().allMatch(f -> f.error() == null);
    }
}
