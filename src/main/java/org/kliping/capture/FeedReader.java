package org.kliping.capture;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 with ROME (decision 0017): the feed's title and each item's link, id and own
 * content. Document type declarations are refused (no external entities are ever fetched).
 */
public final class FeedReader {

    /** One item of a feed; {@code guid} is the item's id, or its link when it has none. Fields other than guid may be null. */
    public record Item(String guid, String link, String title, String contentHtml, Instant published) {
    }

    /** A feed as read: its title (may be null) and items in the feed's order. */
    public record Feed(String title, List<Item> items) {
    }

    /** @param url where the feed came from: relative item links are resolved against it, errors name it */
    public Feed read(byte[] bytes, String url) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new CaptureException(url, "not a feed (RSS or Atom): " + firstLine(e.getMessage()), e);
        }
        List<Item> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = absolute(url, e.getLink());
            boolean noId = e.getUri() == null || e.getUri().isBlank() || e.getUri().equals(e.getLink()); // ROME's id is the link then
            String guid = noId ? link : e.getUri().strip();
            if (guid == null) continue; // an item with neither id nor link cannot be told from the next fetch's
            items.add(new Item(guid, link, blankToNull(e.getTitle()), content(e), instant(e)));
        }
        return new Feed(blankToNull(feed.getTitle()), items);
    }

    private static String content(SyndEntry e) {
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) return c.getValue();
        }
        return e.getDescription() == null ? null : blankToNull(e.getDescription().getValue());
    }

    private static Instant instant(SyndEntry e) {
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        return d == null ? null : d.toInstant();
    }

    private static String absolute(String base, String link) {
        if (link == null || link.isBlank()) return null;
        try {
            return URI.create(base).resolve(link.strip()).toString();
        } catch (IllegalArgumentException notAUri) {
            return link.strip();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
