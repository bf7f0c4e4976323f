package org.kliping.store;

import org.kliping.domain.Article;
import org.kliping.domain.ArticleDraft;
import org.kliping.domain.ArticleListing;
import org.kliping.domain.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleStoreTest {

    @TempDir
    Path dir;
    Database db;
    ArticleStore store;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("k.db"));
        store = new ArticleStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void insertKeepsEveryFieldAndTheOriginalBytes() {
        long id = store.insert(StoreFixtures.article("Judul Berita", "Antara", "Paragraf satu.", "Paragraf dua."));
        Article a = store.get(id);
        assertThat(a.title()).isEqualTo("Judul Berita");
        assertThat(a.source()).isEqualTo("Antara");
        assertThat(a.place()).isEqualTo("Jakarta");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(a.body()).isEqualTo("Paragraf satu.\n\nParagraf dua.");
        assertThat(a.paragraphs()).containsExactly("Paragraf satu.", "Paragraf dua.");
        assertThat(a.lede()).isEqualTo("Paragraf satu.");
        assertThat(a.sha256()).isEqualTo("sha-Judul Berita");
        assertThat(a.originName()).isEqualTo("Judul Berita.txt");
        assertThat(new String(store.original(id), StandardCharsets.UTF_8)).startsWith("Judul Berita\n\nParagraf satu.");
    }

    @Test
    void bodiesAreReadWhileAnotherThreadHoldsAWriteTransaction() throws Exception {
        long id = store.insert(StoreFixtures.article("Judul", "Antara", "Paragraf satu."));
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread writer = new Thread(() -> db.transaction(() -> {
            store.insert(StoreFixtures.article("Belum", "Antara", "Belum tersimpan."));
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        writer.start();
        try {
            assertThat(inside.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            // the writer holds the database's lock: a read on that connection would wait for it
            var read = java.util.concurrent.CompletableFuture.supplyAsync(() -> store.bodies(List.of(id, id + 1)));
            assertThat(read.get(10, java.util.concurrent.TimeUnit.SECONDS))
                    .as("the last commit, not the open transaction's row")
                    .containsOnly(java.util.Map.entry(id, "Paragraf satu."));
        } finally {
            release.countDown();
            writer.join();
        }
        assertThat(store.bodies(List.of(id + 1))).containsEntry(id + 1, "Belum tersimpan.");
        assertThat(store.bodies(List.of())).isEmpty();
    }

    @Test
    void importTimesAndDatesReadBackAsStoredWhenABatchSharesOneInstantOrNot() {
        Instant shared = Instant.parse("2025-05-01T10:00:00.123456789Z");
        Instant other = Instant.parse("2025-05-01T10:00:01Z");
        List<Instant> times = List.of(shared, shared, other, shared, Instant.parse("1969-12-31T23:59:59.5Z"));
        List<LocalDate> dates = List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 12, 31), LocalDate.of(1999, 1, 1),
                LocalDate.of(10000, 1, 1), LocalDate.of(2025, 4, 28));
        List<ArticleStore.NewArticle> batch = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            var f = StoreFixtures.article("T" + i, "X", "waktu " + i + ".");
            var d = f.draft();
            var dated = new ArticleDraft(d.externalId(), d.title(), d.titleDerived(), d.lede(), d.paragraphs(), d.source(),
                    d.place(), dates.get(i), d.publishedText(), d.url(), d.language(), d.originName(), d.original(),
                    d.originalText(), d.warnings());
            batch.add(new ArticleStore.NewArticle(dated, f.sha256(), f.contentKey(), f.sketch(), times.get(i)));
        }
        List<Long> ids = store.insertAll(batch).ids();
        List<Article> read = store.getAll(ids);
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            assertThat(read.get(i).importedAt()).isEqualTo(times.get(i));
            assertThat(read.get(i).published()).isEqualTo(dates.get(i));
            java.util.Optional<String> stored = db.call(c -> Rows.one(c, "SELECT imported_at FROM article WHERE id = ?",
                    rs -> rs.getString(1), id));
            assertThat(stored).contains(times.get(i).toString()); // the stored text is Instant.toString, as before
        }
    }

    @Test
    void theBodyACallerJoinedIsStoredAndOtherwiseTheDraftsBody() {
        var f = StoreFixtures.article("Badan", "X", "Satu.", "Dua.");
        assertThat(f.body()).isEqualTo("Satu.\n\nDua.");
        var joined = new ArticleStore.NewArticle(f.draft(), f.sha256(), f.contentKey(), f.sketch(), f.importedAt(),
                f.draft().body());
        assertThat(joined).isEqualTo(f);
        assertThat(store.get(store.insert(joined)).body()).isEqualTo("Satu.\n\nDua.");
    }

    @Test
    void batchInsertUsesAContiguousRangeOfSequences() {
        long before = store.currentSequence();
        ArticleStore.Inserted ins = store.insertAll(List.of(StoreFixtures.article("A", "X", "a."),
                StoreFixtures.article("B", "Y", "b.")));
        assertThat(ins.ids()).hasSize(2);
        assertThat(ins.firstSequence()).isEqualTo(before + 1);
        assertThat(ins.lastSequence()).isEqualTo(before + 2);
        assertThat(store.changedSince(before)).containsExactlyElementsOf(ins.ids());
    }

    @Test
    void duplicateContentKeyIsFoundAndCannotBeInsertedTwice() {
        long id = store.insert(StoreFixtures.article("A", "X", "a."));
        assertThat(store.idByContentKey("key-A")).contains(id);
        assertThat(store.idByContentKey("nope")).isEmpty();
        assertThatThrownBy(() -> store.insert(StoreFixtures.article("A", "X", "a.")))
                .hasMessageContaining("UNIQUE");
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void listSortsFiltersAndPages() {
        long a = store.insert(StoreFixtures.article("Beta", "Kompas", "b."));
        long b = store.insert(StoreFixtures.article("alpha", "Antara", "a."));
        long c = store.insert(StoreFixtures.article("Gamma", "Kompas", "c."));
        assertThat(store.list(ArticleListing.all()).stream().map(Article::id)).containsExactly(c, b, a);
        var byTitle = new ArticleListing(null, null, false, false, ArticleListing.Sort.TITLE, false, 0, 0);
        assertThat(store.list(byTitle).stream().map(Article::title)).containsExactly("alpha", "Beta", "Gamma");
        assertThat(store.list(byTitle.page(1, 1)).stream().map(Article::title)).containsExactly("Beta");
        var kompas = new ArticleListing(null, "kompas", false, false, ArticleListing.Sort.TITLE, false, 0, 0);
        assertThat(store.list(kompas).stream().map(Article::id)).containsExactly(a, c);
        assertThat(store.count(kompas)).isEqualTo(2);
        assertThat(store.sourceCounts()).containsEntry("Kompas", 2L).containsEntry("Antara", 1L);
    }

    @Test
    void starredAndUnreadFilters() {
        long a = store.insert(StoreFixtures.article("A", "X", "a."));
        long b = store.insert(StoreFixtures.article("B", "X", "b."));
        long seq = store.currentSequence();
        store.setStarred(a, true);
        store.setRead(b, true);
        assertThat(store.changedSince(seq)).as("reading state is not indexed: no re-indexing").isEmpty();
        var starred = new ArticleListing(null, null, true, false, null, true, 0, 0);
        var unread = new ArticleListing(null, null, false, true, null, true, 0, 0);
        assertThat(store.list(starred).stream().map(Article::id)).containsExactly(a);
        assertThat(store.list(unread).stream().map(Article::id)).containsExactly(a);
        assertThat(store.get(a).starred()).isTrue();
        assertThat(store.get(b).read()).isTrue();
    }

    @Test
    void updateChangesFieldsAndStampsTheArticle() {
        long id = store.insert(StoreFixtures.article("A", "X", "a."));
        long seq = store.currentSequence();
        Article a = store.get(id);
        store.update(new Article(id, null, "Baru", false, "p.", "p.\n\nq.", "Tempo", null, null, "Senin (28/4)", null,
                "id", a.originName(), a.importedAt(), a.sha256(), false, false));
        Article u = store.get(id);
        assertThat(u.title()).isEqualTo("Baru");
        assertThat(u.source()).isEqualTo("Tempo");
        assertThat(u.place()).isNull();
        assertThat(u.published()).isNull();
        assertThat(u.publishedText()).isEqualTo("Senin (28/4)");
        assertThat(u.body()).isEqualTo("p.\n\nq.");
        assertThat(store.changedSince(seq)).containsExactly(id);
        assertThat(new String(store.original(id), StandardCharsets.UTF_8)).contains("a.");
    }

    @Test
    void deleteLeavesATombstone() {
        long id = store.insert(StoreFixtures.article("A", "X", "a."));
        long seq = store.currentSequence();
        store.delete(id);
        assertThat(store.find(id)).isEmpty();
        assertThat(store.deletedSince(seq)).containsExactly(id);
        assertThatThrownBy(() -> store.get(id)).isInstanceOf(NotFoundException.class).hasMessageContaining("article " + id);
        assertThatThrownBy(() -> store.delete(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void getAllKeepsTheOrderAskedAndSkipsMissing() {
        long a = store.insert(StoreFixtures.article("A", "X", "a."));
        long b = store.insert(StoreFixtures.article("B", "X", "b."));
        assertThat(store.getAll(List.of(b, 999L, a)).stream().map(Article::id)).containsExactly(b, a);
        assertThat(store.allIds()).containsExactly(a, b);
    }

    @Test
    void insertWithIdRestoresIdAndFlags() {
        store.insertWithId(77, StoreFixtures.article("A", "X", "a."), true, true);
        Article a = store.get(77);
        assertThat(a.starred()).isTrue();
        assertThat(a.read()).isTrue();
    }

    @Test
    void nearDuplicatesAreLinkedBothWays() {
        long a = store.insert(StoreFixtures.article("A", "X", "a."));
        long b = store.insert(StoreFixtures.article("B", "Y", "b."));
        store.linkNearDuplicates(List.of(new long[] {a, b}));
        assertThat(store.nearDuplicates(a)).containsExactly(b);
        assertThat(store.nearDuplicates(b)).containsExactly(a);
        var c = StoreFixtures.article("C", "Z", "c.");
        long cid = store.insert(new ArticleStore.NewArticle(c.draft(), c.sha256(), c.contentKey(), new long[] {3L}, c.importedAt()));
        assertThat(candidates(a, new long[] {1L, 2L}, 2, 5)).containsExactly(b);
        assertThat(candidates(cid, new long[] {3L}, 1, 5)).isEmpty();
        assertThat(candidates(b, new long[] {3L}, 1, 5)).containsExactly(cid);
        assertThat(candidates(b, new long[] {1L, 3L}, 2, 5)).as("only one hash shared").isEmpty();
        assertThat(candidates(cid, new long[] {1L, 2L}, 2, 1)).as("limited").containsExactly(a);
    }

    @Test
    void deletingAnArticleTakesItsLinksBothWaysAndALinkToAGoneArticleIsNotMade() {
        long a = store.insert(StoreFixtures.article("A", "X", "a."));
        long b = store.insert(StoreFixtures.article("B", "Y", "b."));
        long c = store.insert(StoreFixtures.article("C", "Z", "c."));
        store.linkNearDuplicates(List.of(new long[] {a, b}, new long[] {b, c}, new long[] {a, c}));
        store.delete(b);
        assertThat(store.nearDuplicates(a)).containsExactly(c);
        assertThat(store.nearDuplicates(c)).containsExactly(a);
        int rows = db.call(conn -> Rows.one(conn, "SELECT count(*) FROM near_duplicate WHERE ? IN (article_id, other_id)",
                rs -> rs.getInt(1), b).orElseThrow());
        assertThat(rows).isZero();
        store.linkNearDuplicates(List.of(new long[] {a, 999L}, new long[] {b, c}));
        assertThat(store.nearDuplicates(a)).containsExactly(c);
        assertThat(store.nearDuplicates(c)).containsExactly(a);
    }

    @Test
    void liveBodiesKeepTheOrderAskedAndLeaveOutTheTrashAndTheMissing() {
        long a = store.insert(StoreFixtures.article("A", "X", "isi a."));
        long b = store.insert(StoreFixtures.article("B", "Y", "isi b."));
        long c = store.insert(StoreFixtures.article("C", "Z", "isi c."));
        store.trash(List.of(b), java.time.Instant.parse("2026-01-01T00:00:00Z"));
        var bodies = store.liveBodies(List.of(c, 999L, b, a));
        assertThat(bodies.keySet()).containsExactly(c, a);
        assertThat(bodies.get(a)).isEqualTo(store.get(a).body());
    }

    private List<Long> candidates(long id, long[] sketch, int minShared, int limit) {
        return store.nearDuplicateCandidates(java.util.Map.of(id, sketch), minShared, limit).getOrDefault(id, List.of());
    }

    @Test
    void everySortableColumnIsReadThroughAnIndexNotSorted() {
        for (ArticleListing.Sort sort : ArticleListing.Sort.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                ListingSql sql = ListingSql.of(new ArticleListing(null, null, false, false, sort, descending, 200, 1000));
                List<String> rows = db.call(c -> Rows.list(c,
                        "EXPLAIN QUERY PLAN SELECT a.id FROM article a" + sql.where() + sql.orderAndPage(),
                        rs -> rs.getString("detail"), sql.params()));
                String plan = String.join("\n", rows);
                assertThat(plan).as(sort + (descending ? " desc" : " asc")).doesNotContain("TEMP B-TREE");
            }
        }
    }

    @Test
    void theSketchIndexKeptInMemoryStaysTrueThroughInsertsDeletionsAndRestores() {
        java.util.Random random = new java.util.Random(29);
        java.util.Map<Long, long[]> all = new java.util.LinkedHashMap<>();
        java.util.function.IntConsumer insertSome = n -> {
            for (int i = 0; i < n; i++) {
                long[] sketch = random.longs(8, 0, 20).distinct().toArray();
                var f = StoreFixtures.article("K" + all.size() + "-" + i, "Y", "kept " + all.size() + " " + i + ".");
                all.put(store.insert(new ArticleStore.NewArticle(f.draft(), f.sha256(), f.contentKey(), sketch, f.importedAt())), sketch);
            }
        };
        insertSome.accept(60);
        assertThat(candidates(-1, new long[] {1L, 2L, 3L}, 1, 5)).isNotEmpty(); // the index is read here
        insertSome.accept(60); // added to the index as they are stored
        List<Long> ids = List.copyOf(all.keySet());
        for (int i = 0; i < 100; i += 10) {
            store.delete(ids.get(i));
            all.remove(ids.get(i));
        }
        assertThat(candidates(-1, new long[] {1L, 2L, 3L}, 1, 1000)).doesNotContain(ids.get(0), ids.get(10));
        var r = StoreFixtures.article("Restored", "Y", "restored.");
        long[] restoredSketch = {1L, 2L, 3L, 4L};
        store.insertWithId(ids.get(0), new ArticleStore.NewArticle(r.draft(), r.sha256(), r.contentKey(), restoredSketch,
                r.importedAt()), false, false); // an id below the newest
        all.put(ids.get(0), restoredSketch);

        ArticleStore fresh = new ArticleStore(db); // reads the table from scratch
        for (var e : all.entrySet()) {
            var expected = expectedCandidates(all, e.getKey(), e.getValue());
            assertThat(candidates(e.getKey(), e.getValue(), 3, 5)).as("article %d", e.getKey()).isEqualTo(expected);
            assertThat(fresh.nearDuplicateCandidates(java.util.Map.of(e.getKey(), e.getValue()), 3, 5)
                    .getOrDefault(e.getKey(), List.of())).as("article %d, fresh", e.getKey()).isEqualTo(expected);
        }
    }

    @Test
    void aHashThousandsShareIsReadOnlyForItsNewestArticlesWhileRarerHashesStillFindTheCopy() {
        var a = StoreFixtures.article("Old", "X", "old copy.");
        long old = store.insert(new ArticleStore.NewArticle(a.draft(), a.sha256(), a.contentKey(), new long[] {5L, 6L, 7L, 8L}, a.importedAt()));
        for (int i = 0; i < SketchLookup.MAX_ARTICLES_PER_HASH + 10; i++) {
            var f = StoreFixtures.article("F" + i, "Y", "filler " + i + ".");
            store.insert(new ArticleStore.NewArticle(f.draft(), f.sha256(), f.contentKey(), new long[] {5L}, f.importedAt()));
        }
        assertThat(candidates(-1, new long[] {5L, 6L, 7L, 8L}, 3, 5)).containsExactly(old);
        assertThat(candidates(-1, new long[] {5L}, 1, 1000)).hasSize(SketchLookup.MAX_ARTICLES_PER_HASH);
    }

    @Test
    void aBatchLookupFindsWhatCountingSharedHashesAmongEachHashsNewestArticlesFinds() {
        java.util.Random random = new java.util.Random(13);
        java.util.Map<Long, long[]> all = new java.util.LinkedHashMap<>();
        java.util.Map<Long, long[]> asked = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 150; i++) {
            long[] sketch = random.longs(8, 0, 20).distinct().toArray(); // ~60 articles per hash: above the cap
            var f = StoreFixtures.article("S" + i, "Y", "sketch " + i + ".");
            long id = store.insert(new ArticleStore.NewArticle(f.draft(), f.sha256(), f.contentKey(), sketch, f.importedAt()));
            all.put(id, sketch);
            if (i % 3 == 0) asked.put(id, sketch);
        }
        var batch = store.nearDuplicateCandidates(asked, 3, 5);
        assertThat(batch).isNotEmpty();
        asked.forEach((id, sketch) -> assertThat(batch.getOrDefault(id, List.of())).as("article %d", id)
                .isEqualTo(expectedCandidates(all, id, sketch)));
    }

    /** Thousands of distinct hashes added after the index was read: its tables grow while the store is used. */
    @Test
    void theSketchIndexGrowsPastItsFirstSizeAndStillFindsWhatTheRuleFinds() {
        assertThat(candidates(-1, new long[] {1L}, 1, 5)).isEmpty(); // read now, while the archive is empty
        java.util.Random random = new java.util.Random(41);
        java.util.Map<Long, long[]> all = new java.util.LinkedHashMap<>();
        for (int round = 0; round < 2; round++) {
            List<ArticleStore.NewArticle> batch = new ArrayList<>();
            List<long[]> sketches = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                long[] sketch = random.longs(8, -1500, 1500).distinct().toArray(); // ~3,000 hashes, 4,000 entries
                var f = StoreFixtures.article("G" + round + "-" + i, "Y", "grown " + round + " " + i + ".");
                batch.add(new ArticleStore.NewArticle(f.draft(), f.sha256(), f.contentKey(), sketch, f.importedAt()));
                sketches.add(sketch);
            }
            List<Long> ids = store.insertAll(batch).ids();
            for (int i = 0; i < ids.size(); i++) all.put(ids.get(i), sketches.get(i));
        }
        ArticleStore fresh = new ArticleStore(db);
        int found = 0;
        for (var e : all.entrySet()) {
            var expected = expectedCandidates(all, e.getKey(), e.getValue(), 2);
            found += expected.size();
            assertThat(candidates(e.getKey(), e.getValue(), 2, 5)).as("article %d", e.getKey()).isEqualTo(expected);
            assertThat(fresh.nearDuplicateCandidates(java.util.Map.of(e.getKey(), e.getValue()), 2, 5)
                    .getOrDefault(e.getKey(), List.of())).as("article %d, fresh", e.getKey()).isEqualTo(expected);
        }
        assertThat(found).as("pairs sharing two hashes exist, so the comparison is not of empty lists").isPositive();
    }

    /** The rule spelled out: per hash its newest articles (cap), shared counts, most shared then oldest, 5. */
    private static List<Long> expectedCandidates(java.util.Map<Long, long[]> all, long id, long[] sketch) {
        return expectedCandidates(all, id, sketch, 3);
    }

    private static List<Long> expectedCandidates(java.util.Map<Long, long[]> all, long id, long[] sketch, int minShared) {
        java.util.Map<Long, Integer> shared = new java.util.HashMap<>();
        for (long h : sketch) {
            all.entrySet().stream().filter(e -> java.util.Arrays.stream(e.getValue()).anyMatch(x -> x == h))
                    .map(java.util.Map.Entry::getKey).sorted(java.util.Comparator.reverseOrder())
                    .limit(SketchLookup.MAX_ARTICLES_PER_HASH).filter(other -> other != id)
                    .forEach(other -> shared.merge(other, 1, Integer::sum));
        }
        return shared.entrySet().stream().filter(e -> e.getValue() >= minShared)
                .sorted((a, b) -> a.getValue().equals(b.getValue()) ? Long.compare(a.getKey(), b.getKey()) : b.getValue() - a.getValue())
                .limit(5).map(java.util.Map.Entry::getKey).toList();
    }
}
