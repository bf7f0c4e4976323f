package org.kliping.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.ArticleBundle;

class ReportExportTest {

    private static final LocalDate COMPILED = LocalDate.of(2026, 5, 3);

    @TempDir
    Path dir;

    @Test
    void coverContentsAndOneArticlePerPage() throws IOException {
        Document doc = report(List.of(ExportFixtures.kursk(), ExportFixtures.sparse()));

        assertThat(doc.select("html").attr("lang")).isEqualTo("id");
        assertThat(doc.select(".sampul h1").text()).isEqualTo("Kliping Berita");
        assertThat(doc.select(".sampul").text()).contains("Disusun pada 3 Mei 2026").contains("Jumlah artikel: 2");
        assertThat(doc.select(".daftar-isi h2").text()).isEqualTo("Daftar Isi");
        List<String> links = doc.select(".daftar-isi a").eachAttr("href");
        assertThat(links).containsExactly("#artikel-1", "#artikel-2");
        for (String link : links) assertThat(doc.getElementById(link.substring(1))).isNotNull();
        assertThat(doc.select(".daftar-isi li").first().text()).contains("Sputnik, 27 April 2025");
        assertThat(doc.select("article.artikel")).hasSize(2);
        String css = doc.select("style").html();
        assertThat(css).contains("@media print").contains("page-break-before: always");
    }

    @Test
    void articleShowsMetadataBodyHighlightsAndNotesInIndonesian() throws IOException {
        Element article = report(List.of(ExportFixtures.kursk())).getElementById("artikel-1");

        assertThat(article.select("h2").text()).isEqualTo("Putin Umumkan Perebutan Kembali Wilayah Kursk");
        assertThat(article.select(".meta dt").eachText()).containsExactly("Sumber", "Tempat", "Tanggal", "Tautan", "Tag");
        assertThat(article.select(".meta dd").eachText()).containsExactly("Sputnik", "Moskow", "27 April 2025",
                "https://example.id/kursk?a=1&b=2", "konflik/rusia-ukraina, korut");
        assertThat(article.select("a[href^=http]")).as("URL shown as text").isEmpty();
        assertThat(article.select(".isi p")).hasSize(3);

        Element mark = article.selectFirst(".isi mark");
        assertThat(mark.text()).isEqualTo("Korea Utara");
        assertThat(mark.attr("style")).isEqualTo("background: yellow");
        assertThat(article.select(".isi mark")).as("orphan not marked").hasSize(1);
        assertThat(mark.nextElementSibling().select("a").attr("href")).isEqualTo("#artikel-1-h1");

        assertThat(article.select(".sorotan h3").text()).isEqualTo("Sorotan");
        assertThat(article.select(".sorotan li")).hasSize(2);
        assertThat(article.getElementById("artikel-1-h1").select("blockquote").text()).isEqualTo("Korea Utara");
        assertThat(article.getElementById("artikel-1-h1").select(".catatan").text()).contains("Pyongyang mengakui");
        assertThat(article.getElementById("artikel-1-h2").text()).contains("tidak lagi ditemukan");
        assertThat(article.select(".catatan-artikel h3").text()).isEqualTo("Catatan");
        assertThat(article.select(".catatan-artikel").text()).contains("Bandingkan dengan laporan KCNA.");
    }

    @Test
    void hostileTextIsEscapedAndNothingIsLoaded() throws IOException {
        String body = "Awal <script>alert('x')</script> & <img src=http://evil/x.png>";
        Annotation hostile = new Annotation(1, 9, 0, 4, "Awal", null, null, "<b>catatan</b>",
                "red\" onmouseover=\"alert(1)", null, AnchorState.ANCHORED, Instant.EPOCH);
        ArticleBundle bundle = ExportFixtures.withBody(9, "<script>judul</script>", body, List.of(hostile));
        Path file = dir.resolve("laporan.html");
        ReportExport.write(file, "Kliping <Berita>", COMPILED, List.of(bundle));
        String html = Files.readString(file);

        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=http://evil/x.png&gt;");
        assertThat(html).contains("<title>Kliping &lt;Berita&gt;</title>");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, img, link, iframe, object, [src], [onmouseover]")).isEmpty();
        assertThat(doc.select(".isi mark").attr("style")).isEmpty();
        assertThat(doc.select(".sorotan .catatan").text()).isEqualTo("<b>catatan</b>");
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    }

    @Test
    void marksSpanParagraphsAndNeverNest() {
        String body = "Satu dua tiga.\n\nEmpat lima enam.";
        Annotation across = annotation(1, 5, 21);          // "dua tiga.\n\nEmpat"
        Annotation inside = annotation(2, 9, 13);          // "tiga", inside the first
        Annotation overlapping = annotation(3, 16, 26);    // "Empat lima", overlaps the end of the first
        Annotation pastTheEnd = annotation(4, 20, 99);
        String html = ReportExportBody.paragraphs(body, List.of(across, inside, overlapping, pastTheEnd), "a");

        assertThat(html).isEqualTo("""
                <p>Satu <mark id="a-s1">dua tiga.</mark></p>
                <p><mark>Empat</mark><sup class="ref"><a href="#a-h1">1</a></sup><mark id="a-s3"> lima</mark>\
                <sup class="ref"><a href="#a-h3">3</a></sup> enam.</p>
                """);
    }

    @Test
    void emptyParagraphsAndLineBreaks() {
        assertThat(ReportExportBody.paragraphs("a\nb\n\n\n\nc", List.of(), "x"))
                .isEqualTo("<p>a<br>\nb</p>\n<p>c</p>\n");
        assertThat(ReportExportBody.paragraphs("", List.of(), "x")).isEmpty();
    }

    private static Annotation annotation(long id, int start, int end) {
        return new Annotation(id, 1, start, end, "kutipan", null, null, null, null, null, AnchorState.ANCHORED, null);
    }

    private Document report(List<ArticleBundle> bundles) throws IOException {
        Path file = dir.resolve("kliping.html");
        ReportExport.write(file, "Kliping Berita", COMPILED, bundles);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }
}
