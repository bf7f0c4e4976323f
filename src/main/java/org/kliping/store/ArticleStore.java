package org.kliping.store;

import org.kliping.domain.Article;
import org.kliping.domain.ArticleDraft;
import org.kliping.domain.NotFoundException;
import org.kliping.domain.ArticleRow;
import org.kliping.domain.TrashedArticle;

import org.kliping.domain.ArticleListing;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Articles in SQLite: the cleaned fields, the original bytes, and the change sequence. */
public final class ArticleStore {

    /** True of an article that is not in the Trash (for a query over {@code article a}). */
    static final String LIVE = "a.id NOT IN (SELECT article_id FROM trash)";

    static final String COLUMNS = """
            a.id, a.external_id, a.title, a.title_derived, a.lede, a.body, a.source, a.place, a.published,
            a.published_text, a.url, a.language, a.origin_name, a.imported_at, a.sha256, a.starred, a.is_read,
            a.authors""";

    private final Database db;
    private final SketchLookup sketchLookup;

    public ArticleStore(Database db) {
        this.db = db;
        this.sketchLookup = new SketchLookup(db);
    }

    /**
     * What to insert: a cleaned draft plus the keys the service computed.
     *
     * @param sketch shingle hashes for finding near-duplicates (see {@link #nearDuplicateCandidates})
     * @param body   the draft's {@link ArticleDraft#body body}, when the caller has joined it already (it is
     *               joined anew on every call)
     */
    public record NewArticle(ArticleDraft draft, String sha256, String contentKey, long[] sketch, Instant importedAt,
                             String body) {
        public NewArticle {
            sketch = sketch == null ? new long[0] : sketch;
            body = body == null ? draft.body() : body;
        }

        public NewArticle(ArticleDraft draft, String sha256, String contentKey, long[] sketch, Instant importedAt) {
            this(draft, sha256, contentKey, sketch, importedAt, null);
        }
    }

    /**
     * Ids of a batch insert, and the contiguous range of change sequences it used (the index applies
     * the batch directly when its mark is just below {@code firstSequence}).
     */
    public record Inserted(List<Long> ids, long firstSequence, long lastSequence) {
    }

    /**
     * Inserts articles in one transaction, returning their new ids in order. The batch reserves its change
     * sequences with one statement and prepares its two inserts once (preparing per article was a tenth of
     * an import's SQLite time).
     */
    public Inserted insertAll(List<NewArticle> articles) {
        if (articles.isEmpty()) throw new IllegalArgumentException("nothing to insert");
        Inserted inserted = db.inTransaction(c -> {
            long last = Rows.reserveSequences(c, articles.size());
            long first = last - articles.size() + 1;
            List<Long> ids = new ArrayList<>(articles.size());
            try (var article = c.prepareStatement(INSERT_ARTICLE); var sketch = c.prepareStatement(INSERT_SKETCH);
                 var text = c.prepareStatement(INSERT_TEXT)) {
                long seq = first;
                ImportedAtText importedAt = new ImportedAtText();
                for (NewArticle a : articles) ids.add(insert(article, sketch, text, null, a, importedAt.of(a), seq++));
                sketch.executeBatch();
                text.executeBatch();
            }
            return new Inserted(ids, first, last);
        });
        sketchLookup.inserted(inserted.ids(), articles.stream().map(NewArticle::sketch).toList());
        return inserted;
    }

    public long insert(NewArticle article) {
        return insertAll(List.of(article)).ids().get(0);
    }

    /** Inserts an article under a given id (restoring an export into an empty archive). */
    public void insertWithId(long id, NewArticle article, boolean starred, boolean read) {
        db.inTransaction(c -> {
            try (var ps = c.prepareStatement(INSERT_ARTICLE); var sketch = c.prepareStatement(INSERT_SKETCH);
                 var text = c.prepareStatement(INSERT_TEXT)) {
                insert(ps, sketch, text, id, article, article.importedAt().toString(), Rows.nextSequence(c));
                sketch.executeBatch();
                text.executeBatch();
            }
            Rows.update(c, "UPDATE article SET starred = ?, is_read = ? WHERE id = ?", starred, read, id);
            return null;
        });
        sketchLookup.inserted(List.of(id), List.of(article.sketch()));
    }

    private static final String INSERT_ARTICLE = """
            INSERT INTO article (id, external_id, title, title_derived, lede, body, source, place, published,
                published_text, url, language, origin_name, imported_at, original, sha256, content_key, seq, authors)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id""";
    private static final String INSERT_SKETCH = "INSERT INTO article_sketch (article_id, hashes) VALUES (?, ?)";
    /** Each article's text checksum, of the row as stored ({@link ContentHashes}): opening and {@code check} find text damaged on disk by it. */
    private static final String INSERT_TEXT = "INSERT INTO article_text (article_id, sha256) SELECT a.id, "
            + ContentHashes.TEXT_SHA256 + " FROM article a WHERE a.id = ?";
    /** The same after a change, with whether the text is a correction by hand (an edit time) or what reading gave (null). */
    private static final String REPLACE_TEXT = "INSERT OR REPLACE INTO article_text (article_id, sha256, edited_at) SELECT a.id, "
            + ContentHashes.TEXT_SHA256 + ", ? FROM article a WHERE a.id = ?";

    /**
     * The text of each article's import time: an import's batch shares one instant, which is formatted once
     * (formatting it per article cost more than the rest of binding the row, JFR).
     */
    private static final class ImportedAtText {
        private Instant instant;
        private String text;

        String of(NewArticle a) {
            if (!a.importedAt().equals(instant)) {
                instant = a.importedAt();
                text = instant.toString();
            }
            return text;
        }
    }

    /** Inserts the article row and adds its sketch and text checksum rows to the batches of {@code sketch} and {@code text} (the caller executes them). */
    private static long insert(PreparedStatement article, PreparedStatement sketch, PreparedStatement text, Long id,
                               NewArticle a, String importedAt, long seq) throws SQLException {
        ArticleDraft d = a.draft();
        Rows.bind(article, id, d.externalId(), d.title(), d.titleDerived(), d.lede(), a.body(), d.source(), d.place(),
                d.published() == null ? null : d.published().toString(), d.publishedText(), d.url(), d.language(),
                d.originName(), importedAt, d.original(), a.sha256(), a.contentKey(), seq, authorsText(d.authors()));
        long newId;
        try (ResultSet rs = article.executeQuery()) { // RETURNING: no second query per article for the id
            if (!rs.next()) throw new SQLException("the insert returned no id");
            newId = rs.getLong(1);
        }
        if (a.sketch().length > 0) {
            sketch.setLong(1, newId);
            sketch.setBytes(2, SketchLookup.encode(a.sketch()));
            sketch.addBatch();
        }
        text.setLong(1, newId);
        text.addBatch();
        return newId;
    }

    /**
     * For each article of a batch (by id), the other articles sharing at least {@code minShared} of its sketch
     * hashes, most shared first, at most {@code limit}: candidates for near-duplicates, to be confirmed on the
     * texts. Requiring several shared hashes keeps articles that only share a boilerplate paragraph out.
     */
    public Map<Long, List<Long>> nearDuplicateCandidates(Map<Long, long[]> sketches, int minShared, int limit) {
        return sketches.isEmpty() ? Map.of() : sketchLookup.candidates(sketches, minShared, limit);
    }

    /** The stored article of each of these duplicate keys that has one (a batch's keys in few queries). */
    public Map<String, Long> idsByContentKeys(Collection<String> contentKeys) {
        Map<String, Long> found = new HashMap<>();
        List<String> keys = List.copyOf(new java.util.LinkedHashSet<>(contentKeys));
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY));
            db.call(c -> {
                for (Object[] row : Rows.list(c, "SELECT content_key, id FROM article WHERE content_key IN ("
                        + Rows.placeholders(chunk.size()) + ")", rs -> new Object[] {rs.getString(1), rs.getLong(2)}, chunk.toArray())) {
                    found.put((String) row[0], (Long) row[1]);
                }
                return null;
            });
        }
        return found;
    }

    /** Parameters per query, well under SQLite's limit. */
    private static final int KEYS_PER_QUERY = 500;

    public Optional<Long> idByContentKey(String contentKey) {
        return db.call(c -> Rows.one(c, "SELECT id FROM article WHERE content_key = ?", rs -> rs.getLong(1), contentKey));
    }

    public Optional<Article> find(long id) {
        return db.call(c -> Rows.one(c, "SELECT " + COLUMNS + " FROM article a WHERE a.id = ?", ArticleStore::map, id));
    }

    public Article get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("article " + id));
    }

    /** Articles by id, in the order asked; missing ids and articles in the Trash are skipped. */
    public List<Article> getAll(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        Map<Long, Article> byId = new LinkedHashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            db.call(c -> {
                for (Article a : Rows.list(c, "SELECT " + COLUMNS + " FROM article a WHERE a.id IN ("
                        + Rows.placeholders(chunk.size()) + ") AND " + LIVE, ArticleStore::map, chunk.toArray())) {
                    byId.put(a.id(), a);
                }
                return null;
            });
        }
        List<Article> out = new ArrayList<>(byId.size());
        for (Long id : all) {
            Article a = byId.get(id);
            if (a != null) out.add(a);
        }
        return out;
    }

    /**
     * The bodies of these articles outside the Trash, by id in the order given, on the writing connection (what an
     * import reads back to compare a candidate's text: only the body, not the whole article).
     */
    public Map<Long, String> liveBodies(Collection<Long> ids) {
        Map<Long, String> found = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            db.call(c -> {
                for (Object[] row : Rows.list(c, "SELECT a.id, a.body FROM article a WHERE a.id IN (" + Rows.placeholders(chunk.size())
                        + ") AND " + LIVE, rs -> new Object[] {rs.getLong(1), rs.getString(2)}, chunk.toArray())) {
                    found.put((Long) row[0], (String) row[1]);
                }
                return null;
            });
        }
        Map<Long, String> out = new LinkedHashMap<>();
        for (Long id : all) {
            String body = found.get(id);
            if (body != null) out.put(id, body);
        }
        return out;
    }

    /**
     * The bodies of these articles that exist, by id, read on the database's reading connection ({@link Database#read}):
     * what searches show snippets from, so it never waits for an import's write transaction.
     */
    public Map<Long, String> bodies(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            db.read(c -> {
                for (Object[] row : Rows.list(c, "SELECT id, body FROM article WHERE id IN (" + Rows.placeholders(chunk.size()) + ")",
                        rs -> new Object[] {rs.getLong(1), rs.getString(2)}, chunk.toArray())) {
                    out.put((Long) row[0], (String) row[1]);
                }
                return null;
            });
        }
        return out;
    }

    /**
     * The list rows of these articles outside the Trash, with their tags, by id, in one query on the reading
     * connection ({@link Database#read}): a search's page never waits for an import's write transaction.
     */
    public Map<Long, ArticleRow> rows(Collection<Long> ids) {
        Map<Long, ArticleRow> out = new HashMap<>();
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            db.read(c -> {
                for (ArticleRow r : Rows.list(c, ROWS + Rows.placeholders(chunk.size()) + ") AND " + LIVE,
                        ArticleStore::row, chunk.toArray())) {
                    out.put(r.id(), r);
                }
                return null;
            });
        }
        return out;
    }

    /** The list rows of the articles in the Trash, most recently deleted first. */
    public List<ArticleRow> trashedRows() {
        return db.read(c -> Rows.list(c, ROWS_ALL + " JOIN trash tr ON tr.article_id = a.id ORDER BY tr.deleted_at DESC, a.id DESC",
                ArticleStore::row));
    }

    private static final String ROWS_ALL = """
            SELECT a.id, a.title, a.source, a.place, a.published, a.published_text, a.starred, a.is_read,
                (SELECT group_concat(t.name, char(10) ORDER BY t.name_key) FROM article_tag at
                   JOIN tag t ON t.id = at.tag_id WHERE at.article_id = a.id) AS tags
            FROM article a""";

    private static final String ROWS = """
            SELECT a.id, a.title, a.source, a.place, a.published, a.published_text, a.starred, a.is_read,
                (SELECT group_concat(t.name, char(10) ORDER BY t.name_key) FROM article_tag at
                   JOIN tag t ON t.id = at.tag_id WHERE at.article_id = a.id) AS tags
            FROM article a WHERE a.id IN (""";

    private static ArticleRow row(ResultSet rs) throws SQLException {
        String published = rs.getString(5);
        String tags = rs.getString(9);
        return new ArticleRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                published == null ? null : StoredTimes.dateOrNull(published), rs.getString(6),
                tags == null ? List.of() : List.of(tags.split("\n")), rs.getInt(7) != 0, rs.getInt(8) != 0, null);
    }

    /**
     * Each article's original with its stored SHA-256, in id order, one at a time (never all in memory): for
     * {@code check}, which compares them, since flipped bytes inside a page are invisible to SQLite's checks.
     */
    public void forEachOriginal(OriginalVisitor visitor) {
        db.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, original, sha256 FROM article ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) visitor.visit(rs.getLong(1), rs.getBytes(2), rs.getString(3));
            }
            return null;
        });
    }

    /** See {@link #forEachOriginal}. */
    @FunctionalInterface
    public interface OriginalVisitor {
        void visit(long id, byte[] original, String sha256);
    }

    public byte[] original(long id) {
        return db.call(c -> Rows.one(c, "SELECT original FROM article WHERE id = ?", rs -> rs.getBytes(1), id))
                .orElseThrow(() -> new NotFoundException("article " + id));
    }

    /** A page of articles, sorted as the listing asks. */
    public List<Article> list(ArticleListing listing) {
        ListingSql sql = ListingSql.of(listing);
        return db.call(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM article a" + sql.where() + sql.orderAndPage(),
                ArticleStore::map, sql.params()));
    }

    public long count(ArticleListing listing) {
        ListingSql sql = ListingSql.of(listing);
        return db.call(c -> Rows.one(c, "SELECT count(*) FROM article a" + sql.where(), rs -> rs.getLong(1),
                sql.params()).orElse(0L));
    }

    /** Articles outside the Trash. */
    public long count() {
        return db.call(c -> Rows.one(c, "SELECT count(*) FROM article a WHERE " + LIVE, rs -> rs.getLong(1)).orElse(0L));
    }

    /** Ids of the articles outside the Trash (what the index holds). */
    public List<Long> allIds() {
        return db.call(c -> Rows.list(c, "SELECT id FROM article a WHERE " + LIVE + " ORDER BY id", rs -> rs.getLong(1)));
    }

    /**
     * Moves articles to the Trash (already trashed ones keep their time), stamping them so the index drops them;
     * returns the ids that exist. Their tags, highlights and notes stay attached for a restore.
     */
    public List<Long> trash(Collection<Long> ids, Instant at) {
        return db.inTransaction(c -> {
            List<Long> found = existing(c, ids);
            if (found.isEmpty()) return found;
            long seq = Rows.nextSequence(c);
            for (Long id : found) {
                Rows.update(c, "INSERT OR IGNORE INTO trash (article_id, deleted_at) VALUES (?, ?)", id, at.toString());
                Rows.update(c, "INSERT OR REPLACE INTO tombstone (article_id, seq) VALUES (?, ?)", id, seq);
            }
            return found;
        });
    }

    /** Takes articles out of the Trash, stamping them for re-indexing; returns the ids that were in it. */
    public List<Long> restore(Collection<Long> ids) {
        List<Long> restored = db.inTransaction(c -> {
            List<Long> out = new ArrayList<>();
            long seq = Rows.nextSequence(c);
            for (Long id : new java.util.LinkedHashSet<>(ids)) {
                if (Rows.update(c, "DELETE FROM trash WHERE article_id = ?", id) == 0) continue;
                Rows.update(c, "DELETE FROM tombstone WHERE article_id = ?", id);
                Rows.update(c, "UPDATE article SET seq = ? WHERE id = ?", seq, id);
                out.add(id);
            }
            return out;
        });
        return restored;
    }

    /** The Trash, most recently deleted first. */
    public List<TrashedArticle> trashed() {
        return db.call(c -> Rows.list(c, """
                SELECT a.id, a.title, t.deleted_at FROM trash t JOIN article a ON a.id = t.article_id
                ORDER BY t.deleted_at DESC, a.id DESC""",
                rs -> new TrashedArticle(rs.getLong(1), rs.getString(2), StoredTimes.instant(rs.getString(3)))));
    }

    public boolean isTrashed(long id) {
        return db.call(c -> Rows.one(c, "SELECT 1 FROM trash WHERE article_id = ?", rs -> 1, id)).isPresent();
    }

    /** Deletes every article in the Trash for good, with everything attached; returns their ids. */
    public List<Long> emptyTrash() {
        List<Long> ids = db.inTransaction(c -> {
            List<Long> all = Rows.list(c, "SELECT article_id FROM trash ORDER BY article_id", rs -> rs.getLong(1));
            if (all.isEmpty()) return all;
            long seq = Rows.nextSequence(c);
            for (Long id : all) {
                Rows.update(c, "DELETE FROM article WHERE id = ?", id);
                Rows.update(c, "INSERT OR REPLACE INTO tombstone (article_id, seq) VALUES (?, ?)", id, seq);
            }
            return all;
        });
        if (!ids.isEmpty()) sketchLookup.deleted();
        return ids;
    }

    private static List<Long> existing(Connection c, Collection<Long> ids) throws SQLException {
        List<Long> out = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            if (Rows.one(c, "SELECT 1 FROM article WHERE id = ?", rs -> 1, id).isPresent()) out.add(id);
        }
        return out;
    }

    /** The article stored with one of these URLs (the address asked for, the final one, the canonical one), if any. */
    public Optional<Long> idByUrl(Collection<String> urls) {
        List<String> distinct = urls.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) return Optional.empty();
        return db.call(c -> Rows.one(c, "SELECT id FROM article WHERE url IN (" + Rows.placeholders(distinct.size())
                + ") ORDER BY id LIMIT 1", rs -> rs.getLong(1), distinct.toArray()));
    }

    /**
     * Replaces what reading gave an article (the page read again): the cleaned fields, the original, its keys and
     * sketch, keeping its id, import time, reading state, tags, notes and highlights (the caller re-anchors those in
     * the same {@link Database#transaction}). Stamps it for re-indexing.
     */
    public void replaceReading(long id, NewArticle a) {
        ArticleDraft d = a.draft();
        db.inTransaction(c -> {
            long seq = Rows.nextSequence(c);
            int n = Rows.update(c, """
                    UPDATE article SET external_id = coalesce(?, external_id), title = ?, title_derived = ?, lede = ?, body = ?,
                        source = ?, place = ?, published = ?, published_text = ?, url = ?, language = ?, original = ?,
                        sha256 = ?, content_key = ?, seq = ?, authors = ? WHERE id = ?""",
                    d.externalId(), d.title(), d.titleDerived(), d.lede(), a.body(), d.source(), d.place(),
                    d.published() == null ? null : d.published().toString(), d.publishedText(), d.url(), d.language(),
                    d.original(), a.sha256(), a.contentKey(), seq, authorsText(d.authors()), id);
            if (n == 0) throw new NotFoundException("article " + id);
            // read again from its original: the text is what reading gives, no longer a correction by hand
            Rows.update(c, REPLACE_TEXT, null, id);
            Rows.update(c, "DELETE FROM article_sketch WHERE article_id = ?", id);
            if (a.sketch().length > 0) {
                Rows.update(c, "INSERT INTO article_sketch (article_id, hashes) VALUES (?, ?)", id, SketchLookup.encode(a.sketch()));
            }
            return null;
        });
        sketchLookup.deleted(); // its in-memory index is read again when next needed
    }

    /**
     * Replaces the editable fields of an article; stamps it for re-indexing. A change is a correction by hand: the text's
     * checksum and the time are recorded ({@code article_text.edited_at}), so {@code check} tells it from damage.
     */
    public void update(Article a) {
        db.inTransaction(c -> {
            String before = Rows.one(c, "SELECT " + ContentHashes.TEXT_SHA256 + " FROM article a WHERE a.id = ?",
                    rs -> rs.getString(1), a.id()).orElseThrow(() -> new NotFoundException("article " + a.id()));
            long seq = Rows.nextSequence(c);
            int n = Rows.update(c, """
                    UPDATE article SET title = ?, title_derived = ?, lede = ?, body = ?, source = ?, place = ?,
                        published = ?, published_text = ?, url = ?, seq = ? WHERE id = ?""",
                    a.title(), a.titleDerived(), a.lede(), a.body(), a.source(), a.place(),
                    a.published() == null ? null : a.published().toString(), a.publishedText(), a.url(), seq, a.id());
            if (n == 0) throw new NotFoundException("article " + a.id());
            String editedAt = Rows.one(c, "SELECT edited_at FROM article_text WHERE article_id = ?", rs -> rs.getString(1), a.id())
                    .orElse(null);
            String after = Rows.one(c, "SELECT " + ContentHashes.TEXT_SHA256 + " FROM article a WHERE a.id = ?",
                    rs -> rs.getString(1), a.id()).orElseThrow();
            Rows.update(c, REPLACE_TEXT, after.equals(before) ? editedAt : Instant.now().toString(), a.id());
            return null;
        });
    }

    public void setStarred(long id, boolean starred) {
        setFlag(id, "starred", starred);
    }

    public void setRead(long id, boolean read) {
        setFlag(id, "is_read", read);
    }

    /**
     * Read and starred are reading state, not searchable (the list filters them in SQLite), so changing them
     * does not stamp the article: opening an unread article must not re-index it.
     */
    private void setFlag(long id, String column, boolean value) {
        db.inTransaction(c -> {
            if (Rows.update(c, "UPDATE article SET " + column + " = ? WHERE id = ?", value, id) == 0) {
                throw new NotFoundException("article " + id);
            }
            return null;
        });
    }

    /** Deletes an article with everything attached, leaving a tombstone for the index. */
    public void delete(long id) {
        db.inTransaction(c -> {
            long seq = Rows.nextSequence(c);
            if (Rows.update(c, "DELETE FROM article WHERE id = ?", id) == 0) throw new NotFoundException("article " + id);
            Rows.update(c, "INSERT OR REPLACE INTO tombstone (article_id, seq) VALUES (?, ?)", id, seq);
            return null;
        });
        sketchLookup.deleted();
    }

    /** Stamps articles as changed (their tags, highlights or notes changed) in the caller's transaction. */
    static void touch(Connection c, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) return;
        long seq = Rows.nextSequence(c);
        for (Long id : ids) Rows.update(c, "UPDATE article SET seq = ? WHERE id = ?", seq, id);
    }

    public long currentSequence() {
        return db.call(ArticleStore::currentSequence);
    }

    private static long currentSequence(Connection c) throws SQLException {
        return Rows.one(c, "SELECT value FROM change_seq WHERE id = 1", rs -> rs.getLong(1)).orElse(0L);
    }

    /** Ids of articles changed after the given sequence, oldest change first. */
    public List<Long> changedSince(long sequence) {
        return db.call(c -> Rows.list(c, "SELECT id FROM article a WHERE seq > ? AND " + LIVE + " ORDER BY seq",
                rs -> rs.getLong(1), sequence));
    }

    public List<Long> deletedSince(long sequence) {
        return db.call(c -> Rows.list(c, "SELECT article_id FROM tombstone WHERE seq > ? ORDER BY seq",
                rs -> rs.getLong(1), sequence));
    }

    /** Links each pair {@code {a, b}} both ways, in one transaction. */
    public void linkNearDuplicates(List<long[]> pairs) {
        if (pairs.isEmpty()) return;
        db.inTransaction(c -> {
            // the links' ends are checked here, once an article, not by a foreign key (twice a row: most of the links'
            // insert time on syndicated news); an article deleted meanwhile takes no link, and a deletion takes its links (the schema's trigger)
            Set<Long> ends = new HashSet<>();
            for (long[] pair : pairs) {
                ends.add(pair[0]);
                ends.add(pair[1]);
            }
            Set<Long> live = existingIds(c, ends);
            try (var ps = c.prepareStatement("INSERT OR REPLACE INTO near_duplicate (article_id, other_id) VALUES (?, ?)")) {
                for (long[] pair : pairs) {
                    if (!live.contains(pair[0]) || !live.contains(pair[1])) continue;
                    for (int way = 0; way < 2; way++) {
                        ps.setLong(1, pair[way]);
                        ps.setLong(2, pair[1 - way]);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Which of these article ids exist (in the Trash or not). */
    private static Set<Long> existingIds(Connection c, Collection<Long> ids) throws SQLException {
        Set<Long> out = new HashSet<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            out.addAll(Rows.list(c, "SELECT id FROM article WHERE id IN (" + Rows.placeholders(chunk.size()) + ")",
                    rs -> rs.getLong(1), chunk.toArray()));
        }
        return out;
    }

    public List<Long> nearDuplicates(long id) {
        return db.call(c -> Rows.list(c, "SELECT other_id FROM near_duplicate WHERE article_id = ?"
                + " AND other_id NOT IN (SELECT article_id FROM trash) ORDER BY other_id",
                rs -> rs.getLong(1), id));
    }

    /** Distinct sources with their article counts, most frequent first. */
    public Map<String, Long> sourceCounts() {
        return db.call(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            for (Object[] row : Rows.list(c, "SELECT source, count(*) n FROM article a WHERE source IS NOT NULL AND "
                    + LIVE + " GROUP BY source ORDER BY n DESC, source", rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
                out.put((String) row[0], (Long) row[1]);
            }
            return out;
        });
    }

    /** Authors are kept one a line (a name never holds a line break); none is NULL. */
    static String authorsText(List<String> authors) {
        if (authors == null || authors.isEmpty()) return null;
        return String.join("\n", authors.stream().map(a -> a.replaceAll("\\s+", " ").strip()).filter(a -> !a.isEmpty()).toList());
    }

    static List<String> authors(String text) {
        if (text == null || text.isBlank()) return List.of();
        return List.of(text.split("\n"));
    }

    static Article map(ResultSet rs) throws SQLException {
        String published = rs.getString("published");
        return new Article(rs.getLong("id"), rs.getString("external_id"), rs.getString("title"),
                rs.getInt("title_derived") != 0, rs.getString("lede"), rs.getString("body"), rs.getString("source"),
                rs.getString("place"), published == null ? null : StoredTimes.date(published),
                rs.getString("published_text"), rs.getString("url"), rs.getString("language"),
                rs.getString("origin_name"), StoredTimes.instant(rs.getString("imported_at")), rs.getString("sha256"),
                rs.getInt("starred") != 0, rs.getInt("is_read") != 0, authors(rs.getString("authors")));
    }
}
