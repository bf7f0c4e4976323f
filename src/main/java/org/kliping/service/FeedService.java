package org.kliping.service;

import org.kliping.capture.CaptureException;
import org.kliping.capture.FeedReader;
import org.kliping.capture.Validators;
import org.kliping.capture.WebFetcher;
import org.kliping.capture.WebPage;
import org.kliping.domain.ArticleDraft;
import org.kliping.domain.Feed;
import org.kliping.domain.NotFoundException;
import org.kliping.ingest.ArticleReaders;
import org.kliping.ingest.FeedLinks;
import org.kliping.ingest.ReadOutcome;
import org.kliping.service.ImportListener.Status;
import org.kliping.store.FeedStore;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * News feeds followed (RSS 1.0/2.0, Atom): adding, listing, removing (the articles stay), and fetching, which clips
 * every new item's page (the full article, not the feed's summary; when the page cannot be had, the item's own
 * content is stored with a warning). An item already taken (by this feed's id for it, or by its link) is not fetched
 * again; requests are conditional (ETag, Last-Modified), one at a time per host ({@link WebFetcher}).
 */
public final class FeedService {

    private final WebFetcher fetcher;
    private final FeedStore feeds;
    private final ClipService clips;
    private final ArticleReaders readers;
    private final Clock clock;
    private final FeedReader feedReader = new FeedReader();

    FeedService(WebFetcher fetcher, FeedStore feeds, ClipService clips, ArticleReaders readers, Clock clock) {
        this.fetcher = fetcher;
        this.feeds = feeds;
        this.clips = clips;
        this.readers = readers;
        this.clock = clock;
    }

    /**
     * A feed followed: {@code foundOn} is the web page whose feed it is when the address given was a page rather than
     * a feed (null otherwise), {@code others} the page's other feeds, not followed.
     */
    public record Followed(Feed feed, String foundOn, List<String> others) {
        public Followed {
            others = List.copyOf(others);
        }
    }

    /** As {@link #follow}, the feed only. */
    public Feed add(String url, List<String> tags) {
        return follow(url, tags).feed();
    }

    /**
     * Follows the feed at {@code url} (read once to check it is a feed and learn its title); an address followed
     * already gives that feed. A web page's address follows the feed the page names ({@code <link rel="alternate"
     * type="application/rss+xml">} or Atom): its first that is a feed; the others are told, not followed.
     */
    public Followed follow(String url, List<String> tags) {
        String address = url.strip();
        var known = feeds.findByUrl(address);
        if (known.isPresent()) return new Followed(known.get(), null, List.of());
        WebPage page = fetcher.fetch(address);
        if (page.isFeed()) return new Followed(subscribe(address, page, tags), null, List.of());
        String type = page.contentType() == null ? "unknown type" : page.contentType();
        if (!page.isHtml()) throw new CaptureException(address, "not a feed (" + type + ")");
        List<String> named = FeedLinks.in(page.body(), page.charset(), page.finalUrl().toString());
        if (named.isEmpty()) {
            throw new CaptureException(address, "not a feed (" + type + "), and the page names no feed "
                    + "(<link rel=\"alternate\" type=\"application/rss+xml\"> or atom+xml)");
        }
        List<String> failures = new ArrayList<>();
        for (String candidate : named) {
            List<String> others = named.stream().filter(n -> !n.equals(candidate)).toList();
            var followed = feeds.findByUrl(candidate);
            if (followed.isPresent()) return new Followed(followed.get(), address, others);
            try {
                WebPage feed = fetcher.fetch(candidate);
                if (feed.isFeed()) return new Followed(subscribe(candidate, feed, tags), address, others);
                failures.add(candidate + ": not a feed (" + (feed.contentType() == null ? "unknown type" : feed.contentType()) + ")");
            } catch (CaptureException e) {
                failures.add(candidate + ": " + e.reason());
            }
        }
        throw new CaptureException(address, "the page names " + named.size() + (named.size() == 1 ? " feed" : " feeds")
                + " and none could be read (" + String.join("; ", failures) + ")");
    }

    private Feed subscribe(String address, WebPage page, List<String> tags) {
        FeedReader.Feed read = feedReader.read(page.body(), page.finalUrl().toString());
        return feeds.add(address, read.title(), tags, clock.instant());
    }

    public List<Feed> list() {
        return feeds.all();
    }

    public Feed get(long id) {
        return feeds.get(id);
    }

    /** Stops following a feed; the articles clipped from it stay. */
    public void remove(long id) {
        feeds.delete(id);
    }

    /**
     * Fetches the given feeds (every feed when none is given) and clips their new items. The listener hears each
     * item by its link, and may cancel between items.
     */
    public CaptureReport fetch(List<Long> ids, ImportListener listener) {
        List<Feed> todo = new ArrayList<>();
        CaptureTally tally = new CaptureTally();
        if (ids.isEmpty()) {
            todo.addAll(feeds.all());
        } else {
            for (long id : ids) {
                try {
                    todo.add(feeds.get(id));
                } catch (NotFoundException e) {
                    tally.feeds.add(new CaptureReport.FeedResult(id, null, 0, "no feed " + id));
                }
            }
        }
        for (Feed feed : todo) {
            if (listener.isCancelled()) {
                tally.cancelled = true;
                break;
            }
            tally.feeds.add(fetchOne(feed, tally, listener));
        }
        return tally.report();
    }

    private CaptureReport.FeedResult fetchOne(Feed feed, CaptureTally tally, ImportListener listener) {
        Instant now = clock.instant();
        FeedStore.Validators stored = feeds.validators(feed.id());
        FeedReader.Feed read;
        WebPage page;
        try {
            page = fetcher.fetch(feed.url(), new Validators(stored.etag(), stored.lastModified()));
            if (page.notModified()) {
                feeds.fetched(feed.id(), null, stored, now);
                return new CaptureReport.FeedResult(feed.id(), feed.url(), 0, null);
            }
            read = feedReader.read(page.body(), page.finalUrl().toString());
        } catch (CaptureException e) {
            feeds.failed(feed.id(), e.reason(), now);
            listener.item(feed.url(), Status.REJECTED, 0, e.reason());
            return new CaptureReport.FeedResult(feed.id(), feed.url(), 0, e.reason());
        }
        int before = tally.imported;
        int failedBefore = tally.rejected.size();
        List<FeedReader.Item> items = new ArrayList<>(read.items());
        java.util.Collections.reverse(items); // feeds list the newest first: the oldest is stored first
        ClipBatch batch = clips.newBatch();
        long done = 0;
        for (FeedReader.Item item : items) {
            if (listener.isCancelled()) {
                tally.cancelled = true;
                break;
            }
            listener.progress(done++, items.size(), item.link() == null ? item.guid() : item.link());
            if (feeds.isKnown(feed.id(), item.guid(), item.link())) continue;
            takeItem(feed, item, batch, tally, listener);
            if (batch.isFull()) batch.flush(tally, listener);
        }
        batch.flush(tally, listener);
        var validators = page.validators();
        // an item that failed is tried again next time: the feed must then be sent in full, not "not modified"
        FeedStore.Validators next = tally.rejected.size() > failedBefore || tally.cancelled ? new FeedStore.Validators(null, null)
                : new FeedStore.Validators(validators.etag(), validators.lastModified());
        feeds.fetched(feed.id(), read.title(), next, now);
        return new CaptureReport.FeedResult(feed.id(), feed.url(), tally.imported - before, null);
    }

    /** Clips an item's page, or queues its own content when the page cannot be had; failures go in the tally. */
    private void takeItem(Feed feed, FeedReader.Item item, ClipBatch batch, CaptureTally tally, ImportListener listener) {
        String where = item.link() != null ? item.link() : item.guid();
        java.util.function.LongConsumer taken = id -> feeds.itemTaken(feed.id(), item.guid(), item.link(), id);
        String failure = item.link() == null ? "the item has no link"
                : clips.clipOne(item.link(), feed.tags(), false, batch, tally, listener, taken);
        if (failure == null) return;
        if (item.contentHtml() == null) {
            clips.reject(where, failure + "; the feed gives no text of its own", tally, listener);
            return;
        }
        ReadOutcome read = readers.readWebPage(itemPage(item), where, StandardCharsets.UTF_8);
        if (read instanceof ReadOutcome.Rejected r) {
            clips.reject(where, failure + "; the feed's own text: " + r.reason(), tally, listener);
            return;
        }
        ArticleDraft draft = ((ReadOutcome.Parsed) read).draft();
        List<String> warnings = new ArrayList<>(draft.warnings());
        warnings.add(item.link() == null ? "the item has no link: the feed's own text was stored"
                : "the page could not be had (" + failure + "): the feed's own text was stored");
        batch.add(where, List.of(where), draft.withBody(draft.paragraphs(), draft.original(), draft.originalText(), warnings),
                feed.tags(), taken);
    }

    /** An item's own content as a small page, so the HTML reader cleans it as it cleans any page. */
    private static byte[] itemPage(FeedReader.Item item) {
        String title = item.title() == null ? "" : escape(item.title());
        String date = item.published() == null ? ""
                : "<meta property=\"article:published_time\" content=\"" + item.published() + "\">";
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>" + date
                + "</head><body><article><h1>" + title + "</h1>" + item.contentHtml() + "</article></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
