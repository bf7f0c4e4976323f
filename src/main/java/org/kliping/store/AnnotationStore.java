package org.kliping.store;

import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.NotFoundException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Highlights with their anchors (quote, context, offsets), notes, colours and tags. */
public final class AnnotationStore {

    private static final String COLUMNS =
            "id, article_id, start_pos, end_pos, quote, prefix, suffix, note, color, tags, state, created_at";

    private final Database db;

    /** Highlights of articles outside the Trash (the Trash keeps them for a restore). */
    private static final String NOT_TRASHED = "article_id NOT IN (SELECT article_id FROM trash)";

    public AnnotationStore(Database db) {
        this.db = db;
    }

    /** Stores a new highlight (its id is ignored) and returns it with its id. */
    public Annotation insert(Annotation a) {
        return db.inTransaction(c -> {
            long id = Rows.insert(c, """
                    INSERT INTO annotation (article_id, start_pos, end_pos, quote, prefix, suffix, note, color, tags, state, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    a.articleId(), a.start(), a.end(), a.quote(), a.prefix(), a.suffix(), a.note(), a.color(),
                    String.join("\n", a.tags()), a.state().name(), a.createdAt().toString());
            ArticleStore.touch(c, List.of(a.articleId()));
            return withId(a, id);
        });
    }

    /** Stores a highlight under its own id (restoring an export). */
    public void insertWithId(Annotation a) {
        db.inTransaction(c -> {
            Rows.update(c, """
                    INSERT INTO annotation (id, article_id, start_pos, end_pos, quote, prefix, suffix, note, color, tags, state, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    a.id(), a.articleId(), a.start(), a.end(), a.quote(), a.prefix(), a.suffix(), a.note(), a.color(),
                    String.join("\n", a.tags()), a.state().name(), a.createdAt().toString());
            ArticleStore.touch(c, List.of(a.articleId()));
            return null;
        });
    }

    /** Replaces everything but the id and article of a highlight. */
    public void update(Annotation a) {
        db.inTransaction(c -> {
            int n = Rows.update(c, """
                    UPDATE annotation SET start_pos = ?, end_pos = ?, quote = ?, prefix = ?, suffix = ?, note = ?,
                        color = ?, tags = ?, state = ? WHERE id = ?""",
                    a.start(), a.end(), a.quote(), a.prefix(), a.suffix(), a.note(), a.color(),
                    String.join("\n", a.tags()), a.state().name(), a.id());
            if (n == 0) throw new NotFoundException("highlight " + a.id());
            ArticleStore.touch(c, List.of(a.articleId()));
            return null;
        });
    }

    /** Saves re-anchored highlights together with the edited article, in one transaction. */
    public void updateAll(List<Annotation> annotations) {
        db.inTransaction(c -> {
            for (Annotation a : annotations) {
                Rows.update(c, "UPDATE annotation SET start_pos = ?, end_pos = ?, prefix = ?, suffix = ?, state = ? WHERE id = ?",
                        a.start(), a.end(), a.prefix(), a.suffix(), a.state().name(), a.id());
            }
            return null;
        });
    }

    public void delete(long id) {
        db.inTransaction(c -> {
            long articleId = Rows.one(c, "SELECT article_id FROM annotation WHERE id = ?", rs -> rs.getLong(1), id)
                    .orElseThrow(() -> new NotFoundException("highlight " + id));
            Rows.update(c, "DELETE FROM annotation WHERE id = ?", id);
            ArticleStore.touch(c, List.of(articleId));
            return null;
        });
    }

    public Optional<Annotation> find(long id) {
        return db.call(c -> Rows.one(c, "SELECT " + COLUMNS + " FROM annotation WHERE id = ?", AnnotationStore::map, id));
    }

    public Annotation get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("highlight " + id));
    }

    public List<Annotation> forArticle(long articleId) {
        return db.call(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM annotation WHERE article_id = ? ORDER BY start_pos, id",
                AnnotationStore::map, articleId));
    }

    /** Highlights of many articles at once (for indexing a batch). */
    public java.util.Map<Long, List<Annotation>> forArticles(java.util.Collection<Long> articleIds) {
        java.util.Map<Long, List<Annotation>> out = new java.util.HashMap<>();
        List<Long> all = List.copyOf(articleIds);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            db.call(c -> {
                for (Annotation a : Rows.list(c, "SELECT " + COLUMNS + " FROM annotation WHERE article_id IN ("
                        + Rows.placeholders(chunk.size()) + ") ORDER BY start_pos, id", AnnotationStore::map, chunk.toArray())) {
                    out.computeIfAbsent(a.articleId(), k -> new java.util.ArrayList<>()).add(a);
                }
                return null;
            });
        }
        return out;
    }

    public List<Annotation> all() {
        return db.call(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM annotation WHERE " + NOT_TRASHED + " ORDER BY article_id, start_pos, id",
                AnnotationStore::map));
    }

    public List<Annotation> orphans() {
        return db.call(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM annotation WHERE state = ? AND " + NOT_TRASHED + " ORDER BY article_id, id",
                AnnotationStore::map, AnchorState.ORPHANED.name()));
    }

    private static Annotation withId(Annotation a, long id) {
        return new Annotation(id, a.articleId(), a.start(), a.end(), a.quote(), a.prefix(), a.suffix(), a.note(),
                a.color(), a.tags(), a.state(), a.createdAt());
    }

    private static Annotation map(ResultSet rs) throws SQLException {
        String tags = rs.getString("tags");
        return new Annotation(rs.getLong("id"), rs.getLong("article_id"), rs.getInt("start_pos"), rs.getInt("end_pos"),
                rs.getString("quote"), rs.getString("prefix"), rs.getString("suffix"), rs.getString("note"),
                rs.getString("color"), tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n")),
                AnchorState.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)), Instant.parse(rs.getString("created_at")));
    }
}
