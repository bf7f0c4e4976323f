package org.kliping.server;

import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleDraft;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;
import org.kliping.ingest.ArticleReaders;
import org.kliping.ingest.ImportLimits;
import org.kliping.ingest.ReadOutcome;
import org.kliping.server.db.TeamStore;
import org.kliping.server.db.TeamUser;
import org.kliping.server.index.IndexFollower;
import org.kliping.server.index.SolrArchiveIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The team archive's use cases, shared by the HTTP API and {@code kliping server} commands: PostgreSQL is the
 * truth ({@link TeamStore}), the Solr index follows it ({@link IndexFollower}). Files are read by the desktop's
 * readers ({@link ArticleReaders}), so an import stores the same articles as on the desktop.
 */
public final class TeamArchive implements AutoCloseable {
    private final TeamStore store;
    private final SolrArchiveIndex index;
    private final IndexFollower follower;
    private final ArticleReaders readers = new ArticleReaders(ImportLimits.defaults());

    public TeamArchive(TeamStore store, SolrArchiveIndex index) {
        this.store = store;
        this.index = index;
        this.follower = new IndexFollower(store, index);
    }

    public TeamStore store() {
        return store;
    }

    public SolrArchiveIndex index() {
        return index;
    }

    public IndexFollower follower() {
        return follower;
    }

    /** Starts following the outbox (after catching up with what was written while it was away). */
    public void start() {
        follower.start();
    }

    /** One file sent for import: its name (for the reader's choice of format and messages) and bytes. */
    public record Upload(String name, byte[] data) {
    }

    public record Problem(String path, String error) {
    }

    public record ImportResult(int imported, int duplicates, List<Problem> rejected, List<Problem> warnings, List<Long> ids) {
    }

    public ImportResult importFiles(List<Upload> files, List<String> tags, TeamUser by) {
        List<TeamStore.NewArticle> fresh = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Path dir;
        try {
            dir = Files.createTempDirectory("kliping-upload");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the upload", e);
        }
        try {
            int n = 0;
            for (Upload u : files) {
                String name = Path.of(u.name().replace('\\', '/')).getFileName().toString();
                Path file = dir.resolve((n++) + "-" + name);
                Files.write(file, u.data());
                readers.read(file, outcome -> {
                    String where = outcome.location() == null ? u.name()
                            : outcome.location().replace(file.toString(), u.name());
                    if (outcome instanceof ReadOutcome.Parsed p) {
                        ArticleDraft d = p.draft();
                        d.warnings().forEach(w -> warnings.add(new Problem(where, w)));
                        fresh.add(new TeamStore.NewArticle(article(d), d.original()));
                    } else if (outcome instanceof ReadOutcome.Rejected r) {
                        rejected.add(new Problem(where, r.reason()));
                    } else {
                        rejected.add(new Problem(where, "a Kliping archive file: restore it on the desktop"));
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload", e);
        } finally {
            deleteQuietly(dir);
        }
        List<TeamStore.Stored> stored = fresh.isEmpty() ? List.of()
                : store.insert(fresh, by, files.size() == 1 ? files.get(0).name() : files.size() + " files");
        List<Long> ids = stored.stream().map(TeamStore.Stored::id).toList();
        int created = (int) stored.stream().filter(TeamStore.Stored::created).count();
        if (!tags.isEmpty() && !ids.isEmpty()) store.tag(ids, tags, List.of(), by);
        follower.changed();
        return new ImportResult(created, stored.size() - created, rejected, warnings, ids);
    }

    private static Article article(ArticleDraft d) {
        return new Article(0, d.externalId(), d.title(), d.titleDerived(), d.lede(), d.body(), d.source(), d.place(),
                d.published(), d.publishedText(), d.url(), d.language(), d.originName(), Instant.now(), sha256(d.original()),
                false, false, d.authors());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary folder
        }
    }

    public List<TeamStore.Listed> list(int limit, int offset) {
        return store.list(limit, offset);
    }

    public TeamStore.Details show(long id) {
        return store.details(id);
    }

    public SearchResult search(SearchRequest request) {
        return index.search(request);
    }

    public int tag(List<Long> ids, List<String> add, List<String> remove, TeamUser by) {
        if (ids.isEmpty()) throw new InvalidInputException("no article ids given");
        int n = store.tag(ids, add, remove, by);
        follower.changed();
        return n;
    }

    public Annotation annotate(long id, String quote, String note, String color, TeamUser by) {
        Annotation a = store.annotate(id, quote, note, color, by);
        follower.changed();
        return a;
    }

    public TeamStore.UserNote note(long id, String text, TeamUser by) {
        TeamStore.UserNote n = store.note(id, text, by);
        follower.changed();
        return n;
    }

    public int edit(long id, int version, String title, String body, TeamUser by) {
        if (title == null && body == null) throw new InvalidInputException("nothing to change: give a title or a body");
        if (title != null && title.isBlank()) throw new InvalidInputException("a blank title");
        int v = store.edit(id, version, title, body, by);
        follower.changed();
        return v;
    }

    public int trash(List<Long> ids, boolean delete, TeamUser by) {
        int n = store.trash(ids, delete, by);
        follower.changed();
        return n;
    }

    /** Empties the index and fills it again from PostgreSQL. */
    public long reindex() {
        return follower.rebuild();
    }

    @Override
    public void close() {
        follower.close();
        index.close();
    }
}
