package org.kliping.service;

import org.kliping.capture.CaptureException;
import org.kliping.domain.Annotation;
import org.kliping.domain.ArticleDraft;
import org.kliping.domain.KlipingException;
import org.kliping.service.ImportListener.Status;
import org.kliping.service.ImportReport.Problem;
import org.kliping.store.ArticleStore;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Clips web pages by address: each is fetched, read (its further pages followed and joined) and stored with its
 * address and original bytes, as an import stores a file. An address already in the archive (as asked, after
 * redirects, or canonical) is a duplicate, or with {@code refresh} is read again in place: tags, notes and
 * highlights kept, highlights anchored again. An address whose article is in the Trash is a duplicate that says so
 * (with the way back); a refresh takes it out of the Trash and reads it again. Every
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
        ClipBatch batch = newBatch();
        long done = 0;
        for (String url : urls) {
            if (listener.isCancelled()) {
                tally.cancelled = true;
                break;
            }
            listener.progress(done++, urls.size(), url);
            String failure = clipOne(url.strip(), tagNames, refresh, batch, tally, listener, id -> { });
            if (failure != null) reject(url.strip(), failure, tally, listener);
            if (batch.isFull()) batch.flush(tally, listener);
        }
        batch.flush(tally, listener);
        listener.progress(done, urls.size(), "");
        return tally.report();
    }

    ClipBatch newBatch() {
        return new ClipBatch(imports, tags);
    }

    /**
     * One address: a duplicate or a refresh is done at once, a new page is queued in {@code batch} ({@code onArticle}
     * hears its article id when it is stored, or at once for a duplicate or refresh).
     *
     * @return null when done or queued, else why the page could not be had (not reported: the caller decides)
     */
    String clipOne(String url, List<String> tagNames, boolean refresh, ClipBatch batch, CaptureTally tally,
                   ImportListener listener, LongConsumer onArticle) {
        try {
            Optional<Long> stored = articles.idByUrl(List.of(url));
            if (stored.isPresent() && !refresh) {
                onArticle.accept(duplicate(url, stored.get(), tagNames, tally, listener));
                return null;
            }
            if (stored.isEmpty() && batch.holdsAnyOf(List.of(url))) {
                tally.duplicates++;
                listener.item(url, Status.DUPLICATE, 0, "");
                return null;
            }
            WebArticles.Read read = web.read(url);
            stored = stored.or(() -> articles.idByUrl(read.urls()));
            if (stored.isPresent()) {
                onArticle.accept(refresh ? refreshed(url, stored.get(), read.draft(), tagNames, tally, listener)
                        : duplicate(url, stored.get(), tagNames, tally, listener));
                return null;
            }
            if (batch.holdsAnyOf(read.urls())) {
                tally.duplicates++;
                listener.item(url, Status.DUPLICATE, 0, read.draft().title());
                return null;
            }
            batch.add(url, read.urls(), read.draft(), tagNames, onArticle);
            return null;
        } catch (CaptureException e) {
            return e.reason();
        } catch (KlipingException e) {
            return e.getMessage();
        }
    }

    private long duplicate(String url, long id, List<String> tagNames, CaptureTally tally, ImportListener listener) {
        tally.duplicates++;
        if (articles.isTrashed(id)) {
            tally.trashed.add(new CaptureReport.Trashed(url, id));
            tally.warnings.add(new Problem(url, "clipped before as #" + id + ", which is in the Trash: `kliping undelete " + id
                    + "` (or Restore in the window's Trash) brings it back; `clip --refresh` brings it back read anew"));
        }
        tag(id, tagNames);
        listener.item(url, Status.DUPLICATE, id, articles.get(id).title());
        return id;
    }

    private long refreshed(String url, long id, ArticleDraft draft, List<String> tagNames, CaptureTally tally,
                           ImportListener listener) {
        if (articles.isTrashed(id)) articles.restore(List.of(id)); // asked for again: out of the Trash, read anew
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
