package org.kliping.service;

import org.kliping.domain.Article;
import org.kliping.domain.ArticleDraft;
import org.kliping.domain.KlipingException;
import org.kliping.domain.ProgressListener;
import org.kliping.ingest.ArticleReaders;
import org.kliping.ingest.ReadOutcome;
import org.kliping.service.ImportReport.Problem;
import org.kliping.store.ArticleStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads stored articles again from their originals with the current readers (after an upgrade that reads pages
 * better), in place: tags, notes and reading state kept, highlights anchored again, those that cannot be placed listed.
 */
public final class RereadService {

    /** A stored article's highlight that reading it again could not place. */
    public record Orphan(long articleId, long annotationId, String quote) {
    }

    /** What {@link #reread} did: articles changed, unchanged, failures by {@code #id}, highlights orphaned. */
    public record RereadReport(int reread, int unchanged, List<Problem> rejected, List<Orphan> orphaned, boolean cancelled) {
    }

    private final ArticleReaders readers;
    private final ArticleStore articles;
    private final Rereading rereading;

    RereadService(ArticleReaders readers, ArticleStore articles, Rereading rereading) {
        this.readers = readers;
        this.articles = articles;
        this.rereading = rereading;
    }

    /**
     * Reads stored articles again from their originals with the current readers (after an upgrade), keeping tags,
     * notes and highlights (anchored again; those that cannot be placed are listed). No ids means every article.
     */
    public RereadReport reread(List<Long> ids, ProgressListener listener) {
        List<Long> todo = ids.isEmpty() ? articles.allIds() : ids;
        int changed = 0;
        int unchanged = 0;
        List<Problem> rejected = new ArrayList<>();
        List<Orphan> orphans = new ArrayList<>();
        long done = 0;
        for (long id : todo) {
            if (listener.isCancelled()) return new RereadReport(changed, unchanged, rejected, orphans, true);
            listener.progress(done++, todo.size(), "#" + id);
            try {
                Article a = articles.get(id);
                ReadOutcome outcome = readers.readAgain(articles.original(id), a.originName());
                if (outcome instanceof ReadOutcome.Rejected r) {
                    rejected.add(new Problem("#" + id, r.reason()));
                    continue;
                }
                ArticleDraft draft = ((ReadOutcome.Parsed) outcome).draft();
                if (a.url() != null && !a.url().equals(draft.url()) && draft.url() != null && draft.url().equals(a.originName())) {
                    draft = draft.withUrl(a.url()); // an address edited by hand is kept over the page's own
                }
                Rereading.Outcome o = rereading.replace(id, draft);
                if (o.changed()) changed++;
                else unchanged++;
                o.orphaned().forEach(an -> orphans.add(new Orphan(id, an.id(), an.quote())));
            } catch (KlipingException e) {
                rejected.add(new Problem("#" + id, e.getMessage()));
            }
        }
        listener.progress(done, todo.size(), "");
        return new RereadReport(changed, unchanged, rejected, orphans, false);
    }
}
