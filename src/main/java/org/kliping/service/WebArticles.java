package org.kliping.service;

import org.kliping.capture.CaptureException;
import org.kliping.capture.WebFetcher;
import org.kliping.capture.WebPage;
import org.kliping.domain.ArticleDraft;
import org.kliping.ingest.ArticlePages;
import org.kliping.ingest.ArticleReaders;
import org.kliping.ingest.ReadOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A web address to an article draft: fetched ({@code capture}), read ({@code ingest}), its further pages followed
 * (at most {@link ArticlePages#MAX_PAGES}) and joined. Failures are {@link CaptureException}s naming the address.
 */
final class WebArticles {

    /** A page read: the draft and every address that names it (asked, after redirects, canonical). */
    record Read(ArticleDraft draft, List<String> urls) {
    }

    private final WebFetcher fetcher;
    private final ArticleReaders readers;

    WebArticles(WebFetcher fetcher, ArticleReaders readers) {
        this.fetcher = fetcher;
        this.readers = readers;
    }

    Read read(String url) {
        WebPage first = fetcher.fetch(url);
        if (!first.isHtml()) {
            throw new CaptureException(url, "not a web page (" + (first.contentType() == null ? "unknown type" : first.contentType()) + ")");
        }
        String finalUrl = first.finalUrl().toString();
        List<ArticleDraft> pages = new ArrayList<>();
        List<String> pageUrls = new ArrayList<>();
        pages.add(draft(url, readers.readWebPage(first.body(), finalUrl, first.charset())));
        pageUrls.add(finalUrl);
        List<String> warnings = new ArrayList<>();
        WebPage current = first;
        String currentUrl = finalUrl;
        for (int n = 1; n < ArticlePages.MAX_PAGES; n++) {
            Optional<String> next = ArticlePages.nextPage(current.body(), current.charset(), currentUrl, n);
            if (next.isEmpty() || pageUrls.contains(next.get())) break;
            try {
                current = fetcher.fetch(next.get());
                if (!current.isHtml()) throw new CaptureException(next.get(), "not a web page");
                ReadOutcome outcome = readers.readWebPage(current.body(), next.get(), current.charset());
                if (outcome instanceof ReadOutcome.Rejected r) throw new CaptureException(next.get(), r.reason());
                pages.add(((ReadOutcome.Parsed) outcome).draft());
                currentUrl = next.get();
                pageUrls.add(currentUrl);
            } catch (CaptureException e) {
                warnings.add("page " + (n + 1) + " could not be read (" + e.getMessage() + "): the article has " + n
                        + (n == 1 ? " page" : " pages"));
                break;
            }
        }
        ArticleDraft joined = ArticlePages.join(pages, pageUrls);
        if (!warnings.isEmpty()) {
            List<String> all = new ArrayList<>(joined.warnings());
            all.addAll(warnings);
            joined = joined.withBody(joined.paragraphs(), joined.original(), joined.originalText(), all);
        }
        List<String> urls = new ArrayList<>(List.of(url, finalUrl));
        if (joined.url() != null) urls.add(joined.url());
        return new Read(joined, urls.stream().distinct().toList());
    }

    private static ArticleDraft draft(String url, ReadOutcome outcome) {
        if (outcome instanceof ReadOutcome.Parsed p) return p.draft();
        String reason = ((ReadOutcome.Rejected) outcome).reason();
        throw new CaptureException(url, reason.startsWith("no article text") ? "no article text found on the page" : reason);
    }
}
