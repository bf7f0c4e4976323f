package org.kliping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.capture.LoopbackServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** clip, reread, feed and watch as a script runs them, against a loopback server. */
class CaptureCliTest {

    @TempDir
    Path dir;
    private LoopbackServer server;
    private CliRunner cli;

    private static final String BODY = "<p>JAKARTA - Banjir merendam puluhan rumah warga di bantaran Kali Ciliwung pada Senin pagi "
            + "setelah hujan deras mengguyur Jakarta dan Bogor sejak Minggu malam.</p><p>Sekitar 300 warga mengungsi ke masjid "
            + "dan sekolah terdekat, kata petugas penanggulangan bencana.</p>";

    private static String page(String canonical, String title) {
        return "<html><head><title>" + title + " - Berita Contoh</title>" + (canonical == null ? "" : "<link rel=\"canonical\" href=\""
                + canonical + "\">") + "</head><body><article><h1>" + title + "</h1>" + BODY + "</article></body></html>";
    }

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        cli = new CliRunner(dir.resolve("archive"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void clipPrintsTheImportSummaryAndExitsOneWhenAnAddressFailed() {
        server.html("/banjir", page("https://berita.example/banjir", "Banjir rendam Jakarta"));
        CliRunner.Result r = cli.run("clip", server.url("/banjir"), server.url("/hilang"), "--tag", "banjir", "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        JsonNode j = r.json();
        assertThat(j.get("imported").asInt()).isEqualTo(1);
        assertThat(j.get("duplicates").asInt()).isZero();
        assertThat(j.get("rejected")).hasSize(1);
        assertThat(j.get("rejected").get(0).get("path").asText()).isEqualTo(server.url("/hilang"));
        assertThat(j.get("rejected").get(0).get("error").asText()).isEqualTo("the server answered 404 Not Found");
        assertThat(j.has("warnings")).isTrue();
        long id = j.get("ids").get(0).asLong();

        JsonNode shown = cli.run("show", Long.toString(id), "--json").json();
        assertThat(shown.toString()).contains("https://berita.example/banjir").contains("banjir");

        CliRunner.Result again = cli.run("clip", server.url("/banjir"), "--json");
        assertThat(again.code()).isZero();
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(1);
        CliRunner.Result refreshed = cli.run("clip", "--refresh", server.url("/banjir"), "--json");
        assertThat(refreshed.code()).isZero();
        assertThat(refreshed.json().get("ids").get(0).asLong()).isEqualTo(id);

        CliRunner.Result text = cli.run("clip", "ftp://berita.example/a");
        assertThat(text.code()).isEqualTo(1);
        assertThat(text.out()).contains("rejected   ftp://berita.example/a: only http and https");

        CliRunner.Result reread = cli.run("reread", "--json");
        assertThat(reread.code()).as(reread.err()).isZero();
        assertThat(reread.json().get("unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void feedAddListFetchAndRemove() {
        server.html("/banjir", page(null, "Banjir rendam Jakarta"));
        server.serve("/rss", 200, "application/rss+xml", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Contoh</title>"
                + "<link>" + server.url("/") + "</link><description>d</description><item><title>Banjir</title><link>"
                + server.url("/banjir") + "</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
        CliRunner.Result added = cli.run("feed", "add", server.url("/rss"), "--tag", "terkini", "--json");
        assertThat(added.code()).as(added.err()).isZero();
        JsonNode feed = added.json();
        assertThat(feed.get("url").asText()).isEqualTo(server.url("/rss"));
        assertThat(feed.get("title").asText()).isEqualTo("Contoh");
        long id = feed.get("id").asLong();

        JsonNode list = cli.run("feed", "list", "--json").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("articles").asInt()).isZero();
        assertThat(list.get(0).get("lastFetched").isNull()).isTrue();

        CliRunner.Result fetched = cli.run("feed", "fetch", "--json");
        assertThat(fetched.code()).as(fetched.err()).isZero();
        JsonNode f = fetched.json();
        assertThat(f.get("imported").asInt()).isEqualTo(1);
        assertThat(f.get("feeds").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(f.get("feeds").get(0).get("new").asInt()).isEqualTo(1);
        assertThat(f.get("feeds").get(0).get("error").isNull()).isTrue();

        JsonNode after = cli.run("feed", "list", "--json").json().get(0);
        assertThat(after.get("articles").asInt()).isEqualTo(1);
        assertThat(after.get("lastFetched").asText()).isNotEmpty();
        for (String field : new String[] {"id", "url", "title", "articles", "lastFetched"}) assertThat(after.has(field)).isTrue();

        assertThat(cli.run("feed", "fetch", "77", "--json").code()).isEqualTo(1);
        assertThat(cli.run("feed", "remove", Long.toString(id)).code()).isZero();
        assertThat(cli.run("feed", "list", "--json").json()).isEmpty();
        assertThat(cli.run("list", "--json").json()).hasSize(1);
        CliRunner.Result notAFeed = cli.run("feed", "add", server.url("/banjir"));
        assertThat(notAFeed.code()).isEqualTo(1);
        assertThat(notAFeed.err()).contains(server.url("/banjir")).contains("not a feed");
    }

    @Test
    void feedAddOfASitesPageFollowsTheFeedItNames() {
        server.serve("/rss", 200, "application/rss+xml", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Contoh</title>"
                + "<link>" + server.url("/") + "</link><description>d</description></channel></rss>").getBytes(StandardCharsets.UTF_8));
        server.html("/", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom\"></head><body>Beranda</body></html>");
        CliRunner.Result added = cli.run("feed", "add", server.url("/"), "--json");
        assertThat(added.code()).as(added.err()).isZero();
        JsonNode feed = added.json();
        assertThat(feed.get("url").asText()).isEqualTo(server.url("/rss"));
        assertThat(feed.get("title").asText()).isEqualTo("Contoh");
        assertThat(feed.get("foundOn").asText()).isEqualTo(server.url("/"));
        assertThat(feed.get("otherFeeds").get(0).asText()).isEqualTo(server.url("/atom"));
        CliRunner.Result text = cli.run("feed", "add", server.url("/"));
        assertThat(text.out()).contains("found the feed " + server.url("/rss") + " on " + server.url("/"))
                .contains("not followed: " + server.url("/atom"));
    }

    @Test
    void clippingAnAddressWhoseArticleIsInTheTrashSaysHowToGetItBack() {
        server.html("/banjir", page(null, "Banjir rendam Jakarta"));
        long id = cli.run("clip", server.url("/banjir"), "--json").json().get("ids").get(0).asLong();
        assertThat(cli.run("delete", Long.toString(id)).code()).isZero();
        CliRunner.Result again = cli.run("clip", server.url("/banjir"), "--json");
        assertThat(again.code()).as(again.err()).isZero();
        JsonNode j = again.json();
        assertThat(j.get("duplicates").asInt()).isEqualTo(1);
        assertThat(j.get("trashed").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(j.get("trashed").get(0).get("status").asText()).isEqualTo("trashed");
        assertThat(j.get("warnings").get(0).get("warning").asText()).contains("kliping undelete " + id);
        JsonNode back = cli.run("clip", "--refresh", server.url("/banjir"), "--json").json();
        assertThat(back.get("refreshed").asInt()).isEqualTo(1);
        assertThat(cli.run("list", "--json").json()).hasSize(1);
    }

    @Test
    void watchOnceImportsTheInboxAndMovesFilesAway() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("banjir.html"), page(null, "Banjir rendam Jakarta"));
        Files.writeString(inbox.resolve("foto.png"), "PNG");
        CliRunner.Result r = cli.run("watch", inbox.toString(), "--once");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("imported   ").contains("rejected   ");
        assertThat(inbox.resolve("imported/banjir.html")).exists();
        assertThat(inbox.resolve("rejected/foto.png.reason.txt")).exists();
        assertThat(cli.run("watch", dir.resolve("tidak-ada").toString()).code()).isEqualTo(2);
    }
}
