package org.kliping.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The peer a user could pick instead: SQLite FTS5 with its default tokenizer (unicode61, no stemming), WAL,
 * synchronous=NORMAL, inserts committed every {@value #BATCH} articles as Kliping does. A search is what a
 * window needs, done the fair FTS5 way: the top page by {@code bm25()} with {@code snippet()}, and one
 * {@code GROUP BY source} over all matches for the facet (whose sum is the total).
 */
final class Fts5Archive implements AutoCloseable {
    static final int BATCH = 256;
    private static final int PAGE = 20;

    private final Connection connection;
    private final PreparedStatement page;
    private final PreparedStatement facet;

    private Fts5Archive(Connection connection) throws SQLException {
        this.connection = connection;
        this.page = connection.prepareStatement("""
                SELECT rowid, title, source, published, snippet(doc, 1, '<mark>', '</mark>', '…', 24)
                FROM doc WHERE doc MATCH ? ORDER BY bm25(doc) LIMIT""" + " " + PAGE);
        this.facet = connection.prepareStatement("SELECT source, count(*) FROM doc WHERE doc MATCH ? GROUP BY source");
    }

    static Fts5Archive open(Path file) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("""
                        CREATE VIRTUAL TABLE IF NOT EXISTS doc
                        USING fts5(title, body, source, published UNINDEXED, external_id UNINDEXED)""");
            }
            return new Fts5Archive(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the FTS5 database " + file, e);
        }
    }

    /** Imports the corpus into a fresh database; timed from the first line read to the last commit. */
    static Timing importCorpus(Path jsonl, Path file) {
        Files2.deleteRecursively(file);
        Files2.deleteRecursively(file.resolveSibling(file.getFileName() + "-wal"));
        Files2.deleteRecursively(file.resolveSibling(file.getFileName() + "-shm"));
        try (Fts5Archive fts = open(file);
             PreparedStatement insert = fts.connection.prepareStatement(
                     "INSERT INTO doc (title, body, source, published, external_id) VALUES (?, ?, ?, ?, ?)")) {
            fts.connection.setAutoCommit(false);
            Timing.Start start = Timing.start();
            int[] pending = {0};
            int n = CorpusArticle.readAll(jsonl, a -> {
                insert.setString(1, a.title());
                insert.setString(2, a.body());
                insert.setString(3, a.source());
                insert.setString(4, a.date());
                insert.setString(5, a.id());
                insert.executeUpdate();
                if (++pending[0] % BATCH == 0) fts.connection.commit();
            });
            fts.connection.commit();
            return start.stop(n);
        } catch (SQLException e) {
            throw new IllegalStateException("FTS5 import into " + file + " failed", e);
        }
    }

    /** Runs one search (page with snippets, then the source facet); returns the total number of matches. */
    long search(String match) {
        try {
            page.setString(1, match);
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                    rs.getString(2);
                    rs.getString(5);
                }
            }
            facet.setString(1, match);
            long total = 0;
            try (ResultSet rs = facet.executeQuery()) {
                while (rs.next()) total += rs.getLong(2);
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException("FTS5 search for " + match + " failed", e);
        }
    }

    static boolean exists(Path file) {
        return Files.exists(file);
    }

    @Override
    public void close() {
        try {
            page.close();
            facet.close();
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the FTS5 database", e);
        }
    }
}
