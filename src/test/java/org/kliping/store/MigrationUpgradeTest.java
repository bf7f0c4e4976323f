package org.kliping.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Archives written by an earlier release open in this one with nothing lost: each is built here as that
 * release left it (migrated only to its version, rows written with its statements), then opened.
 */
class MigrationUpgradeTest {

    @TempDir
    Path dir;

    /** Version 6 kept a sketch as one row per hash; version 7 keeps one blob per article, in the same order. */
    @Test
    void sketchRowsOfVersion6BecomeOneBlobPerArticleThatStillFindsNearDuplicates() throws Exception {
        Path file = dir.resolve("k.db");
        long[] first = {Long.MIN_VALUE, -1L, 42L, 0x7f00_0000_0000_00ffL, -0x1234_5678_9abc_def0L, 7L};
        long[] second = {-1L, 42L, 0x7f00_0000_0000_00ffL, 99L}; // shares three hashes with the first
        long[] third = {5L}; // shares none
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 0, 6);
            insertVersion6(c, 1, first);
            insertVersion6(c, 2, second);
            insertVersion6(c, 3, third);
            insertVersion6(c, 4, new long[0]); // a text too short for a sketch
        }

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST).isGreaterThanOrEqualTo(7);
            assertThat(db.integrityCheck()).isEqualTo("ok");
            Map<Long, long[]> stored = db.call(c -> {
                var out = new java.util.TreeMap<Long, long[]>();
                try (var rs = c.createStatement().executeQuery("SELECT article_id, hashes FROM article_sketch")) {
                    while (rs.next()) out.put(rs.getLong(1), SketchLookup.decode(rs.getBytes(2)));
                }
                return out;
            });
            assertThat(stored).containsOnlyKeys(1L, 2L, 3L);
            assertThat(stored.get(1L)).containsExactly(first);
            assertThat(stored.get(2L)).containsExactly(second);
            assertThat(stored.get(3L)).containsExactly(third);
            boolean oldTableLeft = db.call(c -> Rows.one(c,
                    "SELECT count(*) FROM sqlite_schema WHERE name = 'sketch'", rs -> rs.getInt(1) > 0).orElseThrow());
            assertThat(oldTableLeft).isFalse();

            ArticleStore store = new ArticleStore(db);
            assertThat(store.nearDuplicateCandidates(Map.of(2L, second), 3, 10)).isEqualTo(Map.of(2L, List.of(1L)));
            assertThat(store.nearDuplicateCandidates(Map.of(3L, third), 1, 10)).isEmpty();

            store.delete(1);
            int left = db.call(c -> Rows.one(c, "SELECT count(*) FROM article_sketch", rs -> rs.getInt(1)).orElseThrow());
            assertThat(left).as("the deleted article's sketch goes with it").isEqualTo(2);
            assertThat(store.nearDuplicateCandidates(Map.of(2L, second), 3, 10)).isEmpty();
        }
    }

    /** The unused columns article.simhash and near_duplicate.distance go; the articles and their links stay. */
    @Test
    void unusedColumnsAreDroppedKeepingArticlesAndNearDuplicateLinks() throws Exception {
        Path file = dir.resolve("k.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 0, 7);
            for (long id = 1; id <= 3; id++) {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO article (id, title, body, imported_at, original, sha256, content_key, seq, simhash)
                        VALUES (?, ?, 'Isi.', '2026-01-01T00:00:00Z', x'00', ?, ?, ?, 12345)""")) {
                    ps.setLong(1, id);
                    ps.setString(2, "Judul " + id);
                    ps.setString(3, "sha" + id);
                    ps.setString(4, "key" + id);
                    ps.setLong(5, id);
                    ps.executeUpdate();
                }
            }
            c.createStatement().executeUpdate("INSERT INTO near_duplicate (article_id, other_id, distance) VALUES (1, 3, 0), (3, 1, 0)");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.integrityCheck()).isEqualTo("ok");
            List<String> articleColumns = db.call(c -> Rows.list(c, "SELECT name FROM pragma_table_info('article')", rs -> rs.getString(1)));
            List<String> linkColumns = db.call(c -> Rows.list(c, "SELECT name FROM pragma_table_info('near_duplicate')", rs -> rs.getString(1)));
            assertThat(articleColumns).contains("title", "body", "content_key").doesNotContain("simhash");
            assertThat(linkColumns).containsExactly("article_id", "other_id");
            ArticleStore store = new ArticleStore(db);
            assertThat(store.count()).isEqualTo(3);
            assertThat(store.nearDuplicates(3)).containsExactly(1L);
            store.linkNearDuplicates(List.of(new long[]{2, 3}));
            assertThat(store.nearDuplicates(3)).containsExactly(1L, 2L);
        }
    }

    @Test
    void everyMigrationFileIsRunAndNoneLiesBeyondTheLatest() {
        assertThat(Migrations.script(1)).isNotNull();
        assertThat(Migrations.script(Migrations.LATEST)).as("LATEST names a file").isNotNull();
        for (int v = Migrations.LATEST + 1; v <= Migrations.LATEST + 50; v++) {
            assertThat(Migrations.script(v)).as("schema/%03d.sql lies beyond LATEST", v).isNull();
        }
    }

    @Test
    void sketchesRoundTripThroughTheirStoredForm() {
        long[] sketch = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1L << 40};
        assertThat(SketchLookup.decode(SketchLookup.encode(sketch))).containsExactly(sketch);
        assertThat(SketchLookup.encode(new long[]{1})).containsExactly(0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(SketchLookup.decode(new byte[]{0, 0, 0, 0, 0, 0, 0, 2, 9})).as("a partial value is left out")
                .containsExactly(2L);
    }

    /** An article and its sketch as version 6 wrote them. */
    private static void insertVersion6(Connection c, long id, long[] sketch) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO article (id, title, body, imported_at, original, sha256, content_key, seq)
                VALUES (?, ?, 'Isi.', '2026-01-01T00:00:00Z', x'00', ?, ?, ?)""")) {
            ps.setLong(1, id);
            ps.setString(2, "Judul " + id);
            ps.setString(3, "sha" + id);
            ps.setString(4, "key" + id);
            ps.setLong(5, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sketch (hash, article_id) VALUES (?, ?)")) {
            for (long h : sketch) {
                ps.setLong(1, h);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        }
    }
}
