package org.kliping.ingest;

import org.junit.jupiter.api.Test;
import org.kliping.domain.ArticleDraft;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ArticleReaders#readWebPage}: a fetched page's bytes, its address and the server's charset. */
class WebPageReadingTest {
    private final ArticleReaders readers = new ArticleReaders(ImportLimits.defaults());

    private static final String BODY = "<p>Harga beras di Pasar Induk Cipinang naik Rp 1.000 per kilogram dalam sepekan terakhir, "
            + "kata pedagang di pasar itu.</p><p>Pedagang menyebut pasokan dari Karawang berkurang karena panen mundur.</p>";

    private ArticleDraft parsed(ReadOutcome outcome) {
        assertThat(outcome).isInstanceOf(ReadOutcome.Parsed.class);
        return ((ReadOutcome.Parsed) outcome).draft();
    }

    @Test
    void relativeCanonicalResolvesAgainstTheFetchedAddress() {
        String html = "<html><head><title>Harga Beras Naik</title><link rel=canonical href=\"/read/2024/01/15/harga-beras\">"
                + "</head><body><article>" + BODY + "</article></body></html>";
        ArticleDraft draft = parsed(readers.readWebPage(html.getBytes(StandardCharsets.UTF_8),
                "https://ekonomi.kompas.com/read/2024/01/15/harga-beras?page=all&utm_source=x", null));
        assertThat(draft.url()).isEqualTo("https://ekonomi.kompas.com/read/2024/01/15/harga-beras");
        assertThat(draft.source()).isEqualTo("Kompas.com");
        assertThat(draft.originName()).isEqualTo("https://ekonomi.kompas.com/read/2024/01/15/harga-beras?page=all&utm_source=x");
    }

    @Test
    void withoutCanonicalTheFetchedAddressIsTheUrlAndTheHeaderCharsetDecodes() {
        String html = "<html><head><title>Caf\u00E9 Baru</title></head><body><article>" + BODY
                + "<p>Kafe \u00ABbaru\u00BB dibuka di Bandung pekan ini.</p></article></body></html>";
        ArticleDraft draft = parsed(readers.readWebPage(html.getBytes(Charset.forName("ISO-8859-1")),
                "https://news.example.co.id/a/1", Charset.forName("ISO-8859-1")));
        assertThat(draft.url()).isEqualTo("https://news.example.co.id/a/1");
        assertThat(draft.source()).isEqualTo("news.example.co.id");
        assertThat(draft.body()).contains("Kafe \u00ABbaru\u00BB dibuka");
    }

    @Test
    void aPageWithoutArticleTextIsRejectedNamingTheUrl() {
        ReadOutcome outcome = readers.readWebPage("<html><body><nav><a href=/>Beranda</a></nav></body></html>"
                .getBytes(StandardCharsets.UTF_8), "https://example.com/kosong", StandardCharsets.UTF_8);
        assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.Rejected.class, r -> {
            assertThat(r.location()).isEqualTo("https://example.com/kosong");
            assertThat(r.reason()).isEqualTo("no article text found in HTML");
        });
    }

    @Test
    void anEventDateInTheLedeIsNotThePublicationDate() {
        String html = "<html><body><article><h1>Polisi Tangkap Pencuri Kabel</h1><p>Jakarta - Polisi menangkap tiga pria "
                + "pada Jumat (12/2/2016) malam di Bekasi setelah laporan warga.</p><p>Ketiganya kini ditahan di Polsek "
                + "Tambun untuk diperiksa lebih lanjut.</p></article></body></html>";
        ArticleDraft draft = parsed(readers.readWebPage(html.getBytes(StandardCharsets.UTF_8), "https://x.example/a", null));
        assertThat(draft.published()).isNull();
        assertThat(draft.publishedText()).isNull();
    }

    @Test
    void jsonLdInAGraphGivesHeadlineDatesAndAuthorsAndTheTextDecidesTheLanguage() {
        String html = """
                <html lang="en"><head><title>Judul Lain | Situs Contoh</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Situs Contoh"},
                  {"@type":["NewsArticle"],"headline":"Harga Beras Naik Lagi","datePublished":"2024-01-15T09:00:00+07:00",
                   "dateModified":"2024-01-16T10:00:00+07:00","author":[{"@type":"Person","name":"Ani Rahma"},"Budi Santoso"],
                   "publisher":{"@type":"Organization","name":"Situs Contoh"}}]}</script>
                <script type="application/ld+json">{ broken json </script>
                </head><body><div class="content">""" + BODY + "</div></body></html>";
        ArticleDraft draft = parsed(readers.readWebPage(html.getBytes(StandardCharsets.UTF_8), "https://contoh.id/a", null));
        assertThat(draft.title()).isEqualTo("Harga Beras Naik Lagi");
        assertThat(draft.published()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(draft.authors()).containsExactly("Ani Rahma", "Budi Santoso");
        assertThat(draft.language()).isEqualTo("id");
    }
}
