package org.kliping.service;

import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleDraft;
import org.kliping.domain.ProgressListener;
import org.kliping.ingest.NearDuplicates;
import org.kliping.store.AnnotationStore;
import org.kliping.store.ArticleStore;
import org.kliping.store.ArticleStore.NewArticle;
import org.kliping.store.Database;

import java.util.List;
import java.util.Optional;

/**
 * Puts what a new reading of an article gave in place of the old (a page clipped again with {@code --refresh}, an
 * original read again after an upgrade): its id, import time, reading state, tags and notes stay, and its highlights
 * are anchored again in the new body ({@link Anchoring}) in the same transaction; those that cannot be placed
 * become orphans, quote and note kept.
 */
final class Rereading {

    /** What replacing did: whether anything changed, and the highlights now orphaned. */
    record Outcome(boolean changed, List<Annotation> orphaned) {
    }

    private final Database db;
    private final ArticleStore articles;
    private final AnnotationStore annotations;
    private final IndexSync sync;

    Rereading(Database db, ArticleStore articles, AnnotationStore annotations, IndexSync sync) {
        this.db = db;
        this.articles = articles;
        this.annotations = annotations;
        this.sync = sync;
    }

    /**
     * Replaces article {@code id}'s reading with {@code draft}.
     *
     * @throws org.kliping.domain.InvalidInputException when the new reading is the text of another stored article
     */
    Outcome replace(long id, ArticleDraft fresh) {
        return replace(id, fresh, false);
    }

    /** Puts a fresh reading of an intact original in place of text damaged on disk, even where it looks the same. */
    Outcome restore(long id, ArticleDraft fresh) {
        return replace(id, fresh, true);
    }

    private Outcome replace(long id, ArticleDraft fresh, boolean always) {
        ArticleDraft draft = MetadataLimits.apply(fresh);
        Article old = articles.get(id);
        String body = draft.body();
        String key = ContentKeys.contentKey(draft.title(), body);
        String sha = ContentKeys.sha256(draft.original());
        if (!always && sha.equals(old.sha256()) && body.equals(old.body()) && draft.title().equals(old.title())
                && java.util.Objects.equals(draft.published(), old.published()) && java.util.Objects.equals(draft.url(), old.url())) {
            return new Outcome(false, List.of());
        }
        Optional<Long> other = articles.idByContentKey(key).filter(o -> o != id);
        if (other.isPresent()) {
            throw new org.kliping.domain.InvalidInputException("article " + id + " read again is the same text as article "
                    + other.get() + "; left as it was");
        }
        NewArticle replacement = new NewArticle(draft, sha, key, NearDuplicates.sketch(body), old.importedAt(), body);
        List<Annotation> moved = annotations.forArticle(id).stream().map(a -> Anchoring.reanchor(a, body)).toList();
        db.transaction(() -> {
            articles.replaceReading(id, replacement);
            annotations.updateAll(moved);
        });
        sync.catchUp(ProgressListener.NONE);
        return new Outcome(true, moved.stream().filter(a -> a.state() == AnchorState.ORPHANED).toList());
    }
}
