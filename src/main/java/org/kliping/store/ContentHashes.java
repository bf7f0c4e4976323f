package org.kliping.store;

import org.sqlite.Function;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * The checksum of an article's stored text that {@code article_text} keeps, so a byte damaged on disk in a title, a
 * lede, a body or the other text fields is seen (SQLite checks the pages' structure, not what they hold): the SQL
 * function {@code kliping_text_sha256(...)}, computed by SQLite from the row as stored, on every connection.
 */
final class ContentHashes {

    /**
     * The checksum of article {@code a}'s text fields. Change it together with a migration that hashes the stored rows
     * again (schema 018 lists the same columns), or every article reads as damaged.
     */
    static final String TEXT_SHA256 = "kliping_text_sha256(a.external_id, a.title, a.title_derived, a.lede, a.body,"
            + " a.source, a.place, a.published, a.published_text, a.url, a.language, a.origin_name, a.imported_at,"
            + " a.content_key, a.authors)";

    private ContentHashes() {
    }

    /** Makes {@code kliping_text_sha256(value, ...)} callable on this connection. */
    static void register(Connection c) throws SQLException {
        Function.create(c, "kliping_text_sha256", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                MessageDigest digest = sha256();
                for (int i = 0; i < args(); i++) {
                    String v = value_text(i);
                    // each value with its length, so neither a null nor where one value ends can be mistaken
                    byte[] bytes = v == null ? new byte[0] : v.getBytes(StandardCharsets.UTF_8);
                    digest.update((v == null ? "N" : "S" + bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                    digest.update(bytes);
                }
                result(HexFormat.of().formatHex(digest.digest()));
            }
        }, -1, Function.FLAG_DETERMINISTIC);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
