package org.kliping.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looks at an archive's database the way a forensic reader would: plain JDBC, read-only, no Kliping
 * code in between, so a bug in the store cannot hide itself.
 */
final class StoredArchive {

    private StoredArchive() {
    }

    static Connection readOnly(Path archive) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + archive.resolve("kliping.db").toAbsolutePath());
    }

    static Connection readWrite(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    static String integrityCheck(Path archive) throws SQLException {
        try (Connection c = readOnly(archive); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) sb.append(rs.getString(1));
            return sb.toString();
        }
    }

    /**
     * Asserts every stored article is whole: its original is exactly one source line, its hash matches,
     * and its displayed body carries that line's marker. Returns how many articles each external id has.
     */
    static Map<String, Integer> assertArticlesWhole(Path archive, Map<String, String> source) throws SQLException {
        Map<String, Integer> seen = new HashMap<>();
        try (Connection c = readOnly(archive); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT external_id, title, body, original, sha256, seq FROM article")) {
            while (rs.next()) {
                String ext = rs.getString(1);
                assertThat(source).as("stored article with unknown id %s", ext).containsKey(ext);
                byte[] original = rs.getBytes(4);
                assertThat(new String(original, StandardCharsets.UTF_8)).as("original of %s", ext).isEqualTo(source.get(ext));
                assertThat(rs.getString(5)).as("sha256 of %s", ext).isEqualTo(sha256(original));
                assertThat(rs.getString(2)).as("title of %s", ext).isNotBlank();
                assertThat(rs.getString(3)).as("body of %s", ext).contains(SyntheticArticles.marker(ext));
                assertThat(rs.getLong(6)).as("seq of %s", ext).isPositive();
                seen.merge(ext, 1, Integer::sum);
            }
        }
        assertThat(seen.values()).as("no article stored twice").allMatch(n -> n == 1);
        return seen;
    }

    static long count(Path archive, String sql) throws SQLException {
        try (Connection c = readOnly(archive); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
