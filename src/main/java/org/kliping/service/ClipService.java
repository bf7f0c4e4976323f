package org.kliping.service;

import org.kliping.capture.CaptureException;
import org.kliping.domain.Annotation;
import org.kliping.domain.ArticleDraft;
import org.kliping.domain.KlipingException;
import org.kliping.ingest.ReadOutcome;
import org.kliping.service.ImportListener.Status;
import org.kliping.service.ImportReport.Problem;
import org.kliping.store.ArticleStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Clips web pages by address: each is fetched, read (its further pages followed and joined) and stored with its
 * address and original bytes, as an import stores a file. An address already in the archive (as asked, after
 * redirects, or canonical) is a duplicate, or with {@code refresh} is read again in place: tags, notes and
 * highlights kept, highlights anchored again. Every
 * failure is reported by address and the rest goes on; an article is stored whole or not at all.
 */
public final class ClipService {

    private final WebArticles web;
    private final ImportService imports;
    private final ArticleStore articles;
    private final Rereading rereading;
    private final TagService tags;

    ClipService(WebArticles web, ImportService imports, ArticleStore articles, Rereading rereading, TagService tags) {
        this.web = web;
        this.imports = imports;
        this.articles = articles;
        this.rereading = rereading;
        this.tags = tags;
    }

    /**
     * Clips each address. {@code tagNames} are given to every article clipped, refreshed or found already stored.
     * The listener hears each address as it is decided (its location is the address) and may cancel between them.
     */
    public CaptureReport clip(List<String> urls, List<String> tagNames, boolean refresh, ImportListener listener) {
        CaptureTally tally = new CaptureTally();
        long done = 0;
        for (String url : urls) {
            if (listener.isCancelled()) {
                tally.cancelled = true;
                break;
            }
            listener.progress(done++, urls.size(), url);
            clipOne(url.strip(), tagNames, refresh, tally, listener);
        }
        listener.progress(done, urls.size(), "");
        return tally.report();
    }

    /** One address into the tally; returns the article it is now (new, refreshed or the stored duplicate), or 0. */
    long clipOne(String url, List<String> tagNames, boolean refresh, CaptureTally tally, ImportListener listener) {
        try {
            Optional<Long> stored = articles.idByUrl(List.of(url));
            if (stored.isPresent() && !refresh) return duplicate(url, stored.get(), tagNames, tally, listener);
            WebArticles.Read read = web.read(url);
            stored = stored.or(() -> articles.idByUrl(read.urls()));
            if (stored.isPresent()) {
                if (!refresh) return duplicate(url, stored.get(), tagNames, tally, listener);
                return refreshed(url, stored.get(), read.draft(), tagNames, tally, listener);
            }
            return store(url, read.draft(), List.of(), tagNames, tally, listener);
        } catch (CaptureException e) {
            reject(url, e.reason(), tally, listener);
        } catch (KlipingException e) {
            reject(url, e.getMessage(), tally, listener);
        }
        return 0;
    }

    /** Stores a draft read from {@code url} (with extra warnings), as an import would; returns its id, or 0. */
    long store(String url, ArticleDraft draft, List<String> extraWarnings, List<String> tagNames, CaptureTally tally,
               ImportListener listener) {
        ArticleDraft d = draft;
        if (!extraWarnings.isEmpty()) {
            List<String> all = new ArrayList<>(d.warnings());
            all.addAll(extraWarnings);
            d = d.withBody(d.paragraphs(), d.original(), d.originalText(), all);
        }
        long[] id = {0};
        ImportReport r = imports.importOutcomes(List.of(new ReadOutcome.Parsed(url, d)), new ImportListener() {
            @Override
            public void item(String location, Status status, long articleId, String message) {
                id[0] = articleId;
                listener.item(location, status, articleId, message);
            }

            @Override
            public void progress(long done, long total, String message) {
            }
        });
        tally.add(r);
        if (id[0] > 0) tag(id[0], tagNames);
        return id[0];
    }

    private long duplicate(String url, long id, List<String> tagNames, CaptureTally tally, ImportListener listener) {
        tally.duplicates++;
        tag(id, tagNames);
        listener.item(url, Status.DUPLICATE, id, articles.get(id).title());
        return id;
    }

    private long refreshed(String url, long id, ArticleDraft draft, List<String> tagNames, CaptureTally tally,
                           ImportListener listener) {
        Rereading.Outcome outcome = rereading.replace(id, draft);
        tally.refreshed++;
        tally.ids.add(id);
        for (String w : draft.warnings()) tally.warnings.add(new Problem(url, w));
        for (Annotation a : outcome.orphaned()) {
            tally.warnings.add(new Problem(url, "highlight " + a.id() + " could not be placed in the new text (orphaned): \""
                    + a.quote() + "\""));
        }
        tag(id, tagNames);
        listener.item(url, Status.IMPORTED, id, draft.title());
        return id;
    }

    void reject(String url, String reason, CaptureTally tally, ImportListener listener) {
        tally.rejected.add(new Problem(url, reason));
        listener.item(url, Status.REJECTED, 0, reason);
    }

    private void tag(long id, List<String> tagNames) {
        if (!tagNames.isEmpty()) tags.tag(List.of(id), tagNames, List.of());
    }
}
