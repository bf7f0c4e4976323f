package org.kliping.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SortOrder;
import org.kliping.search.ArticleIndex;
import org.kliping.search.SearchSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team server end to end on real engines: its own PostgreSQL and a three-node SolrCloud in this JVM (the demo),
 * two users over HTTP, the desktop's ranking, rights, versions, and a search node stopped while searching.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerEndToEndTest {
    @TempDir
    static Path dir;
    TeamServer server;
    Api admin;
    Api editor;
    Api reader;

    @BeforeAll
    void start() throws Exception {
        server = TeamServer.demo(dir.resolve("demo"), 0);
        admin = new Api(server.url(), server.adminToken());
        Api.Reply e = admin.post("/api/users", Map.of("name", "ani", "role", "editor"));
        assertThat(e.status()).isEqualTo(200);
        editor = new Api(server.url(), e.body().get("token").asText());
        reader = new Api(server.url(), server.addUser("budi", "reader"));
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    private static Map<String, Object> seeds() throws Exception {
        List<Map<String, String>> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList()) {
                files.add(Map.of("name", p.getFileName().toString(),
                        "data", Base64.getEncoder().encodeToString(Files.readAllBytes(p))));
            }
        }
        return Map.of("files", files);
    }

    private void awaitIndexed() throws Exception {
        long last = server.archive().store().lastChange();
        for (int i = 0; i < 300 && server.archive().follower().applied() < last; i++) Thread.sleep(100);
        assertThat(server.archive().follower().applied()).isGreaterThanOrEqualTo(last);
    }

    @Test
    void twoUsersImportSearchTagAndTheRightsHold() throws Exception {
        assertThat(new Api(server.url(), null).get("/api/search?q=bebas").status()).isEqualTo(401);
        assertThat(new Api(server.url(), "kt_wrong").get("/api/articles").status()).isEqualTo(401);

        Api.Reply imported = editor.post("/api/import", seeds());
        assertThat(imported.status()).isEqualTo(200);
        // the other tests may have imported the seeds first: then they are duplicates
        assertThat(imported.body().get("imported").asInt() + imported.body().get("duplicates").asInt()).isEqualTo(5);
        assertThat(editor.post("/api/import", seeds()).body().get("duplicates").asInt()).isEqualTo(5);
        awaitIndexed();

        // the reader searches what the editor imported, ranked as the desktop ranks the same articles
        Map<Long, IndexEntry> entries = server.archive().store().indexEntries(ids(editor.get("/api/articles").body()));
        Path desktop = dir.resolve("desktop-index");
        try (ArticleIndex index = ArticleIndex.open(desktop, SearchSettings.defaults())) {
            entries.values().forEach(index::upsert);
            index.commit(1);
            for (String q : List.of("bebas", "Korea Utara", "\"Kim Jong Un\"", "perang rusia", "sekolah anak")) {
                List<Long> expected = index.search(new SearchRequest(q, 10, 0, SortOrder.RELEVANCE)).hits().stream()
                        .map(SearchHit::id).toList();
                Api.Reply r = reader.get("/api/search?q=" + java.net.URLEncoder.encode(q, "UTF-8"));
                assertThat(r.status()).isEqualTo(200);
                List<Long> got = new ArrayList<>();
                r.body().get("hits").forEach(h -> got.add(h.get("id").asLong()));
                assertThat(got).as("ranking of '%s'", q).isEqualTo(expected);
            }
        }
        Api.Reply hits = reader.get("/api/search?q=bebas");
        assertThat(hits.body().get("total").asLong()).isPositive();
        assertThat(hits.body().get("hits").get(0).get("snippet").asText()).contains("<mark>");
        long id = hits.body().get("hits").get(0).get("id").asLong();

        // a reader cannot write; the editor tags, and the tag is searchable
        assertThat(reader.post("/api/tag", Map.of("ids", List.of(id), "add", List.of("konflik"))).status()).isEqualTo(403);
        assertThat(editor.post("/api/tag", Map.of("ids", List.of(id), "add", List.of("konflik"))).status()).isEqualTo(200);
        awaitIndexed();
        Api.Reply tagged = reader.get("/api/search?q=tag:konflik");
        assertThat(tagged.body().get("hits")).hasSize(1);
        assertThat(tagged.body().get("hits").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(reader.get("/api/tags").body().get(0).get("name").asText()).isEqualTo("konflik");

        // who wrote what: the article shows its tags' users, the audit log the writes
        Api.Reply shown = reader.get("/api/articles/" + id);
        assertThat(shown.body().get("tagsBy").get(0).get("user").asText()).isEqualTo("ani");
        assertThat(reader.get("/api/audit").status()).isEqualTo(403);
        List<String> actions = new ArrayList<>();
        admin.get("/api/audit").body().forEach(a -> actions.add(a.get("user").asText() + " " + a.get("action").asText()));
        assertThat(actions).contains("ani import", "ani tag");
    }

    @Test
    void aStaleEditGets409WithTheCurrentVersionAndHighlightsFollow() throws Exception {
        editor.post("/api/import", seeds());
        long id = editor.get("/api/articles").body().get(0).get("id").asLong();
        Api.Reply shown = editor.get("/api/articles/" + id);
        int version = shown.body().get("version").asInt();
        String body = shown.body().get("body").asText();
        String quote = body.substring(body.length() / 2, body.length() / 2 + 20);
        Api.Reply h = editor.post("/api/articles/" + id + "/annotations", Map.of("quote", quote, "note", "cek angka"));
        assertThat(h.status()).isEqualTo(200);
        assertThat(h.body().get("user").asText()).isEqualTo("ani");

        Api.Reply first = admin.patch("/api/articles/" + id, Map.of("version", version, "body", "Paragraf baru.\n\n" + body));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("version").asInt()).isEqualTo(version + 1);
        Api.Reply stale = editor.patch("/api/articles/" + id, Map.of("version", version, "title", "Judul lain"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("current").asInt()).isEqualTo(version + 1);

        Api.Reply after = editor.get("/api/annotations?article=" + id);
        com.fasterxml.jackson.databind.JsonNode a = after.body().get(0);
        assertThat(a.get("state").asText()).isEqualTo("anchored");
        assertThat(a.get("start").asInt()).isEqualTo(body.length() / 2 + "Paragraf baru.\n\n".length());
    }

    @Test
    void searchesGoOnWhileASearchNodeIsStopped() throws Exception {
        editor.post("/api/import", seeds());
        awaitIndexed();
        long before = reader.get("/api/search?q=bebas").body().get("total").asLong();
        server.cluster().stopNode(1);
        try {
            for (int i = 0; i < 20; i++) {
                Api.Reply r = reader.get("/api/search?q=bebas");
                assertThat(r.status()).as(r.body().toString()).isEqualTo(200);
                assertThat(r.body().get("total").asLong()).isEqualTo(before);
            }
        } finally {
            server.cluster().startNode(1);
        }
    }

    record Run(int code, String out, String err) {
    }

    private static Run cli(Map<String, String> env, String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.kliping.cli.Cli.run(args, env, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void twoUsersThroughTheCommandLine() throws Exception {
        Map<String, String> ani = Map.of("KLIPING_SERVER", server.url(), "KLIPING_TOKEN", editor.token());
        Run imported = cli(ani, "import", "seeds", "--json");
        assertThat(imported.code()).as(imported.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode report = Api.JSON.readTree(imported.out());
        assertThat(report.get("imported").asInt() + report.get("duplicates").asInt()).isEqualTo(5);
        awaitIndexed();

        // budi logs in once (the token saved in his config folder), then searches and is refused a write
        Path config = dir.resolve("budi-config");
        Map<String, String> budiLogin = Map.of("XDG_CONFIG_HOME", config.toString(), "KLIPING_TOKEN", reader.token());
        Run login = cli(budiLogin, "login", server.url());
        assertThat(login.code()).as(login.err()).isZero();
        assertThat(login.out()).contains("as budi (reader)");
        Map<String, String> budi = Map.of("XDG_CONFIG_HOME", config.toString(), "KLIPING_SERVER", server.url());
        Run search = cli(budi, "search", "bebas", "--json");
        assertThat(search.code()).as(search.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode found = Api.JSON.readTree(search.out());
        assertThat(found.get("total").asLong()).isPositive();
        assertThat(found.has("totalAllWords") && found.has("facets") && found.has("notices")).isTrue();
        String id = found.get("hits").get(0).get("id").asText();
        Run refused = cli(budi, "tag", id, "--add", "penting");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("reader").contains("403");

        Run tagged = cli(ani, "tag", id, "--add", "penting", "--json");
        assertThat(tagged.code()).as(tagged.err()).isZero();
        assertThat(cli(ani, "annotate", id, "--quote", Api.JSON.readTree(cli(budi, "show", id, "--json").out())
                .get("body").asText().substring(0, 12), "--note", "cek", "--json").code()).isZero();
        Run shown = cli(budi, "show", id);
        assertThat(shown.out()).contains("tag penting (ani)").contains("highlight #").contains("by ani");

        Run noToken = cli(Map.of("KLIPING_SERVER", server.url(), "XDG_CONFIG_HOME", dir.resolve("nobody").toString()),
                "list");
        assertThat(noToken.code()).isEqualTo(3);
        assertThat(noToken.err()).contains("no token");
        Run badToken = cli(Map.of("KLIPING_SERVER", server.url(), "KLIPING_TOKEN", "kt_nope"), "list");
        assertThat(badToken.code()).isEqualTo(3);
        assertThat(badToken.err()).contains("401");
    }

    private static List<Long> ids(com.fasterxml.jackson.databind.JsonNode list) {
        List<Long> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("id").asLong()));
        return out;
    }
}
