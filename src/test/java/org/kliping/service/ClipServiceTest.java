package org.kliping.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.capture.LoopbackServer;
import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleListing;
import org.kliping.domain.ProgressListener;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Clipping pages served by a loopback server into a real archive. */
class ClipServiceTest {

    @TempDir
    Path dir;
    private LoopbackServer server;
    private Archive archive;
    private Services s;

    @BeforeEach
    void open() throws IOException {
        server = new LoopbackServer();
        archive = Archive.open(dir.resolve("archive"), ProgressListener.NONE);
        s = archive.services();
    }

    @AfterEach
    void close() {
        archive.close();
        server.close();
    }

    private CaptureReport clip(boolean refresh, String... paths) {
        List<String> urls = java.util.Arrays.stream(paths).map(server::url).toList();
        return s.clips().clip(urls, List.of("banjir"), refresh, ImportListener.NONE);
    }

    @Test
    void storesThePageWithItsCanonicalAddressOriginalBytesAndTags() {
        String html = WebPages.article("https://berita.example/read/1/banjir-jakarta", "Banjir rendam Jakarta", WebPages.FLOOD);
        server.html("/read/1?utm_source=feed", html);
        CaptureReport r = clip(false, "/read/1?utm_source=feed");
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.rejected()).isEmpty();
        Article a = s.articles().get(r.ids().get(0));
        assertThat(a.title()).isEqualTo("Banjir rendam Jakarta");
        assertThat(a.url()).isEqualTo("https://berita.example/read/1/banjir-jakarta");
        assertThat(a.body()).contains("Ciliwung").contains("perahu karet").doesNotContain("Hak cipta");
        assertThat(s.articles().details(a.id()).original()).isEqualTo(html);
        assertThat(s.tags().tagsOf(a.id())).containsExactly("banjir");
    }

    @Test
    void keepsTheFinalAddressWhenThePageNamesNone() {
        server.html("/tanpa-kanonik", WebPages.article(null, "Banjir rendam Jakarta", WebPages.FLOOD));
        server.redirect("/pendek", 301, "/tanpa-kanonik");
        CaptureReport r = clip(false, "/pendek");
        assertThat(s.articles().get(r.ids().get(0)).url()).isEqualTo(server.url("/tanpa-kanonik"));
    }

    @Test
    void anAddressWhoseArticleIsInTheTrashSaysSoAndARefreshBringsItBack() {
        server.html("/a", WebPages.article(server.url("/a"), "Banjir rendam Jakarta", WebPages.FLOOD));
        long id = clip(false, "/a").ids().get(0);
        s.articles().trash(List.of(id));

        CaptureReport again = clip(false, "/a");
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(again.trashed()).containsExactly(new CaptureReport.Trashed(server.url("/a"), id));
        assertThat(again.warnings()).singleElement().satisfies(w -> assertThat(w.error())
                .contains("#" + id).contains("in the Trash").contains("kliping undelete " + id).contains("--refresh"));
        assertThat(s.articles().isTrashed(id)).isTrue(); // nothing changes unless asked

        CaptureReport refreshed = clip(true, "/a");
        assertThat(refreshed.refreshed()).isEqualTo(1);
        assertThat(refreshed.ids()).containsExactly(id);
        assertThat(refreshed.trashed()).isEmpty();
        assertThat(s.articles().isTrashed(id)).isFalse();
        assertThat(s.search().search(org.kliping.domain.SearchRequest.of("ciliwung")).hits())
                .extracting(org.kliping.domain.SearchHit::id).containsExactly(id);
    }

    @Test
    void anAddressAlreadyInTheArchiveIsADuplicate() {
        server.html("/a", WebPages.article(server.url("/a"), "Banjir rendam Jakarta", WebPages.FLOOD));
        server.html("/a-amp", WebPages.article(server.url("/a"), "Banjir rendam Jakarta", WebPages.FLOOD));
        long id = clip(false, "/a").ids().get(0);
        CaptureReport again = clip(false, "/a", "/a-amp");
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(again.imported()).isZero();
        assertThat(server.requestsFor("/a")).isEqualTo(1); // known by its address: not fetched again
        assertThat(s.articles().count()).isEqualTo(1);
        assertThat(s.articles().get(id).url()).isEqualTo(server.url("/a"));
    }

    @Test
    void eachFailureNamesTheAddressAndTheReasonAndTheRestIsStored() {
        server.html("/baik", WebPages.article(null, "Banjir rendam Jakarta", WebPages.FLOOD));
        server.serve("/rusak", 500, "text/html", "oops".getBytes(StandardCharsets.UTF_8));
        server.serve("/gambar.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        server.html("/kosong", "<html><head><title>Kosong</title></head><body><nav><a href=\"/\">Beranda</a></nav></body></html>");
        CaptureReport r = clip(false, "/hilang", "/rusak", "/baik", "/gambar.png", "/kosong");
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.rejected()).extracting(ImportReport.Problem::path)
                .containsExactly(server.url("/hilang"), server.url("/rusak"), server.url("/gambar.png"), server.url("/kosong"));
        assertThat(r.rejected()).extracting(ImportReport.Problem::error).containsExactly(
                "the server answered 404 Not Found", "the server answered 500 Internal Server Error",
                "not a web page (image/png)", "no article text found on the page");
        assertThat(r.allDone()).isFalse();
        assertThat(s.articles().count()).isEqualTo(1);
    }

    @Test
    void followsTheArticlesFurtherPagesAndJoinsThem() {
        String paging1 = "<div class=\"paging\"><a href=\"/multi?page=2\">2</a> <a href=\"/multi?page=3\">3</a></div>";
        String paging2 = "<div class=\"paging\"><a href=\"/multi\">1</a> <a href=\"/multi?page=3\">3</a></div>";
        server.html("/multi", WebPages.pagedArticle(null, "Debat calon gubernur", paging1, WebPages.ELECTION[0]));
        server.html("/multi?page=2", WebPages.pagedArticle(null, "Debat calon gubernur", paging2, WebPages.ELECTION[1]));
        server.html("/multi?page=3", WebPages.pagedArticle(null, "Debat calon gubernur", "", WebPages.ELECTION[2]));
        CaptureReport r = clip(false, "/multi");
        Article a = s.articles().get(r.ids().get(0));
        assertThat(a.body().split("\n\n")).containsExactly(WebPages.ELECTION[0].replace("BANDUNG - ", ""),
                WebPages.ELECTION[1], WebPages.ELECTION[2]); // the dateline becomes the place
        assertThat(r.warnings()).extracting(ImportReport.Problem::error).contains("joined from 3 pages");
        assertThat(s.articles().count()).isEqualTo(1);
    }

    @Test
    void readsGzipAndTheCharsetTheServerNames() throws IOException {
        String html = WebPages.article(null, "Kafe di Bandung", "BANDUNG - Café dan kedai kopi di Jalan Braga ramai dikunjungi "
                + "wisatawan selama libur panjang akhir pekan ini, kata pengelola.").replace("<meta charset=\"utf-8\">", "");
        server.gzip("/kafe", "text/html; charset=windows-1252", html.getBytes(Charset.forName("windows-1252")));
        CaptureReport r = clip(false, "/kafe");
        assertThat(s.articles().get(r.ids().get(0)).body()).contains("Café dan kedai kopi");
    }

    @Test
    void refreshReadsTheAddressAgainKeepingTagsAndMovingHighlights() {
        server.html("/r", WebPages.article(null, "Banjir rendam Jakarta", WebPages.FLOOD[0], WebPages.FLOOD[1]));
        long id = clip(false, "/r").ids().get(0);
        s.tags().tag(List.of(id), List.of("jakarta"), List.of());
        Annotation kept = s.annotations().highlightQuote(id, "300 warga telah mengungsi", 1, "angka BPBD", "yellow", List.of());
        Annotation lost = s.annotations().highlightQuote(id, "hujan deras mengguyur Jakarta", 1, null, "yellow", List.of());
        String updated = "JAKARTA - Pembaruan: air mulai surut pada Senin sore di sebagian besar wilayah terdampak banjir.";
        server.html("/r", WebPages.article(null, "Banjir rendam Jakarta", updated, WebPages.FLOOD[1], WebPages.FLOOD[2]));

        CaptureReport r = clip(true, "/r");
        assertThat(r.refreshed()).isEqualTo(1);
        assertThat(r.imported()).isZero();
        assertThat(r.ids()).containsExactly(id);
        Article a = s.articles().get(id);
        assertThat(a.body()).startsWith("Pembaruan: air mulai surut").contains("perahu karet");
        assertThat(s.tags().tagsOf(id)).containsExactlyInAnyOrder("banjir", "jakarta");
        List<Annotation> after = s.annotations().forArticle(id);
        Annotation moved = after.stream().filter(x -> x.id() == kept.id()).findFirst().orElseThrow();
        assertThat(moved.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(a.body().substring(moved.start(), moved.end())).isEqualTo("300 warga telah mengungsi");
        assertThat(after.stream().filter(x -> x.id() == lost.id()).findFirst().orElseThrow().state()).isEqualTo(AnchorState.ORPHANED);
        assertThat(r.warnings()).extracting(ImportReport.Problem::error).anyMatch(w -> w.contains("orphaned"));
    }

    @Test
    void rereadReadsStoredOriginalsAgainAndSaysWhatCannotBe() throws IOException {
        server.html("/x", WebPages.article(null, "Banjir rendam Jakarta", WebPages.FLOOD));
        long clipped = clip(false, "/x").ids().get(0);
        Path file = Files.writeString(dir.resolve("debat.html"), WebPages.article(null, "Debat calon gubernur", WebPages.ELECTION));
        Path jsonl = Files.writeString(dir.resolve("a.jsonl"), "{\"title\":\"Satu\",\"body\":\"Isi artikel satu yang cukup panjang untuk dibaca.\"}\n");
        ImportReport imported = s.imports().importPaths(List.of(file, jsonl), ImportListener.NONE);
        assertThat(imported.imported()).isEqualTo(2);
        RereadService.RereadReport r = s.reread().reread(List.of(), ProgressListener.NONE);
        assertThat(r.unchanged()).isEqualTo(2);
        assertThat(r.rejected()).singleElement().satisfies(p -> assertThat(p.error()).contains("can be read again"));
        assertThat(s.articles().get(clipped).url()).isEqualTo(server.url("/x"));
        assertThat(s.articles().count(ArticleListing.all())).isEqualTo(3);
    }
}
