package org.kliping.store;

import org.kliping.domain.Feed;
import org.kliping.domain.NotFoundException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Feeds followed, what their servers said last (for conditional requests), and the items already taken. */
public final class FeedStore {

    /** Tags are kept in one column, one per line (a tag name never holds a line break). */
    private static final String TAG_SEPARATOR = "\n";
    private static final String SELECT = """
            SELECT f.id, f.url, f.title, f.tags, f.last_fetched, f.last_error,
                   (SELECT count(*) FROM feed_item i JOIN article a ON a.id = i.article_id
                     WHERE i.feed_id = f.id AND a.id NOT IN (SELECT article_id FROM trash)),
                   (SELECT count(*) FROM feed_item i JOIN article a ON a.id = i.article_id
                     WHERE i.feed_id = f.id AND a.is_read = 0 AND a.id NOT IN (SELECT article_id FROM trash))
            FROM feed f""";

    private final Database db;

    public FeedStore(Database db) {
        this.db = db;
    }

    /** What the server said identifies the last version read; both may be null. */
    public record Validators(String etag, String lastModified) {
    }

    /** Adds a feed, or returns the one already followed at that address. */
    public Feed add(String url, String title, List<String> tags, Instant at) {
        return db.inTransaction(c -> {
            Rows.update(c, "INSERT INTO feed (url, title, tags, added_at) VALUES (?, ?, ?, ?) ON CONFLICT (url) DO NOTHING",
                    url, title, String.join(TAG_SEPARATOR, tags), at.toString());
            return Rows.one(c, SELECT + " WHERE f.url = ?", FeedStore::feed, url).orElseThrow();
        });
    }

    public Optional<Feed> findByUrl(String url) {
        return db.call(c -> Rows.one(c, SELECT + " WHERE f.url = ?", FeedStore::feed, url));
    }

    public Feed get(long id) {
        return db.call(c -> Rows.one(c, SELECT + " WHERE f.id = ?", FeedStore::feed, id))
                .orElseThrow(() -> new NotFoundException("feed " + id));
    }

    public List<Feed> all() {
        return db.call(c -> Rows.list(c, SELECT + " ORDER BY f.id", FeedStore::feed));
    }

    public void delete(long id) {
        int n = db.inTransaction(c -> Rows.update(c, "DELETE FROM feed WHERE id = ?", id));
        if (n == 0) throw new NotFoundException("feed " + id);
    }

    public Validators validators(long id) {
        return db.call(c -> Rows.one(c, "SELECT etag, last_modified FROM feed WHERE id = ?",
                rs -> new Validators(rs.getString(1), rs.getString(2)), id)).orElseThrow(() -> new NotFoundException("feed " + id));
    }

    /** A fetch that worked: the title read (null keeps the old one) and the validators for the next request. */
    public void fetched(long id, String title, Validators validators, Instant at) {
        db.inTransaction(c -> Rows.update(c, """
                UPDATE feed SET title = coalesce(?, title), etag = ?, last_modified = ?, last_fetched = ?, last_error = NULL
                WHERE id = ?""", title, validators.etag(), validators.lastModified(), at.toString(), id));
    }

    /** A fetch that failed: when, and why; the validators stay. */
    public void failed(long id, String error, Instant at) {
        db.inTransaction(c -> Rows.update(c, "UPDATE feed SET last_fetched = ?, last_error = ? WHERE id = ?",
                at.toString(), error, id));
    }

    /** Whether an item was taken before: by this feed's guid, or by its link from any feed or clip. */
    public boolean isKnown(long feedId, String guid, String link) {
        return db.call(c -> Rows.one(c, """
                SELECT 1 WHERE EXISTS (SELECT 1 FROM feed_item WHERE feed_id = ? AND guid = ?)
                   OR EXISTS (SELECT 1 FROM feed_item WHERE link = ?)
                   OR EXISTS (SELECT 1 FROM article WHERE url = ?)""", rs -> true, feedId, guid, link, link).isPresent());
    }

    /** Records an item as taken, with the article it became (0 when it was a duplicate of none kept). */
    public void itemTaken(long feedId, String guid, String link, long articleId) {
        db.inTransaction(c -> Rows.update(c, """
                INSERT INTO feed_item (feed_id, guid, link, article_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (feed_id, guid) DO UPDATE SET link = excluded.link, article_id = excluded.article_id""",
                feedId, guid, link, articleId > 0 ? articleId : null));
    }

    private static Feed feed(ResultSet rs) throws SQLException {
        String tags = rs.getString(4);
        String fetched = rs.getString(5);
        return new Feed(rs.getLong(1), rs.getString(2), rs.getString(3),
                tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(TAG_SEPARATOR)),
                fetched == null ? null : Instant.parse(fetched), rs.getString(6), rs.getLong(7), rs.getLong(8));
    }
}
