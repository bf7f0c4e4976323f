package org.kliping.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.capture.CaptureException;
import org.kliping.capture.LoopbackServer;
import org.kliping.domain.Article;
import org.kliping.domain.Feed;
import org.kliping.domain.ProgressListener;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Feeds served by a loopback server, followed into a real archive. */
class FeedServiceTest {

    @TempDir
    Path dir;
    private LoopbackServer server;
    private Archive archive;
    private Services s;
    private final AtomicReference<String> feedXml = new AtomicReference<>();

    @BeforeEach
    void open() throws IOException {
        server = new LoopbackServer();
        archive = Archive.open(dir.resolve("archive"), ProgressListener.NONE);
        s = archive.services();
        server.route("/rss", ex -> { // an ETag of the content: a conditional request for the same feed gets 304
            String etag = "\"" + Integer.toHexString(feedXml.get().hashCode()) + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", etag);
            LoopbackServer.send(ex, 200, "application/rss+xml; charset=utf-8", feedXml.get().getBytes(StandardCharsets.UTF_8));
        });
    }

    @AfterEach
    void close() {
        archive.close();
        server.close();
    }

    private String item(String title, String path, String guid, String description) {
        return "<item><title>" + title + "</title><link>" + server.url(path) + "</link><guid isPermaLink=\"false\">" + guid
                + "</guid>" + (description == null ? "" : "<description><![CDATA[" + description + "]]></description>") + "</item>";
    }

    private void feed(String... items) {
        feedXml.set("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Berita Contoh Terkini</title>"
                + "<link>" + server.url("/") + "</link><description>d</description>" + String.join("", items) + "</channel></rss>");
    }

    @Test
    void fetchClipsEachNewItemsFullPageOnceAndAsksConditionally() {
        server.html("/banjir", WebPages.article(null, "Banjir rendam Jakarta", WebPages.FLOOD));
        server.html("/debat", WebPages.article(null, "Debat calon gubernur", WebPages.ELECTION));
        feed(item("Debat calon gubernur", "/debat", "g-2", "Ringkasan debat."), item("Banjir rendam Jakarta", "/banjir", "g-1", "Ringkasan."));
        Feed f = s.feeds().add(server.url("/rss"), List.of("terkini"));
        assertThat(f.title()).isEqualTo("Berita Contoh Terkini");

        CaptureReport first = s.feeds().fetch(List.of(), ImportListener.NONE);
        assertThat(first.imported()).isEqualTo(2);
        assertThat(first.feeds()).containsExactly(new CaptureReport.FeedResult(f.id(), server.url("/rss"), 2, null));
        List<Article> stored = s.articles().getAll(first.ids());
        assertThat(stored).extracting(Article::title).containsExactly("Banjir rendam Jakarta", "Debat calon gubernur"); // oldest first
        assertThat(stored.get(0).body()).contains("perahu karet").doesNotContain("Ringkasan"); // the page, not the summary
        assertThat(s.tags().tagsOf(stored.get(0).id())).containsExactly("terkini");

        CaptureReport unchanged = s.feeds().fetch(List.of(f.id()), ImportListener.NONE);
        assertThat(unchanged.imported()).isZero();
        assertThat(unchanged.feeds().get(0).added()).isZero();
        assertThat(server.requestsFor("/banjir")).isEqualTo(1);

        server.html("/gempa", WebPages.article(null, "Gempa di Cianjur", "CIANJUR - Gempa bermagnitudo 5,6 mengguncang Cianjur "
                + "pada Senin siang dan merusak ratusan rumah warga di tiga kecamatan, kata petugas."));
        feed(item("Gempa di Cianjur", "/gempa", "g-3", null), item("Debat calon gubernur", "/debat", "g-2", null),
                item("Banjir rendam Jakarta", "/banjir", "g-1", null));
        CaptureReport more = s.feeds().fetch(List.of(), ImportListener.NONE);
        assertThat(more.imported()).isEqualTo(1);
        assertThat(server.requestsFor("/banjir")).isEqualTo(1);
        assertThat(server.requestsFor("/debat")).isEqualTo(1);

        Feed listed = s.feeds().list().get(0);
        assertThat(listed.articles()).isEqualTo(3);
        assertThat(listed.unread()).isEqualTo(3);
        assertThat(listed.lastFetched()).isNotNull();
        assertThat(listed.lastError()).isNull();
    }

    @Test
    void anItemWhosePageCannotBeHadIsStoredFromTheFeedWithAWarning() {
        String own = "<p>SURABAYA - Pemerintah kota meresmikan taman baru seluas dua hektare di pusat kota pada Minggu pagi.</p>"
                + "<p>Wali kota berharap taman itu menjadi ruang terbuka hijau bagi warga.</p>";
        feed(item("Taman baru di Surabaya", "/hilang", "g-a", own), item("Tanpa isi", "/juga-hilang", "g-b", null));
        s.feeds().add(server.url("/rss"), List.of());
        CaptureReport r = s.feeds().fetch(List.of(), ImportListener.NONE);
        assertThat(r.imported()).isEqualTo(1);
        Article a = s.articles().get(r.ids().get(0));
        assertThat(a.title()).isEqualTo("Taman baru di Surabaya");
        assertThat(a.body()).contains("ruang terbuka hijau");
        assertThat(a.url()).isEqualTo(server.url("/hilang"));
        assertThat(r.warnings()).extracting(ImportReport.Problem::error)
                .anyMatch(w -> w.contains("the page could not be had (the server answered 404 Not Found)"));
        assertThat(r.rejected()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(server.url("/juga-hilang"));
            assertThat(p.error()).contains("404").contains("no text of its own");
        });
        assertThat(r.allDone()).isFalse();
        // the failed item is tried again next time; the stored one is not
        s.feeds().fetch(List.of(), ImportListener.NONE);
        assertThat(server.requestsFor("/hilang")).isEqualTo(1);
        assertThat(server.requestsFor("/juga-hilang")).isEqualTo(2);
    }

    @Test
    void aFeedThatFailsIsReportedAndTheOthersAreFetched() throws IOException {
        server.html("/banjir", WebPages.article(null, "Banjir rendam Jakarta", WebPages.FLOOD));
        feed(item("Banjir rendam Jakarta", "/banjir", "g-1", null));
        Feed good = s.feeds().add(server.url("/rss"), List.of());
        server.serve("/rss-rusak", 200, "application/rss+xml", "<rss><channel><title>x".getBytes(StandardCharsets.UTF_8));
        server.serve("/rss-awal", 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>Awal</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8));
        Feed broken = s.feeds().add(server.url("/rss-awal"), List.of());
        server.serve("/rss-awal", 500, "text/html", "oops".getBytes(StandardCharsets.UTF_8));
        CaptureReport r = s.feeds().fetch(List.of(broken.id(), good.id(), 99L), ImportListener.NONE);
        assertThat(r.feeds()).extracting(CaptureReport.FeedResult::error).containsExactly(
                "no feed 99", "the server answered 500 Internal Server Error", null);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.allDone()).isFalse();
        assertThat(s.feeds().get(broken.id()).lastError()).isEqualTo("the server answered 500 Internal Server Error");
        assertThatThrownBy(() -> s.feeds().add(server.url("/banjir"), List.of()))
                .isInstanceOf(CaptureException.class).hasMessageContaining("not a feed");
        assertThatThrownBy(() -> s.feeds().add(server.url("/rss-rusak"), List.of())).hasMessageContaining("not a feed");
    }

    @Test
    void aSitesPageFollowsTheFirstFeedItNamesAndTellsTheOthers() {
        feed(item("Banjir rendam Jakarta", "/banjir", "g-1", null));
        server.serve("/atom-olahraga", 200, "application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Olahraga</title>
                <id>urn:x</id><updated>2026-12-07T08:00:00Z</updated></feed>""".getBytes(StandardCharsets.UTF_8));
        server.html("/", """
                <!DOCTYPE html><html><head><title>Berita Contoh</title>
                <link rel="stylesheet" type="text/css" href="/gaya.css">
                <link rel="alternate" type="application/rss+xml" title="Terkini" href="/rss">
                <link rel="alternate" type="application/atom+xml" title="Olahraga" href="atom-olahraga">
                </head><body><p>Beranda</p></body></html>""");
        FeedService.Followed followed = s.feeds().follow(server.url("/"), List.of());
        assertThat(followed.feed().url()).isEqualTo(server.url("/rss"));
        assertThat(followed.feed().title()).isEqualTo("Berita Contoh Terkini");
        assertThat(followed.foundOn()).isEqualTo(server.url("/"));
        assertThat(followed.others()).containsExactly(server.url("/atom-olahraga"));
        assertThat(s.feeds().list()).extracting(Feed::url).containsExactly(server.url("/rss"));
        assertThat(s.feeds().follow(server.url("/"), List.of()).feed().id()).isEqualTo(followed.feed().id()); // not twice

        server.html("/rusak", """
                <html><head><link rel="alternate" type="application/rss+xml" href="/tidak-ada"></head><body>x</body></html>""");
        assertThatThrownBy(() -> s.feeds().follow(server.url("/rusak"), List.of())).isInstanceOf(CaptureException.class)
                .hasMessageContaining(server.url("/rusak")).hasMessageContaining("names 1 feed and none could be read")
                .hasMessageContaining(server.url("/tidak-ada") + ": ").hasMessageContaining("404");
    }

    @Test
    void removingAFeedKeepsItsArticlesAndAddingTwiceGivesTheSameFeed() {
        server.html("/banjir", WebPages.article(null, "Banjir rendam Jakarta", WebPages.FLOOD));
        feed(item("Banjir rendam Jakarta", "/banjir", "g-1", null));
        Feed f = s.feeds().add(server.url("/rss"), List.of());
        assertThat(s.feeds().add(server.url("/rss"), List.of()).id()).isEqualTo(f.id());
        s.feeds().fetch(List.of(), ImportListener.NONE);
        s.feeds().remove(f.id());
        assertThat(s.feeds().list()).isEmpty();
        assertThat(s.articles().count()).isEqualTo(1);
    }
}
