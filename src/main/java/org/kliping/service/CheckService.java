package org.kliping.service;

import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ProgressListener;
import org.kliping.search.ArticleIndex;
import org.kliping.store.AnnotationStore;
import org.kliping.store.ArticleStore;
import org.kliping.store.Database;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an archive: SQLite's integrity check, that the index holds exactly the stored articles (after
 * letting it catch up, as every open does), and that anchored highlights still match their text.
 * Repair fixes what can be fixed from the store: a rebuilt index, re-anchored highlights.
 */
public final class CheckService {

    private final Database db;
    private final ArticleStore articles;
    private final AnnotationStore annotations;
    private final ArticleIndex index;
    private final IndexSync sync;

    CheckService(Database db, ArticleStore articles, AnnotationStore annotations, ArticleIndex index, IndexSync sync) {
        this.db = db;
        this.articles = articles;
        this.annotations = annotations;
        this.index = index;
        this.sync = sync;
    }

    public CheckReport check(boolean repair, ProgressListener progress) {
        List<String> problems = new ArrayList<>();
        List<String> repairs = new ArrayList<>();
        String integrity = db.integrityCheck();
        if (!"ok".equals(integrity)) problems.add("database integrity: " + integrity);

        List<Long> damagedOriginals = new ArrayList<>();
        articles.forEachOriginal((id, original, sha256) -> {
            if (original == null || !ContentKeys.sha256(original).equalsIgnoreCase(String.valueOf(sha256))) damagedOriginals.add(id);
        });
        for (Long id : damagedOriginals) {
            problems.add("article #" + id + ": its original no longer matches its SHA-256 (the bytes were damaged);"
                    + " restore the archive from a backup made before the damage");
        }
        if (repair && !damagedOriginals.isEmpty()) {
            problems.add("could not repair: " + damagedOriginals.size() + " damaged original(s) " + head(damagedOriginals)
                    + " (nothing intact to restore them from inside the archive)");
        }

        sync.catchUp(progress);
        Set<Long> stored = new HashSet<>(articles.allIds());
        Set<Long> indexed = index.allIds();
        List<Long> missing = stored.stream().filter(id -> !indexed.contains(id)).sorted().toList();
        List<Long> extra = indexed.stream().filter(id -> !stored.contains(id)).sorted().toList();
        if (!missing.isEmpty()) problems.add(missing.size() + " stored article(s) missing from the index: " + head(missing));
        for (var e : notIndexable(missing).entrySet()) {
            problems.add("article #" + e.getKey() + " cannot be indexed: " + e.getValue());
        }
        if (!extra.isEmpty()) problems.add(extra.size() + " indexed article(s) not in the store: " + head(extra));
        if (repair && (!missing.isEmpty() || !extra.isEmpty())) {
            sync.rebuild(progress);
            repairs.add("rebuilt the index from the store (" + stored.size() + " articles)");
            for (var e : sync.refusedArticles().entrySet()) {
                problems.add("could not repair: article #" + e.getKey() + " is still not indexed: " + e.getValue());
            }
        }

        List<Long> drifted = new ArrayList<>();
        List<Annotation> fixed = new ArrayList<>();
        for (Annotation a : annotations.all()) {
            if (a.state() != AnchorState.ANCHORED) continue;
            Article art = articles.find(a.articleId()).orElse(null);
            String body = art == null ? "" : art.body();
            if (a.end() > body.length() || !body.startsWith(a.quote(), a.start())) {
                drifted.add(a.id());
                if (repair) fixed.add(Anchoring.reanchor(a, body));
            }
        }
        if (!drifted.isEmpty()) problems.add(drifted.size() + " highlight(s) no longer match their text: " + head(drifted));
        if (repair && !fixed.isEmpty()) {
            annotations.updateAll(fixed);
            long orphaned = fixed.stream().filter(a -> a.state() == AnchorState.ORPHANED).count();
            repairs.add("re-anchored " + (fixed.size() - orphaned) + " highlight(s), " + orphaned + " became orphans");
        }
        return new CheckReport(integrity, stored.size(), repair ? index.count() : indexed.size(), missing, extra, drifted,
                annotations.orphans(), damagedOriginals, problems, repairs);
    }

    /** Why each of these stored articles is not in the index, when that is known or can be found out now. */
    private java.util.Map<Long, String> notIndexable(List<Long> missing) {
        java.util.Map<Long, String> out = new java.util.TreeMap<>();
        java.util.Map<Long, String> known = sync.refusedArticles();
        for (Long id : missing) {
            if (known.containsKey(id)) {
                out.put(id, known.get(id));
                continue;
            }
            try {
                sync.entries(List.of(id));
            } catch (org.kliping.domain.ArchiveUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                out.put(id, "it cannot be read from the store: " + e);
            }
        }
        return out;
    }

    private static String head(List<Long> ids) {
        List<Long> h = ids.size() > 10 ? ids.subList(0, 10) : ids;
        return h + (ids.size() > 10 ? " ..." : "");
    }
}
