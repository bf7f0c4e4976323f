package org.kliping.server.db;

import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.NotFoundException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every table of the team archive. Each write runs in one transaction that also writes its audit row (who, what,
 * when) and the changed articles' outbox rows, the change sequence the search index follows. Outbox rows are
 * added under a transaction-scoped advisory lock, so their sequence numbers become visible in order and the
 * follower never passes a number that a slower transaction commits later.
 */
public final class TeamStore {
    private static final long OUTBOX_LOCK = 0x6b6c6970L; // "klip"
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServerDatabase db;

    public TeamStore(ServerDatabase db) {
        this.db = db;
    }

    public ServerDatabase database() {
        return db;
    }

    // ---- users and tokens

    /** Adds a user and returns a new token for them (shown once; only its hash is kept). */
    public String addUser(String name, String role, TeamUser by) {
        if (name == null || name.isBlank()) throw new InvalidInputException("a user needs a name");
        if (!TeamUser.ROLES.contains(role)) {
            throw new InvalidInputException("unknown role '" + role + "': admin, editor or reader");
        }
        return db.inTransaction(c -> {
            long id;
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO users (name, role) VALUES (?, ?) ON CONFLICT (name) DO NOTHING RETURNING id")) {
                p.setString(1, name.strip());
                p.setString(2, role);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) throw new ConflictException("a user named '" + name.strip() + "' exists", null);
                    id = rs.getLong(1);
                }
            }
            String token = newToken(c, id);
            audit(c, by == null ? new TeamUser(id, name.strip(), role) : by, "user.add", "user " + name.strip(), role);
            return token;
        });
    }

    /** A new token for an existing user (the old ones stay valid). */
    public String newToken(String name, TeamUser by) {
        return db.inTransaction(c -> {
            long id;
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM users WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) throw new NotFoundException("no user named '" + name + "'");
                    id = rs.getLong(1);
                }
            }
            String token = newToken(c, id);
            audit(c, by, "token.add", "user " + name, null);
            return token;
        });
    }

    private static String newToken(Connection c, long userId) throws SQLException {
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        String token = "kt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO token (hash, user_id) VALUES (?, ?)")) {
            p.setString(1, hash(token));
            p.setLong(2, userId);
            p.executeUpdate();
        }
        return token;
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<TeamUser> userByToken(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT u.id, u.name, u.role FROM token t JOIN users u ON u.id = t.user_id WHERE t.hash = ?")) {
                p.setString(1, hash(token.strip()));
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(new TeamUser(rs.getLong(1), rs.getString(2), rs.getString(3)))
                            : Optional.<TeamUser>empty();
                }
            }
        });
    }

    public List<TeamUser> users() {
        return db.inTransaction(c -> {
            List<TeamUser> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name, role FROM users ORDER BY id")) {
                while (rs.next()) out.add(new TeamUser(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
            return out;
        });
    }

    // ---- articles

    /** A new article: its stored fields, original bytes and hash. */
    public record NewArticle(Article article, byte[] original) {
    }

    /** Id of the stored article and whether it was new (false: the same original was there). */
    public record Stored(long id, boolean created, String title) {
    }

    public List<Stored> insert(List<NewArticle> articles, TeamUser by, String origin) {
        return db.inTransaction(c -> {
            List<Stored> out = new ArrayList<>();
            List<Long> changed = new ArrayList<>();
            for (NewArticle n : articles) {
                Article a = n.article();
                try (PreparedStatement p = c.prepareStatement("""
                        INSERT INTO article (external_id, title, title_derived, lede, body, source, place, published,
                            published_text, url, language, origin_name, imported_at, sha256, original, authors, created_by)
                        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (sha256) DO NOTHING RETURNING id""")) {
                    p.setString(1, a.externalId());
                    p.setString(2, a.title());
                    p.setBoolean(3, a.titleDerived());
                    p.setString(4, a.lede());
                    p.setString(5, a.body());
                    p.setString(6, a.source());
                    p.setString(7, a.place());
                    if (a.published() == null) p.setNull(8, Types.DATE); else p.setDate(8, Date.valueOf(a.published()));
                    p.setString(9, a.publishedText());
                    p.setString(10, a.url());
                    p.setString(11, a.language());
                    p.setString(12, a.originName());
                    p.setTimestamp(13, Timestamp.from(a.importedAt()));
                    p.setString(14, a.sha256());
                    p.setBytes(15, n.original());
                    p.setArray(16, c.createArrayOf("text", a.authors().toArray()));
                    p.setLong(17, by.id());
                    try (ResultSet rs = p.executeQuery()) {
                        if (rs.next()) {
                            long id = rs.getLong(1);
                            out.add(new Stored(id, true, a.title()));
                            changed.add(id);
                            continue;
                        }
                    }
                }
                try (PreparedStatement p = c.prepareStatement("SELECT id, title FROM article WHERE sha256 = ?")) {
                    p.setString(1, a.sha256());
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        out.add(new Stored(rs.getLong(1), false, rs.getString(2)));
                    }
                }
            }
            if (!changed.isEmpty()) {
                audit(c, by, "import", origin, changed.size() + " articles: " + ids(changed));
                outbox(c, changed);
            }
            return out;
        });
    }

    private static String ids(Collection<Long> ids) {
        String s = ids.toString();
        return s.length() > 500 ? s.substring(0, 500) + "...]" : s;
    }

    private static final String ARTICLE_COLUMNS = "a.id, a.external_id, a.title, a.title_derived, a.lede, a.body, a.source, "
            + "a.place, a.published, a.published_text, a.url, a.language, a.origin_name, a.imported_at, a.sha256, a.authors, "
            + "a.version, a.deleted_at";

    private static Article article(ResultSet rs) throws SQLException {
        Date published = rs.getDate(9);
        Array authors = rs.getArray(16);
        List<String> names = authors == null ? List.of() : List.of((String[]) authors.getArray());
        return new Article(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), published == null ? null : published.toLocalDate(),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                rs.getTimestamp(14).toInstant(), rs.getString(15), false, false, names);
    }

    /** An article with its version and the users' additions. */
    public record Details(Article article, int version, boolean deleted, List<UserTag> tags, List<UserAnnotation> annotations,
                          List<UserNote> notes, String createdBy) {
    }

    public record UserTag(String name, String user) {
    }

    public record UserAnnotation(Annotation annotation, String user) {
    }

    public record UserNote(long id, String text, String user, Instant createdAt) {
    }

    public record Listed(Article article, List<String> tags) {
    }

    /** Live articles, newest first. */
    public List<Listed> list(int limit, int offset) {
        return db.inTransaction(c -> {
            List<Article> articles = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
                    + " FROM article a WHERE a.deleted_at IS NULL ORDER BY a.id DESC LIMIT ? OFFSET ?")) {
                p.setInt(1, limit);
                p.setInt(2, offset);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) articles.add(article(rs));
                }
            }
            Map<Long, List<String>> tags = tagsOf(c, articles.stream().map(Article::id).toList());
            return articles.stream().map(a -> new Listed(a, tags.getOrDefault(a.id(), List.of()))).toList();
        });
    }

    public long count() {
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM article WHERE deleted_at IS NULL")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static Map<Long, List<String>> tagsOf(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        try (PreparedStatement p = c.prepareStatement(
                "SELECT article_id, tag FROM article_tag WHERE article_id = ANY (?) ORDER BY article_id, tag")) {
            p.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    public Details details(long id) {
        return db.inTransaction(c -> details(c, id).orElseThrow(() -> new NotFoundException("no article " + id)));
    }

    private static Optional<Details> details(Connection c, long id) throws SQLException {
        Article a;
        int version;
        boolean deleted;
        String createdBy;
        try (PreparedStatement p = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
                + ", u.name FROM article a LEFT JOIN users u ON u.id = a.created_by WHERE a.id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                a = article(rs);
                version = rs.getInt(17);
                deleted = rs.getTimestamp(18) != null;
                createdBy = rs.getString(19);
            }
        }
        List<UserTag> tags = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT t.tag, u.name FROM article_tag t LEFT JOIN users u ON u.id = t.user_id WHERE t.article_id = ? ORDER BY t.tag")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) tags.add(new UserTag(rs.getString(1), rs.getString(2)));
            }
        }
        List<UserAnnotation> annotations = annotations(c, id);
        List<UserNote> notes = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT n.id, n.text, u.name, n.created_at FROM note n LEFT JOIN users u ON u.id = n.user_id WHERE n.article_id = ? ORDER BY n.id")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) notes.add(new UserNote(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
            }
        }
        return Optional.of(new Details(a, version, deleted, tags, annotations, notes, createdBy));
    }

    private static List<UserAnnotation> annotations(Connection c, Long articleId) throws SQLException {
        List<UserAnnotation> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT n.id, n.article_id, n.start_at, n.end_at, n.quote, n.prefix, "
                + "n.suffix, n.note, n.color, n.state, n.created_at, u.name FROM annotation n LEFT JOIN users u ON u.id = n.user_id "
                + "JOIN article a ON a.id = n.article_id WHERE a.deleted_at IS NULL AND (?::bigint IS NULL OR n.article_id = ?) ORDER BY n.id")) {
            if (articleId == null) {
                p.setNull(1, Types.BIGINT);
                p.setNull(2, Types.BIGINT);
            } else {
                p.setLong(1, articleId);
                p.setLong(2, articleId);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    AnchorState state = rs.getString(10).equals("orphaned") ? AnchorState.ORPHANED : AnchorState.ANCHORED;
                    out.add(new UserAnnotation(new Annotation(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), List.of(), state,
                            rs.getTimestamp(11).toInstant()), rs.getString(12)));
                }
            }
        }
        return out;
    }

    public List<UserAnnotation> annotations(Long articleId) {
        return db.inTransaction(c -> annotations(c, articleId));
    }

    /** Changes title and/or body when {@code expectedVersion} is the stored one; returns the new version. */
    public int edit(long id, int expectedVersion, String title, String body, TeamUser by) {
        return db.inTransaction(c -> {
            int current = lockVersion(c, id);
            if (current != expectedVersion) throw new StaleVersionException(id, expectedVersion, current);
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE article SET title = coalesce(?, title), body = coalesce(?, body), version = version + 1 WHERE id = ?")) {
                p.setString(1, title);
                p.setString(2, body);
                p.setLong(3, id);
                p.executeUpdate();
            }
            if (body != null) reanchor(c, id, body);
            audit(c, by, "edit", "article " + id, (title != null ? "title " : "") + (body != null ? "body" : ""));
            outbox(c, List.of(id));
            return current + 1;
        });
    }

    private static int lockVersion(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT version FROM article WHERE id = ? FOR UPDATE")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) throw new NotFoundException("no article " + id);
                return rs.getInt(1);
            }
        }
    }

    /** Highlights follow their quote in the new body (nearest occurrence); one whose quote is gone is orphaned. */
    private static void reanchor(Connection c, long id, String body) throws SQLException {
        for (UserAnnotation ua : annotations(c, id)) {
            Annotation a = ua.annotation();
            int at = nearest(body, a.quote(), a.start());
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE annotation SET start_at = ?, end_at = ?, state = ? WHERE id = ?")) {
                p.setInt(1, at < 0 ? a.start() : at);
                p.setInt(2, at < 0 ? a.end() : at + a.quote().length());
                p.setString(3, at < 0 ? "orphaned" : "anchored");
                p.setLong(4, a.id());
                p.executeUpdate();
            }
        }
    }

    static int nearest(String body, String quote, int near) {
        int best = -1;
        for (int i = body.indexOf(quote); i >= 0; i = body.indexOf(quote, i + 1)) {
            if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
        }
        return best;
    }

    /** Adds and removes tags on articles; tags of other users stay. Returns the articles changed. */
    public int tag(List<Long> ids, List<String> add, List<String> remove, TeamUser by) {
        return db.inTransaction(c -> {
            List<Long> changed = new ArrayList<>();
            for (long id : ids) {
                lockVersion(c, id);
                boolean any = false;
                for (String t : add) {
                    try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO article_tag (article_id, tag, user_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                        p.setLong(1, id);
                        p.setString(2, t.strip());
                        p.setLong(3, by.id());
                        any |= p.executeUpdate() > 0;
                    }
                }
                for (String t : remove) {
                    try (PreparedStatement p = c.prepareStatement("DELETE FROM article_tag WHERE article_id = ? AND tag = ?")) {
                        p.setLong(1, id);
                        p.setString(2, t.strip());
                        any |= p.executeUpdate() > 0;
                    }
                }
                if (any) changed.add(id);
            }
            if (!changed.isEmpty()) {
                audit(c, by, "tag", "articles " + ids(changed), "add " + add + " remove " + remove);
                outbox(c, changed);
            }
            return changed.size();
        });
    }

    public record TagCount(String name, long count) {
    }

    public List<TagCount> tags() {
        return db.inTransaction(c -> {
            List<TagCount> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT t.tag, count(*) FROM article_tag t "
                    + "JOIN article a ON a.id = t.article_id WHERE a.deleted_at IS NULL GROUP BY t.tag ORDER BY t.tag")) {
                while (rs.next()) out.add(new TagCount(rs.getString(1), rs.getLong(2)));
            }
            return out;
        });
    }

    /** A highlight of {@code quote} (its first occurrence) with an optional note. */
    public Annotation annotate(long id, String quote, String note, String color, TeamUser by) {
        if (quote == null || quote.isEmpty()) throw new InvalidInputException("a highlight needs --quote");
        return db.inTransaction(c -> {
            lockVersion(c, id);
            String body;
            try (PreparedStatement p = c.prepareStatement("SELECT body FROM article WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    body = rs.getString(1);
                }
            }
            int at = body.indexOf(quote);
            if (at < 0) throw new InvalidInputException("the quote '" + quote + "' is not in article " + id);
            String prefix = body.substring(Math.max(0, at - 32), at);
            String suffix = body.substring(at + quote.length(), Math.min(body.length(), at + quote.length() + 32));
            long annotationId;
            Instant created;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO annotation (article_id, start_at, end_at, quote, prefix, "
                    + "suffix, note, color, user_id) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id, created_at")) {
                p.setLong(1, id);
                p.setInt(2, at);
                p.setInt(3, at + quote.length());
                p.setString(4, quote);
                p.setString(5, prefix);
                p.setString(6, suffix);
                p.setString(7, note);
                p.setString(8, color == null ? "yellow" : color);
                p.setLong(9, by.id());
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    annotationId = rs.getLong(1);
                    created = rs.getTimestamp(2).toInstant();
                }
            }
            audit(c, by, "annotate", "article " + id, "highlight " + annotationId);
            outbox(c, List.of(id));
            return new Annotation(annotationId, id, at, at + quote.length(), quote, prefix, suffix, note,
                    color == null ? "yellow" : color, List.of(), AnchorState.ANCHORED, created);
        });
    }

    public UserNote note(long id, String text, TeamUser by) {
        if (text == null || text.isBlank()) throw new InvalidInputException("an empty note");
        return db.inTransaction(c -> {
            lockVersion(c, id);
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO note (article_id, text, user_id) VALUES (?, ?, ?) RETURNING id, created_at")) {
                p.setLong(1, id);
                p.setString(2, text);
                p.setLong(3, by.id());
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    UserNote n = new UserNote(rs.getLong(1), text, by.name(), rs.getTimestamp(2).toInstant());
                    audit(c, by, "note", "article " + id, "note " + n.id());
                    outbox(c, List.of(id));
                    return n;
                }
            }
        });
    }

    /** Moves articles to the trash ({@code deleted}) or back; returns the articles changed. */
    public int trash(List<Long> ids, boolean deleted, TeamUser by) {
        return db.inTransaction(c -> {
            List<Long> changed = new ArrayList<>();
            for (long id : ids) {
                lockVersion(c, id);
                try (PreparedStatement p = c.prepareStatement(deleted
                        ? "UPDATE article SET deleted_at = now(), deleted_by = ? WHERE id = ? AND deleted_at IS NULL"
                        : "UPDATE article SET deleted_at = NULL, deleted_by = NULL WHERE id = ? AND deleted_at IS NOT NULL")) {
                    if (deleted) {
                        p.setLong(1, by.id());
                        p.setLong(2, id);
                    } else {
                        p.setLong(1, id);
                    }
                    if (p.executeUpdate() > 0) changed.add(id);
                }
            }
            if (!changed.isEmpty()) {
                audit(c, by, deleted ? "delete" : "undelete", "articles " + ids(changed), null);
                outbox(c, changed);
            }
            return changed.size();
        });
    }

    public record Trashed(long id, String title, Instant deletedAt, String deletedBy) {
    }

    public List<Trashed> trashed() {
        return db.inTransaction(c -> {
            List<Trashed> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT a.id, a.title, a.deleted_at, u.name "
                    + "FROM article a LEFT JOIN users u ON u.id = a.deleted_by WHERE a.deleted_at IS NOT NULL ORDER BY a.deleted_at DESC")) {
                while (rs.next()) out.add(new Trashed(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)));
            }
            return out;
        });
    }

    // ---- audit

    public record AuditRow(long id, Instant at, String user, String action, String target, String detail) {
    }

    private static void audit(Connection c, TeamUser by, String action, String target, String detail) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO audit (user_id, user_name, action, target, detail) VALUES (?, ?, ?, ?, ?)")) {
            if (by == null || by.id() <= 0) p.setNull(1, Types.BIGINT); else p.setLong(1, by.id());
            p.setString(2, by == null ? "system" : by.name());
            p.setString(3, action);
            p.setString(4, target);
            p.setString(5, detail);
            p.executeUpdate();
        }
    }

    public List<AuditRow> audit(int limit) {
        return db.inTransaction(c -> {
            List<AuditRow> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, at, user_name, action, target, detail FROM audit ORDER BY id DESC LIMIT ?")) {
                p.setInt(1, limit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    // ---- the outbox the index follows

    private static void outbox(Connection c, Collection<Long> ids) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, OUTBOX_LOCK);
            lock.execute();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO outbox (article_id) VALUES (?)")) {
            for (long id : ids) {
                p.setLong(1, id);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    public record Change(long seq, long articleId) {
    }

    /**
     * Changes after {@code seq}, in order. Read under the outbox lock (shared with writers): every number below the
     * highest one returned is committed or never will be.
     */
    public List<Change> changesAfter(long seq, int limit) {
        return db.inTransaction(c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, OUTBOX_LOCK);
                lock.execute();
            }
            List<Change> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT seq, article_id FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?")) {
                p.setLong(1, seq);
                p.setInt(2, limit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) out.add(new Change(rs.getLong(1), rs.getLong(2)));
                }
            }
            return out;
        });
    }

    public long lastChange() {
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM outbox")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public long applied(String index) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT applied FROM index_state WHERE name = ?")) {
                p.setString(1, index);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    public void setApplied(String index, long seq) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO index_state (name, applied) VALUES (?, ?) "
                    + "ON CONFLICT (name) DO UPDATE SET applied = excluded.applied")) {
                p.setString(1, index);
                p.setLong(2, seq);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** What the index holds of each live article (absent: deleted or gone, so the index drops it). */
    public Map<Long, IndexEntry> indexEntries(Collection<Long> ids) {
        return db.inTransaction(c -> {
            Map<Long, IndexEntry> out = new LinkedHashMap<>();
            for (long id : ids) {
                Optional<Details> d = details(c, id);
                if (d.isEmpty() || d.get().deleted()) continue;
                Details x = d.get();
                out.put(id, new IndexEntry(x.article(), x.tags().stream().map(UserTag::name).toList(),
                        x.annotations().stream().map(UserAnnotation::annotation).toList(),
                        x.notes().stream().map(UserNote::text).toList()));
            }
            return out;
        });
    }

    /** Every live article id from {@code after} on, in order: for a rebuild. */
    public List<Long> liveIds(long after, int limit) {
        return db.inTransaction(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id FROM article WHERE id > ? AND deleted_at IS NULL ORDER BY id LIMIT ?")) {
                p.setLong(1, after);
                p.setInt(2, limit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }
}
