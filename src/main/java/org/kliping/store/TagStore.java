package org.kliping.store;

import org.kliping.domain.InvalidInputException;
import org.kliping.domain.NotFoundException;
import org.kliping.domain.Tag;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tags and their articles. Names are unique regardless of case and keep the case they were typed in;
 * '/' nests. Every change stamps the affected articles so the index catches up.
 */
public final class TagStore {

    private final Database db;

    public TagStore(Database db) {
        this.db = db;
    }

    /** Adds tags to articles (creating the tags as needed); returns how many links were new. */
    public int add(Collection<Long> articleIds, Collection<String> names) {
        return db.inTransaction(c -> {
            int added = 0;
            for (String name : names) {
                long tagId = ensure(c, name);
                for (Long id : articleIds) {
                    requireArticle(c, id);
                    added += Rows.update(c, "INSERT OR IGNORE INTO article_tag (article_id, tag_id) VALUES (?, ?)", id, tagId);
                }
            }
            ArticleStore.touch(c, articleIds);
            return added;
        });
    }

    /** Removes tags from articles; unknown tags are ignored. Returns how many links were removed. */
    public int remove(Collection<Long> articleIds, Collection<String> names) {
        return db.inTransaction(c -> {
            int removed = 0;
            for (String name : names) {
                Optional<Long> tagId = idOf(c, name);
                if (tagId.isEmpty()) continue;
                for (Long id : articleIds) {
                    removed += Rows.update(c, "DELETE FROM article_tag WHERE article_id = ? AND tag_id = ?", id, tagId.get());
                }
            }
            ArticleStore.touch(c, articleIds);
            return removed;
        });
    }

    /** Every tag with its colour and the number of articles carrying it or one of its children. */
    public List<Tag> all() {
        return db.call(c -> Rows.list(c, """
                SELECT t.name, t.color,
                       (SELECT count(DISTINCT at.article_id) FROM article_tag at JOIN tag u ON u.id = at.tag_id
                         WHERE at.article_id NOT IN (SELECT article_id FROM trash)
                           AND (u.name_key = t.name_key OR substr(u.name_key, 1, length(t.name_key) + 1) = t.name_key || '/')) AS n
                FROM tag t ORDER BY t.name_key""", rs -> new Tag(rs.getString(1), rs.getString(2), rs.getLong(3))));
    }

    public Optional<Tag> find(String name) {
        String key = key(name);
        return all().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    public List<String> tagsOf(long articleId) {
        return db.call(c -> Rows.list(c, """
                SELECT t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id
                WHERE at.article_id = ? ORDER BY t.name_key""", rs -> rs.getString(1), articleId));
    }

    public List<Tag> tagObjectsOf(long articleId) {
        return db.call(c -> Rows.list(c, """
                SELECT t.name, t.color FROM article_tag at JOIN tag t ON t.id = at.tag_id
                WHERE at.article_id = ? ORDER BY t.name_key""", rs -> new Tag(rs.getString(1), rs.getString(2), 0), articleId));
    }

    /** Tags for many articles at once (for listings). */
    public Map<Long, List<String>> tagsOf(Collection<Long> articleIds) {
        Map<Long, List<String>> out = new HashMap<>();
        if (articleIds.isEmpty()) return out;
        List<Long> all = List.copyOf(articleIds);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            db.call(c -> {
                for (Object[] row : Rows.list(c, "SELECT at.article_id, t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id"
                        + " WHERE at.article_id IN (" + Rows.placeholders(chunk.size()) + ") ORDER BY t.name_key",
                        rs -> new Object[] {rs.getLong(1), rs.getString(2)}, chunk.toArray())) {
                    out.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
                }
                return null;
            });
        }
        return out;
    }

    /**
     * Renames a tag and its children ({@code a} → {@code b} also moves {@code a/x} to {@code b/x}). Renaming
     * onto an existing tag merges the two. Returns the ids of the articles affected.
     */
    public Set<Long> rename(String oldName, String newName) {
        String from = Tag.normalise(oldName);
        String to = Tag.normalise(newName);
        return db.inTransaction(c -> {
            List<Object[]> tags = Rows.list(c, "SELECT id, name FROM tag WHERE name_key = ? OR substr(name_key, 1, ?) = ?",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2)}, key(from), key(from).length() + 1, key(from) + "/");
            if (tags.isEmpty()) throw new NotFoundException("tag '" + from + "'");
            if (key(to).startsWith(key(from) + "/")) {
                throw new InvalidInputException("cannot move tag '" + from + "' inside itself ('" + to + "')");
            }
            Set<Long> affected = new LinkedHashSet<>();
            for (Object[] t : tags) {
                long id = (Long) t[0];
                String name = (String) t[1];
                String renamed = to + name.substring(from.length());
                affected.addAll(Rows.list(c, "SELECT article_id FROM article_tag WHERE tag_id = ?", rs -> rs.getLong(1), id));
                Optional<Long> existing = idOf(c, renamed);
                if (existing.isPresent() && existing.get() != id) {
                    Rows.update(c, "INSERT OR IGNORE INTO article_tag (article_id, tag_id) SELECT article_id, ? FROM article_tag WHERE tag_id = ?",
                            existing.get(), id);
                    Rows.update(c, "UPDATE tag SET color = coalesce(color, (SELECT color FROM tag WHERE id = ?)) WHERE id = ?", id, existing.get());
                    Rows.update(c, "DELETE FROM tag WHERE id = ?", id);
                } else {
                    Rows.update(c, "UPDATE tag SET name = ?, name_key = ? WHERE id = ?", renamed, key(renamed), id);
                }
            }
            ArticleStore.touch(c, affected);
            return affected;
        });
    }

    /** Deletes a tag (not its children) from every article; returns the articles affected. */
    public Set<Long> delete(String name) {
        return db.inTransaction(c -> {
            long id = idOf(c, name).orElseThrow(() -> new NotFoundException("tag '" + Tag.normalise(name) + "'"));
            Set<Long> affected = new LinkedHashSet<>(
                    Rows.list(c, "SELECT article_id FROM article_tag WHERE tag_id = ?", rs -> rs.getLong(1), id));
            Rows.update(c, "DELETE FROM tag WHERE id = ?", id);
            ArticleStore.touch(c, affected);
            return affected;
        });
    }

    public void setColor(String name, String color) {
        db.inTransaction(c -> {
            long id = idOf(c, name).orElseThrow(() -> new NotFoundException("tag '" + Tag.normalise(name) + "'"));
            Rows.update(c, "UPDATE tag SET color = ? WHERE id = ?", color, id);
            return null;
        });
    }

    /** Creates the tag if needed (keeping an existing tag's case) and returns its id. */
    public long ensure(String name) {
        return db.inTransaction(c -> ensure(c, name));
    }

    private static long ensure(Connection c, String name) throws SQLException {
        String n = Tag.normalise(name);
        Optional<Long> id = idOf(c, n);
        if (id.isPresent()) return id.get();
        return Rows.insert(c, "INSERT INTO tag (name, name_key) VALUES (?, ?)", n, key(n));
    }

    private static Optional<Long> idOf(Connection c, String name) throws SQLException {
        return Rows.one(c, "SELECT id FROM tag WHERE name_key = ?", rs -> rs.getLong(1), key(name));
    }

    private static void requireArticle(Connection c, long id) throws SQLException {
        if (Rows.one(c, "SELECT 1 FROM article WHERE id = ?", rs -> 1, id).isEmpty()) {
            throw new NotFoundException("article " + id);
        }
    }

    static String key(String name) {
        return Tag.normalise(name).toLowerCase(Locale.ROOT);
    }
}
