package org.kliping.ingest;

import org.kliping.domain.ArticleDraft;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlArticleParserTest {
    private final HtmlArticleParser parser = new HtmlArticleParser(new ArticleAssembler(CleaningRules.defaults()));

    private ArticleDraft parse(String html) {
        return parse(html.getBytes(StandardCharsets.UTF_8));
    }

    private ArticleDraft parse(byte[] bytes) {
        return parser.parse(bytes, new Where("/saved/page.html", "page.html"));
    }

    @Test
    void newsPageKeepsArticleTextAndMetadataAndDropsFurniture() {
        ArticleDraft draft = parse("""
                <!DOCTYPE html>
                <html lang="id"><head>
                <meta charset="utf-8">
                <title>Banjir Rendam Bekasi - Kompas.com</title>
                <meta property="og:title" content="Banjir Rendam Ribuan Rumah di Bekasi - Kompas.com">
                <meta property="og:site_name" content="Kompas.com">
                <meta property="article:published_time" content="2017-05-23T08:30:00+07:00">
                <link rel="canonical" href="https://www.kompas.com/read/2017/05/23/banjir-bekasi">
                <script>var tracking = "Scroll me";</script>
                <style>p { color: red }</style>
                </head><body>
                <header><nav><a href="/">Beranda</a> <a href="/news">News</a></nav></header>
                <div class="iklan-atas">Pasang iklan di sini!</div>
                <article>
                  <h1>Banjir Rendam Ribuan Rumah di Bekasi</h1>
                  <p>BEKASI, KOMPAS.com - Ribuan rumah di Bekasi terendam banjir&nbsp;sejak Selasa pagi.</p>
                  <div class="share-buttons">Bagikan: Facebook Twitter</div>
                  <p>Warga mengungsi ke <a href="/masjid">masjid</a> terdekat.<!-- komentar HTML --></p>
                  <p>Baca juga: Banjir Jakarta Surut</p>
                  <aside>Berita terkait lainnya</aside>
                  <form><input name="q"><button>Cari</button></form>
                </article>
                <footer>Hak cipta Kompas.com</footer>
                </body></html>
                """);
        assertThat(draft.title()).isEqualTo("Banjir Rendam Ribuan Rumah di Bekasi");
        assertThat(draft.titleDerived()).isFalse();
        assertThat(draft.source()).isEqualTo("Kompas.com");
        assertThat(draft.place()).isEqualTo("Bekasi");
        assertThat(draft.url()).isEqualTo("https://www.kompas.com/read/2017/05/23/banjir-bekasi");
        assertThat(draft.published()).isEqualTo(LocalDate.of(2017, 5, 23));
        assertThat(draft.language()).isEqualTo("id");
        assertThat(draft.paragraphs()).containsExactly(
                "Ribuan rumah di Bekasi terendam banjir sejak Selasa pagi.",
                "Warga mengungsi ke masjid terdekat.");
        assertThat(draft.originalText()).contains("<script>");
    }

    @Test
    void articleBodyMarkupWinsAndDivTextWithBreaksIsSplit() {
        ArticleDraft draft = parse("""
                <html><head><title>Gempa Guncang Lombok | Detik</title>
                <meta name="pubdate" content="20170523"></head><body>
                <div class="menu"><p>Menu satu</p></div>
                <div itemprop="articleBody">Gempa magnitudo 6,4 mengguncang Lombok.<br><br>Warga berhamburan keluar rumah.</div>
                </body></html>
                """);
        assertThat(draft.title()).isEqualTo("Gempa Guncang Lombok");
        assertThat(draft.paragraphs()).containsExactly("Gempa magnitudo 6,4 mengguncang Lombok.",
                "Warga berhamburan keluar rumah.");
        assertThat(draft.published()).isEqualTo(LocalDate.of(2017, 5, 23));
    }

    @Test
    void withoutArticleTagTheDensestParagraphBlockIsTheContent() {
        ArticleDraft draft = parse("""
                <html><head><meta property="og:url" content="https://news.example.co.id/a/1"></head><body>
                <div id="links"><p>Tautan</p><p>Lain</p></div>
                <div id="main">
                  <h1>Harga Cabai Melonjak</h1>
                  <p>Harga cabai rawit di Pasar Kramat Jati melonjak hingga Rp 100.000 per kilogram.</p>
                  <p>Pedagang menyebut pasokan dari daerah berkurang karena hujan.</p>
                </div>
                <div><time datetime="2024-01-15T09:00:00+07:00">15 Januari</time></div>
                </body></html>
                """);
        assertThat(draft.title()).isEqualTo("Harga Cabai Melonjak");
        assertThat(draft.source()).isEqualTo("news.example.co.id");
        assertThat(draft.url()).isEqualTo("https://news.example.co.id/a/1");
        assertThat(draft.published()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(draft.paragraphs()).hasSize(2).allSatisfy(p -> assertThat(p).doesNotContain("Tautan"));
    }

    @Test
    void declaredCharsetDecodesTheBytes() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "<title>Caf\u00E9 Baru</title></head><body><article><p>Kafe \u00AB\u00E9l\u00E9gant\u00BB "
                + "dibuka di Bandung.</p></article></body></html>";
        ArticleDraft draft = parse(html.getBytes(Charset.forName("ISO-8859-1")));
        assertThat(draft.title()).isEqualTo("Caf\u00E9 Baru");
        assertThat(draft.lede()).isEqualTo("Kafe \u00AB\u00E9l\u00E9gant\u00BB dibuka di Bandung.");
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void siteSuffixIsStrippedButADashInsideATitleStays() {
        assertThat(HtmlArticleParser.withoutSiteSuffix("Judul Berita - Kompas.com", null, null)).isEqualTo("Judul Berita");
        assertThat(HtmlArticleParser.withoutSiteSuffix("Judul Berita | Detik", null, null)).isEqualTo("Judul Berita");
        assertThat(HtmlArticleParser.withoutSiteSuffix("Judul - Tempo", "Tempo", null)).isEqualTo("Judul");
        assertThat(HtmlArticleParser.withoutSiteSuffix("Judul - Liputan6", null, "liputan6.com")).isEqualTo("Judul");
        assertThat(HtmlArticleParser.withoutSiteSuffix("Rusia - Ukraina Sepakat Gencatan Senjata", null, null))
                .isEqualTo("Rusia - Ukraina Sepakat Gencatan Senjata");
    }

    @Test
    void pageWithoutArticleTextIsRejected() {
        assertThatThrownBy(() -> parse("""
                <html><head><title>Beranda</title><script>x()</script></head>
                <body><nav><a href="/">Beranda</a></nav><footer>Hak cipta</footer></body></html>
                """)).isInstanceOf(UnreadableArticleException.class).hasMessage("no article text found in HTML");
    }

    @Test
    void headlineAtTheTopOfTheBodyIsDroppedEvenWhenTheMetaTitleDiffers() {
        ArticleDraft draft = parse("""
                <html><head><meta property="og:title" content="Harga cabai melonjak jelang Lebaran"></head><body>
                <article><h1>Harga Cabai Melonjak</h1><p>Harga cabai rawit naik dua kali lipat.</p></article>
                </body></html>
                """);
        assertThat(draft.title()).isEqualTo("Harga cabai melonjak jelang Lebaran");
        assertThat(draft.paragraphs()).containsExactly("Harga cabai rawit naik dua kali lipat.");
    }

    @Test
    void paragraphsWrappedOneLevelDeeperStillFormOneContentBlock() {
        ArticleDraft draft = parse("""
                <html><head><title>Sidang Kabinet</title></head><body>
                <div class="links"><p>Beranda</p><p>Politik</p></div>
                <div class="isi">
                  <div><p>Presiden memimpin sidang kabinet paripurna di Istana Negara pada Senin pagi.</p></div>
                  <div><p>Sidang membahas rancangan anggaran tahun depan dan harga pangan.</p></div>
                  <div><p>Para menteri diminta menyiapkan laporan dalam dua pekan ke depan.</p></div>
                </div>
                <div class="sidebar-populer"><p>Berita populer hari ini yang banyak dibaca orang.</p></div>
                </body></html>
                """);
        assertThat(draft.title()).isEqualTo("Sidang Kabinet");
        assertThat(draft.paragraphs()).containsExactly(
                "Presiden memimpin sidang kabinet paripurna di Istana Negara pada Senin pagi.",
                "Sidang membahas rancangan anggaran tahun depan dan harga pangan.",
                "Para menteri diminta menyiapkan laporan dalam dua pekan ke depan.");
    }

    @Test
    void aDamagedFileWithAHugeTagNameIsRefusedWithTheReason() {
        // the shape ImportFuzzTest found: a tag name of millions of characters, with undecodable bytes in it
        String name = "sc" + "x".repeat(300_000) + "\u00ed\u00c0\u00af\u00c3(" + "x".repeat(300_000) + "ript";
        String html = "<html><body><article><h1>Banjir</h1><p>Warga mengungsi.</p><" + name
                + ">alert(1)</script></article></body></html>";

        assertThatThrownBy(() -> parse(html)).isInstanceOf(UnreadableArticleException.class)
                .hasMessageContaining("a tag name of 600,011 characters");
        assertThatThrownBy(() -> parse("<p>Teks</p></" + "y".repeat(5000) + ">"))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("tag name of 5,000 characters");
    }

    @Test
    void longRunsInScriptsCommentsAndAttributesAreNotTagNames() {
        String minified = "for(i=0;i<n" + ";x++".repeat(2000) + "){}";
        String html = "<html><head><script>" + minified + "</script><STYLE>a<b" + "c".repeat(3000) + "</style></head><body>"
                + "<!-- <" + "z".repeat(3000) + " --><article><h1>Banjir Rendam Jakarta</h1>"
                + "<p data-" + "k".repeat(3000) + "=\"1\">Hujan deras sejak malam merendam ratusan rumah di Jakarta Timur.</p>"
                + "<img src=\"data:image/png;base64," + "QUJD".repeat(5000) + "\"><p>Warga mengungsi ke posko terdekat.</p>"
                + "</article></body></html>";

        ArticleDraft d = parse(html);

        assertThat(d.title()).isEqualTo("Banjir Rendam Jakarta");
        assertThat(d.paragraphs()).contains("Warga mengungsi ke posko terdekat.");
    }

    @Test
    void aTrailingAuthorOrReadMoreBoxInAnotherLanguageIsLeftOut() {
        String body = """
                <p>Die Stadt hat am Montag beschlossen, die Mieten in den städtischen Wohnungen für zwei Jahre nicht zu erhöhen.</p>
                <p>Der Bürgermeister sagte, die Entscheidung solle Familien mit kleinem Einkommen in diesem Winter entlasten.</p>
                <p>Die Opposition begrüßte den Beschluss, forderte aber eine dauerhafte Lösung für den gesamten Wohnungsmarkt.</p>
                """;
        ArticleDraft withAuthor = parse("<html><body><article><h1>Mieten</h1>" + body
                + "<h3>Über den Autor</h3><p>Max Muster studierte Politikwissenschaften, bevor er zur Zeitung kam.</p></article></body></html>");
        assertThat(withAuthor.body()).contains("dauerhafte Lösung").doesNotContain("studierte");
        ArticleDraft readMore = parse("<html><body><article><h1>Mieten</h1>" + body
                + "<p>Zum Weiterlesen</p><p>Wie die Stadt im vergangenen Jahr über die Heizkosten in den Schulen entschied.</p>"
                + "</article></body></html>");
        assertThat(readMore.body()).contains("dauerhafte Lösung").doesNotContain("Heizkosten");
    }
}
