package org.kliping.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The feeds a web page names for itself (feed autodiscovery): {@code <link rel="alternate"
 * type="application/rss+xml">} (or {@code atom+xml}, {@code rdf+xml}) in the order the page gives them, as absolute
 * addresses. A site lists its main feed first, so the first is the one to follow.
 */
public final class FeedLinks {

    private FeedLinks() {
    }

    public static List<String> in(byte[] bytes, Charset served, String pageUrl) {
        Document page;
        try {
            String text = HtmlArticleParser.decode(bytes, served).text();
            HtmlArticleParser.refuseHugeTagNames(text);
            page = Jsoup.parse(text, pageUrl);
        } catch (UnreadableArticleException unreadable) {
            return List.of();
        }
        LinkedHashSet<String> found = new LinkedHashSet<>();
        for (Element link : page.select("link[rel][type][href]")) {
            List<String> rel = List.of(link.attr("rel").strip().toLowerCase(Locale.ROOT).split("\\s+"));
            String type = link.attr("type").strip().toLowerCase(Locale.ROOT);
            if (!rel.contains("alternate")) continue;
            if (!type.equals("application/rss+xml") && !type.equals("application/atom+xml") && !type.equals("application/rdf+xml")) continue;
            String href = link.absUrl("href");
            if (href.startsWith("http://") || href.startsWith("https://")) found.add(href);
        }
        return List.copyOf(found);
    }
}
