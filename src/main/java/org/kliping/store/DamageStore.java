package org.kliping.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What damage is judged by: every article's stored original with its SHA-256, its body, and whether its text fields
 * still match the checksum written with them (read row by row, trashed articles too); and the damage
 * {@code check --repair} could not restore and noted.
 */
public final class DamageStore {

    /** The parts of an article whose bytes are verified: the original, and the text fields (title, lede, body ...). */
    public enum Part { ORIGINAL, TEXT }

    /**
     * One stored article as verification sees it. {@code textIntact}: its text fields match their checksum (true when
     * none was recorded); {@code editedAt}: when it was last corrected by hand, or null.
     */
    public record StoredContent(long id, byte[] original, String originalSha256, String body, boolean textIntact,
                                String editedAt, String originName) {
    }

    @FunctionalInterface
    public interface Visitor {
        void visit(StoredContent content);
    }

    private final Database db;

    public DamageStore(Database db) {
        this.db = db;
    }

    /** Visits every stored article in id order (one row held at a time). */
    public void forEach(Visitor visitor) {
        db.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.original, a.sha256, a.body, t.sha256, "
                    + ContentHashes.TEXT_SHA256 + ", t.edited_at, a.origin_name"
                    + " FROM article a LEFT JOIN article_text t ON t.article_id = a.id ORDER BY a.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String recorded = rs.getString(5);
                    visitor.visit(new StoredContent(rs.getLong(1), rs.getBytes(2), rs.getString(3), rs.getString(4),
                            recorded == null || recorded.equals(rs.getString(6)), rs.getString(7), rs.getString(8)));
                }
            }
            return null;
        });
    }

    /** The damage noted by {@link #note}, by article. */
    public Map<Long, Set<Part>> known() {
        Map<Long, Set<Part>> out = new HashMap<>();
        db.call(c -> {
            for (String[] row : Rows.list(c, "SELECT article_id, part FROM known_damage",
                    rs -> new String[] {rs.getString(1), rs.getString(2)})) {
                out.computeIfAbsent(Long.parseLong(row[0]), k -> new TreeSet<>()).add(Part.valueOf(row[1]));
            }
            return null;
        });
        return out;
    }

    /** Notes damage that cannot be restored from inside the archive, so opening lets the archive be written again. */
    public void note(long articleId, Part part) {
        db.inTransaction(c -> Rows.update(c, "INSERT OR IGNORE INTO known_damage (article_id, part, noted_at) VALUES (?, ?, ?)",
                articleId, part.name(), Instant.now().toString()));
    }

    /** Writes the checksum of the text as stored now (the checksum was what was damaged: the body reads as its original does). */
    public void rewriteTextChecksum(long articleId) {
        db.inTransaction(c -> Rows.update(c, "UPDATE article_text SET sha256 = (SELECT " + ContentHashes.TEXT_SHA256
                + " FROM article a WHERE a.id = ?) WHERE article_id = ?", articleId, articleId));
    }
}
