package org.kliping.store;

import org.kliping.domain.InvalidInputException;
import org.kliping.domain.NotFoundException;
import org.kliping.domain.Story;
import org.kliping.domain.StoryCluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stories and their articles (an article is in at most one story). */
public final class StoryStore {

    private final Database db;

    public StoryStore(Database db) {
        this.db = db;
    }

    public List<Story> all() {
        return db.call(c -> {
            Map<Long, List<Long>> members = new HashMap<>();
            for (long[] row : Rows.list(c, "SELECT story_id, article_id FROM story_article"
                    + " WHERE article_id NOT IN (SELECT article_id FROM trash) ORDER BY article_id",
                    rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
                members.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
            }
            // a story whose articles are all in the Trash is left out until one comes back
            return Rows.list(c, "SELECT id, title, keywords, edited FROM story ORDER BY id", rs -> new Story(rs.getLong(1),
                    rs.getString(2), split(rs.getString(3)), members.getOrDefault(rs.getLong(1), List.of()), rs.getInt(4) != 0))
                    .stream().filter(s -> !s.articleIds().isEmpty()).toList();
        });
    }

    public Optional<Story> find(long id) {
        return all().stream().filter(s -> s.id() == id).findFirst();
    }

    public Story get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("story " + id));
    }

    /** Articles in stories the user edited: automatic clustering leaves them where they are. */
    public Set<Long> articlesInEditedStories() {
        return new HashSet<>(db.call(c -> Rows.list(c, """
                SELECT sa.article_id FROM story_article sa JOIN story s ON s.id = sa.story_id WHERE s.edited = 1""",
                rs -> rs.getLong(1))));
    }

    /**
     * Replaces the automatic (unedited) stories with new clusters. A cluster that overlaps an old automatic
     * story most keeps that story's id, so ids stay stable across re-clustering. Returns the ids, in order.
     */
    public List<Long> replaceAutomatic(List<StoryCluster> clusters) {
        return db.inTransaction(c -> {
            Map<Long, Long> oldStoryOf = new HashMap<>();
            for (long[] row : Rows.list(c, """
                    SELECT sa.article_id, sa.story_id FROM story_article sa JOIN story s ON s.id = sa.story_id
                    WHERE s.edited = 0""", rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
                oldStoryOf.put(row[0], row[1]);
            }
            Rows.update(c, "DELETE FROM story_article WHERE story_id IN (SELECT id FROM story WHERE edited = 0)");
            Set<Long> reused = new HashSet<>();
            List<Long> ids = new ArrayList<>();
            for (StoryCluster cl : clusters) {
                Long id = bestOldStory(cl.articleIds(), oldStoryOf, reused);
                if (id == null) {
                    id = Rows.insert(c, "INSERT INTO story (title, keywords, edited) VALUES (?, ?, 0)", cl.title(),
                            String.join("\n", cl.keywords()));
                } else {
                    reused.add(id);
                    Rows.update(c, "UPDATE story SET title = ?, keywords = ? WHERE id = ?", cl.title(),
                            String.join("\n", cl.keywords()), id);
                }
                for (Long articleId : cl.articleIds()) {
                    Rows.update(c, "INSERT OR REPLACE INTO story_article (article_id, story_id) VALUES (?, ?)", articleId, id);
                }
                ids.add(id);
            }
            Rows.update(c, "DELETE FROM story WHERE edited = 0 AND id NOT IN (SELECT story_id FROM story_article)");
            return ids;
        });
    }

    private static Long bestOldStory(List<Long> members, Map<Long, Long> oldStoryOf, Set<Long> reused) {
        Map<Long, Integer> votes = new LinkedHashMap<>();
        for (Long a : members) {
            Long s = oldStoryOf.get(a);
            if (s != null && !reused.contains(s)) votes.merge(s, 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    public void rename(long id, String title) {
        if (title == null || title.isBlank()) throw new InvalidInputException("empty story title");
        db.inTransaction(c -> {
            requireStory(c, id);
            Rows.update(c, "UPDATE story SET title = ?, edited = 1 WHERE id = ?", title.strip(), id);
            return null;
        });
    }

    /** Moves every article of {@code other} into {@code target} and removes {@code other}. */
    public void merge(long target, long other) {
        if (target == other) throw new InvalidInputException("cannot merge story " + target + " with itself");
        db.inTransaction(c -> {
            requireStory(c, target);
            requireStory(c, other);
            Rows.update(c, "UPDATE story_article SET story_id = ? WHERE story_id = ?", target, other);
            Rows.update(c, "DELETE FROM story WHERE id = ?", other);
            Rows.update(c, "UPDATE story SET edited = 1 WHERE id = ?", target);
            return null;
        });
    }

    /** Moves articles into a story (out of whatever story held them). */
    public void move(Collection<Long> articleIds, long storyId) {
        db.inTransaction(c -> {
            requireStory(c, storyId);
            moveInto(c, articleIds, storyId);
            return null;
        });
    }

    /** Splits articles off into a new story with the given title; returns its id. */
    public long split(Collection<Long> articleIds, String title) {
        if (articleIds.isEmpty()) throw new InvalidInputException("no article given to split off");
        return db.inTransaction(c -> {
            long id = Rows.insert(c, "INSERT INTO story (title, keywords, edited) VALUES (?, '', 1)", title);
            moveInto(c, articleIds, id);
            return id;
        });
    }

    private static void moveInto(Connection c, Collection<Long> articleIds, long storyId) throws SQLException {
        for (Long a : articleIds) {
            if (Rows.one(c, "SELECT 1 FROM article WHERE id = ?", rs -> 1, a).isEmpty()) throw new NotFoundException("article " + a);
            Rows.update(c, "UPDATE story SET edited = 1 WHERE id = (SELECT story_id FROM story_article WHERE article_id = ?)", a);
            Rows.update(c, "INSERT OR REPLACE INTO story_article (article_id, story_id) VALUES (?, ?)", a, storyId);
        }
        Rows.update(c, "UPDATE story SET edited = 1 WHERE id = ?", storyId);
        Rows.update(c, "DELETE FROM story WHERE id NOT IN (SELECT story_id FROM story_article)");
    }

    private static void requireStory(Connection c, long id) throws SQLException {
        if (Rows.one(c, "SELECT 1 FROM story WHERE id = ?", rs -> 1, id).isEmpty()) throw new NotFoundException("story " + id);
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }
}
