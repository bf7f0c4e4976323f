package org.kliping.store;

import org.kliping.domain.ArticleNote;
import org.kliping.domain.NotFoundException;

import java.time.Instant;
import java.util.List;

/** Free-text notes on articles. */
public final class NoteStore {

    private final Database db;

    public NoteStore(Database db) {
        this.db = db;
    }

    public ArticleNote add(long articleId, String text, Instant at) {
        return db.inTransaction(c -> {
            if (Rows.one(c, "SELECT 1 FROM article WHERE id = ?", rs -> 1, articleId).isEmpty()) {
                throw new NotFoundException("article " + articleId);
            }
            long id = Rows.insert(c, "INSERT INTO note (article_id, text, created_at) VALUES (?, ?, ?)",
                    articleId, text, at.toString());
            ArticleStore.touch(c, List.of(articleId));
            return new ArticleNote(id, articleId, text, at);
        });
    }

    public void insertWithId(ArticleNote n) {
        db.inTransaction(c -> {
            Rows.update(c, "INSERT INTO note (id, article_id, text, created_at) VALUES (?, ?, ?, ?)",
                    n.id(), n.articleId(), n.text(), n.createdAt().toString());
            ArticleStore.touch(c, List.of(n.articleId()));
            return null;
        });
    }

    public void update(long noteId, String text) {
        db.inTransaction(c -> {
            long articleId = articleOf(c, noteId);
            Rows.update(c, "UPDATE note SET text = ? WHERE id = ?", text, noteId);
            ArticleStore.touch(c, List.of(articleId));
            return null;
        });
    }

    public void delete(long noteId) {
        db.inTransaction(c -> {
            long articleId = articleOf(c, noteId);
            Rows.update(c, "DELETE FROM note WHERE id = ?", noteId);
            ArticleStore.touch(c, List.of(articleId));
            return null;
        });
    }

    public List<ArticleNote> forArticle(long articleId) {
        return db.call(c -> Rows.list(c, "SELECT id, article_id, text, created_at FROM note WHERE article_id = ? ORDER BY id",
                rs -> new ArticleNote(rs.getLong(1), rs.getLong(2), rs.getString(3), Instant.parse(rs.getString(4))), articleId));
    }

    /** Every note of the articles not in the Trash, newest first. */
    public List<ArticleNote> all() {
        return db.call(c -> Rows.list(c, "SELECT id, article_id, text, created_at FROM note"
                        + " WHERE article_id NOT IN (SELECT article_id FROM trash) ORDER BY created_at DESC, id DESC",
                rs -> new ArticleNote(rs.getLong(1), rs.getLong(2), rs.getString(3), Instant.parse(rs.getString(4)))));
    }

    /** Notes of many articles at once (for indexing a batch). */
    public java.util.Map<Long, List<ArticleNote>> forArticles(java.util.Collection<Long> articleIds) {
        java.util.Map<Long, List<ArticleNote>> out = new java.util.HashMap<>();
        List<Long> all = List.copyOf(articleIds);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            db.call(c -> {
                for (ArticleNote n : Rows.list(c, "SELECT id, article_id, text, created_at FROM note WHERE article_id IN ("
                        + Rows.placeholders(chunk.size()) + ") ORDER BY id",
                        rs -> new ArticleNote(rs.getLong(1), rs.getLong(2), rs.getString(3), Instant.parse(rs.getString(4))),
                        chunk.toArray())) {
                    out.computeIfAbsent(n.articleId(), k -> new java.util.ArrayList<>()).add(n);
                }
                return null;
            });
        }
        return out;
    }

    private static long articleOf(java.sql.Connection c, long noteId) throws java.sql.SQLException {
        return Rows.one(c, "SELECT article_id FROM note WHERE id = ?", rs -> rs.getLong(1), noteId)
                .orElseThrow(() -> new NotFoundException("note " + noteId));
    }
}
