package org.kliping.ingest;

import org.junit.jupiter.api.Test;
import org.kliping.domain.ArticleDraft;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ArticlePagesTest {

    private static Optional<String> next(String html, String url, int page) {
        return ArticlePages.nextPage(html.getBytes(StandardCharsets.UTF_8), null, url, page);
    }

    @Test
    void followsANumberedPageLinkAsAQueryParameter() {
        String page1 = """
                <html><body><article><p>Isi halaman satu.</p></article>
                <div class="paging"><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a></div>
                <a href="/read/2026/12/07/lain/berita-lain?page=2">2</a></body></html>""";
        assertThat(next(page1, "https://www.kompas.example/read/2026/12/07/1/banjir", 1))
                .contains("https://www.kompas.example/read/2026/12/07/1/banjir?page=2");
        assertThat(next(page1, "https://www.kompas.example/read/2026/12/07/1/banjir?page=2", 2))
                .contains("https://www.kompas.example/read/2026/12/07/1/banjir?page=3");
    }

    @Test
    void followsHalamanSelanjutnyaAndTrailingPageNumbers() {
        String html = """
                <html><body><p>Isi.</p><a class="next" href="https://news.example/berita/banjir-jakarta/2">Halaman selanjutnya</a>
                </body></html>""";
        assertThat(next(html, "https://news.example/berita/banjir-jakarta", 1)).contains("https://news.example/berita/banjir-jakarta/2");
        String relNext = "<html><head><link rel=\"next\" href=\"/berita/banjir?hal=3\"></head><body><p>x</p></body></html>";
        assertThat(next(relNext, "https://news.example/berita/banjir?hal=2", 2)).contains("https://news.example/berita/banjir?hal=3");
    }

    @Test
    void doesNotFollowLinksToOtherArticlesOrSitesOrBeyondTheLastPage() {
        String html = """
                <html><body><p>Isi.</p>
                <a href="https://news.example/berita/lain/2">Selanjutnya</a>
                <a href="https://other.example/berita/banjir/2">2</a>
                <a href="https://news.example/berita/banjir/5">Selanjutnya</a>
                <a href="https://news.example/baca-juga/banjir-bandang">Berikutnya</a></body></html>""";
        assertThat(next(html, "https://news.example/berita/banjir", 1)).isEmpty();
        String ten = "<html><body><a href=\"https://news.example/berita/banjir/11\">11</a></body></html>";
        assertThat(next(ten, "https://news.example/berita/banjir/10", ArticlePages.MAX_PAGES)).isEmpty();
    }

    @Test
    void joinsPagesIntoOneArticleAndSplitsTheOriginalAgain() {
        ArticleReaders readers = new ArticleReaders(ImportLimits.defaults());
        String p1 = "<html><head><title>Banjir besar melanda Jakarta</title></head><body><article>"
                + "<p>Banjir besar melanda Jakarta pada Senin pagi setelah hujan deras semalaman.</p>"
                + "<p>Warga di bantaran sungai mengungsi ke tempat yang lebih tinggi.</p></article></body></html>";
        String p2 = "<html><head><title>Banjir besar melanda Jakarta</title></head><body><article>"
                + "<p>Pemerintah provinsi membuka posko bantuan di tiga kecamatan.</p>"
                + "<p>Petugas memperkirakan air surut dalam dua hari.</p></article></body></html>";
        String u1 = "https://news.example/berita/banjir";
        String u2 = "https://news.example/berita/banjir/2";
        ArticleDraft d1 = ((ReadOutcome.Parsed) readers.readWebPage(p1.getBytes(StandardCharsets.UTF_8), u1, null)).draft();
        ArticleDraft d2 = ((ReadOutcome.Parsed) readers.readWebPage(p2.getBytes(StandardCharsets.UTF_8), u2, null)).draft();
        ArticleDraft joined = ArticlePages.join(List.of(d1, d2), List.of(u1, u2));
        assertThat(joined.paragraphs()).containsExactlyElementsOf(
                java.util.stream.Stream.concat(d1.paragraphs().stream(), d2.paragraphs().stream()).toList());
        assertThat(joined.url()).isEqualTo(u1);
        assertThat(joined.warnings()).contains("joined from 2 pages");

        List<ArticlePages.Page> pages = ArticlePages.split(joined.original());
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).url()).isNull();
        assertThat(new String(pages.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo(p1);
        assertThat(pages.get(1).url()).isEqualTo(u2);
        assertThat(new String(pages.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo(p2);
        ReadOutcome again = readers.readAgain(joined.original(), u1);
        assertThat(((ReadOutcome.Parsed) again).draft().paragraphs()).isEqualTo(joined.paragraphs());
    }

    @Test
    void aWebPageReadsByTheServersCharsetUnlessTheBytesDoNotFitIt() {
        ArticleReaders readers = new ArticleReaders(ImportLimits.defaults());
        String html = "<html><head><title>Kafe</title></head><body><article><p>Café di Bandung ramai dikunjungi wisatawan "
                + "pada akhir pekan ini.</p></article></body></html>";
        byte[] latin = html.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ArticleDraft served = ((ReadOutcome.Parsed) readers.readWebPage(latin, "http://x.example/a",
                java.nio.charset.Charset.forName("windows-1252"))).draft();
        assertThat(served.body()).contains("Café");
        // the server says UTF-8 but sends windows-1252: read by the page's own (here: guessed) encoding, not as noise
        ArticleDraft misnamed = ((ReadOutcome.Parsed) readers.readWebPage(latin, "http://x.example/a",
                StandardCharsets.UTF_8)).draft();
        assertThat(misnamed.body()).contains("Café");
        assertThat(misnamed.url()).isEqualTo("http://x.example/a");
    }
}
