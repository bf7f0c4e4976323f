package org.kliping.service;

import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleDraft;
import org.kliping.domain.KlipingException;
import org.kliping.domain.ProgressListener;
import org.kliping.domain.StorageException;
import org.kliping.ingest.ArticleReaders;
import org.kliping.search.ArticleIndex;
import org.kliping.store.AnnotationStore;
import org.kliping.store.ArticleStore;
import org.kliping.store.DamageStore;
import org.kliping.store.DamageStore.Part;
import org.kliping.store.Database;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks an archive: SQLite's integrity check, every original against its SHA-256 and every article's text against the
 * checksum written with it and against a fresh reading of its original, that the index holds exactly the stored articles (after
 * letting it catch up, as every open does), and that anchored highlights still match their text. Repair first makes a
 * backup, then fixes what can be fixed from what is intact: the database's indexes, bodies read again from their
 * originals, a rebuilt index, re-anchored highlights; what it cannot restore it lists and notes.
 */
public final class CheckService {

    private final Database db;
    private final ArticleStore articles;
    private final AnnotationStore annotations;
    private final ArticleIndex index;
    private final IndexSync sync;
    private final BodyRereading bodies;

    /** Reading originals again: to compare with the stored bodies, and to put a body damaged on disk right. */
    record BodyRereading(ArticleReaders readers, Rereading rereading) {
    }

    CheckService(Database db, ArticleStore articles, AnnotationStore annotations, ArticleIndex index, IndexSync sync,
                 BodyRereading bodies) {
        this.db = db;
        this.articles = articles;
        this.annotations = annotations;
        this.index = index;
        this.sync = sync;
        this.bodies = bodies;
    }

    /** {@link #check(boolean, Path, ProgressListener)} with the repair's backup in its default place. */
    public CheckReport check(boolean repair, ProgressListener progress) {
        return check(repair, null, progress);
    }

    /**
     * @param backup where {@code repair} writes the backup it makes before changing anything; null: beside the archive
     *               folder, in {@link #defaultBackup}
     */
    public CheckReport check(boolean repair, Path backup, ProgressListener progress) {
        List<String> problems = new ArrayList<>();
        List<String> repairs = new ArrayList<>();
        String integrity = db.integrityCheck();
        if (!"ok".equals(integrity)) problems.add("database integrity: " + integrity);

        Content content;
        try {
            content = content();
        } catch (org.kliping.domain.ArchiveUnavailableException e) {
            if ("ok".equals(integrity)) throw e;
            // pages SQLite already reported: the rest of the report is still worth having
            content = new Content(List.of(), List.of(), List.of(), List.of(), 0, List.of(), Map.of(),
                    List.of("the stored articles cannot all be read: " + e.getMessage()));
        }
        problems.addAll(content.problems());

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

        List<Annotation> drifted = driftedHighlights();
        if (!drifted.isEmpty()) {
            problems.add(drifted.size() + " highlight(s) no longer match their text: "
                    + head(drifted.stream().map(Annotation::id).toList()));
        }

        Path madeBackup = null;
        if (repair && !problems.isEmpty()) {
            madeBackup = backUpBeforeRepair(backup);
            if (!"ok".equals(integrity)) repairDatabaseIndexes(integrity, problems, repairs);
            repairContent(content, problems, repairs);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                sync.rebuild(progress);
                repairs.add("rebuilt the index from the store (" + articles.allIds().size() + " articles)");
                for (var e : sync.refusedArticles().entrySet()) {
                    problems.add("could not repair: article #" + e.getKey() + " is still not indexed: " + e.getValue());
                }
            }
            repairHighlights(drifted, repairs);
        }
        return new CheckReport(integrity, stored.size(), repair ? index.count() : indexed.size(), missing, extra,
                drifted.stream().map(Annotation::id).toList(), annotations.orphans(), content.damagedOriginals(), problems,
                repairs, content.garbledBodies(), content.editedArticles(), content.bodiesUnlikeOriginal(),
                content.bodiesCompared(), content.knownDamage(), madeBackup);
    }

    /** What the stored originals and bodies are worth, and the bodies a repair can read again from their originals. */
    private record Content(List<Long> damagedOriginals, List<Long> garbledBodies, List<Long> editedArticles,
                           List<Long> bodiesUnlikeOriginal, int bodiesCompared, List<Long> knownDamage,
                           Map<Long, ArticleDraft> restorable, List<String> problems) {
    }

    private Content content() {
        DamageStore damage = new DamageStore(db);
        List<Long> edited = new ArrayList<>();
        List<Long> unlike = new ArrayList<>();
        Map<Long, ArticleDraft> restorable = new TreeMap<>();
        int[] compared = {0};
        List<StoredContentCheck.Finding> found = StoredContentCheck.scan(damage, (c, originalIntact, bodyIntact) -> {
            if (c.editedAt() != null) {
                edited.add(c.id()); // corrected by hand: on purpose no longer what its original reads as
                return;
            }
            if (!originalIntact) return;
            var fresh = bodies.readers().readStoredOriginal(c.original(), c.originName()).map(MetadataLimits::apply);
            if (fresh.isEmpty()) return; // read only with others (paper, a whole export), or no longer readable alone
            compared[0]++;
            if (!bodyIntact) restorable.put(c.id(), fresh.get());
            else if (!fresh.get().body().equals(c.body())) unlike.add(c.id());
        });
        List<Long> originals = found.stream().filter(f -> f.part() == Part.ORIGINAL).map(StoredContentCheck.Finding::articleId).toList();
        List<Long> garbled = found.stream().filter(f -> f.part() == Part.TEXT).map(StoredContentCheck.Finding::articleId).toList();
        List<Long> known = damage.known().keySet().stream().sorted().toList();
        List<String> problems = new ArrayList<>();
        for (Long id : originals) {
            problems.add("article #" + id + ": its original no longer matches its SHA-256 (the bytes were damaged);"
                    + " restore the archive from a backup made before the damage"
                    + (known.contains(id) ? " (noted by an earlier repair)" : ""));
        }
        for (Long id : garbled) {
            problems.add("article #" + id + ": its text (title, lede, body ...) no longer matches the checksum written with it ("
                    + (restorable.containsKey(id) ? "the bytes were damaged; 'kliping check --repair' reads it again from its intact original)"
                    : edited.contains(id) ? "the bytes were damaged, and it was corrected by hand: restore a backup made before the damage)"
                    : "the bytes were damaged; restore a backup made before the damage)"));
        }
        return new Content(originals, garbled, edited, unlike, compared[0], known, restorable, problems);
    }

    private void repairContent(Content content, List<String> problems, List<String> repairs) {
        DamageStore damage = new DamageStore(db);
        for (var e : content.restorable().entrySet()) {
            try {
                bodies.rereading().restore(e.getKey(), e.getValue());
                repairs.add("article #" + e.getKey() + ": read its text again from its intact original");
            } catch (KlipingException ex) {
                damage.note(e.getKey(), Part.TEXT);
                problems.add("could not repair: article #" + e.getKey() + ": " + ex.getMessage());
            }
        }
        List<Long> notRestored = new ArrayList<>(content.damagedOriginals());
        for (Long id : content.garbledBodies()) {
            if (!content.restorable().containsKey(id)) {
                damage.note(id, Part.TEXT);
                notRestored.add(id);
            }
        }
        content.damagedOriginals().forEach(id -> damage.note(id, Part.ORIGINAL));
        if (!notRestored.isEmpty()) {
            problems.add("could not repair: " + notRestored.size() + " damaged original(s) or bodies " + head(notRestored)
                    + " (nothing intact to restore them from inside the archive; restore a backup made before the damage"
                    + " into a new folder with 'kliping restore' to get them back). Noted: the archive can be written again,"
                    + " and 'kliping check' keeps listing them");
        }
    }

    /** A damaged index of the database (a row missing from it) is rebuilt from its table; other damage is not touched. */
    private void repairDatabaseIndexes(String integrity, List<String> problems, List<String> repairs) {
        boolean indexesOnly = integrity.lines().allMatch(l -> l.matches("(?i)(row \\d+ missing from index|wrong # of entries in index"
                + "|non-unique entry in index) .*"));
        if (!indexesOnly) {
            problems.add("could not repair: the database's pages are damaged (" + integrity.lines().findFirst().orElse("")
                    + "); restore a backup with 'kliping restore'");
            return;
        }
        db.reindex();
        String after = db.integrityCheck();
        if ("ok".equals(after)) repairs.add("rebuilt the database's own indexes from its tables (REINDEX); integrity ok");
        else problems.add("could not repair: database integrity after REINDEX: " + after);
    }

    private Path backUpBeforeRepair(Path backup) {
        Path target = backup != null ? backup : defaultBackup(db.file().toAbsolutePath().getParent());
        try {
            BackupService.backup(db.file().getParent(), target);
            return target;
        } catch (KlipingException e) {
            throw new StorageException("'check --repair' makes a backup before it changes anything, and it could not: "
                    + e.getMessage() + "; nothing was repaired. Name another place with --backup FILE.", e);
        }
    }

    /** Beside the archive folder: {@code <parent>/<name>-backups/<name>-before-repair-<time>.db}. */
    static Path defaultBackup(Path archiveDir) {
        String name = archiveDir.getFileName() == null ? "archive" : archiveDir.getFileName().toString();
        String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path parent = archiveDir.getParent() == null ? archiveDir : archiveDir.getParent();
        return parent.resolve(name + "-backups").resolve(name + "-before-repair-" + time + ".db");
    }

    private List<Annotation> driftedHighlights() {
        List<Annotation> drifted = new ArrayList<>();
        for (Annotation a : annotations.all()) {
            if (a.state() != AnchorState.ANCHORED) continue;
            Article art = articles.find(a.articleId()).orElse(null);
            String body = art == null ? "" : art.body();
            if (a.end() > body.length() || !body.startsWith(a.quote(), a.start())) drifted.add(a);
        }
        return drifted;
    }

    private void repairHighlights(List<Annotation> drifted, List<String> repairs) {
        if (drifted.isEmpty()) return;
        List<Annotation> fixed = new ArrayList<>();
        for (Annotation a : drifted) {
            // a body read again by this repair may hold the quote again: anchored to the body as it is now
            Article art = articles.find(a.articleId()).orElse(null);
            fixed.add(Anchoring.reanchor(a, art == null ? "" : art.body()));
        }
        annotations.updateAll(fixed);
        long orphaned = fixed.stream().filter(a -> a.state() == AnchorState.ORPHANED).count();
        repairs.add("re-anchored " + (fixed.size() - orphaned) + " highlight(s), " + orphaned + " became orphans");
    }

    /** Why each of these stored articles is not in the index, when that is known or can be found out now. */
    private Map<Long, String> notIndexable(List<Long> missing) {
        Map<Long, String> out = new TreeMap<>();
        Map<Long, String> known = sync.refusedArticles();
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
