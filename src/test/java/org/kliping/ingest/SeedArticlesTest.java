package org.kliping.ingest;

import org.kliping.domain.ArticleDraft;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The five seed clippings, read as the user will see them. */
class SeedArticlesTest {
    private static final List<String> BOILERPLATE = List.of("Scroll to Top", "Artikel ini disediakan oleh",
            "Sektor:", "SeaPRwire menyediakan", "(*/S-01)", "(SeaPRwire)", "MOSKOW \u2013", "Jakarta \u2013",
            "Suarathailand-", "\u00A0");

    private final TextArticleParser parser = new TextArticleParser(CleaningRules.defaults());

    @Test
    void seed000HasHeadlineAndMoskowDateline() {
        ArticleDraft draft = read("000_d00ca00b6c077c31.txt");
        assertThat(draft.title())
                .isEqualTo("Putin Umumkan Perebutan Kembali Wilayah Kursk, Apresiasi Bantuan Militer Korea Utara");
        assertThat(draft.titleDerived()).isFalse();
        assertThat(draft.place()).isEqualTo("Moskow");
        assertThat(draft.source()).isNull();
        assertThat(draft.paragraphs().get(0)).isEqualTo("Presiden Vladimir Putin mengumumkan bahwa pasukan Rusia "
                + "berhasil merebut kembali seluruh wilayah Kursk dari kendali pasukan Ukraina. Pengumuman ini disampaikan "
                + "usai Putin menerima laporan dari Panglima Militer Jenderal Valery Gerasimov mengenai situasi terkini di "
                + "medan perang.");
        assertThat(draft.paragraphs()).hasSize(9);
        assertThat(draft.paragraphs().get(8)).isEqualTo("Hingga saat ini, belum ada komentar dari pihak Ukraina "
                + "mengenai pengumuman Putin terkait perebutan kembali wilayah Kursk.");
        assertThat(draft.published()).isNull();
        assertNoBoilerplate(draft);
    }

    @Test
    void seed001HasSeaPRwireSourceAndNoDisclaimer() {
        ArticleDraft draft = read("001_e68d0cf41b667b35.txt");
        assertThat(draft.title()).isEqualTo("Korea Utara Ungkap Rincian Penempatan Pasukan ke Rusia");
        assertThat(draft.titleDerived()).isFalse();
        assertThat(draft.source()).isEqualTo("SeaPRwire");
        assertThat(draft.place()).isNull();
        assertThat(draft.paragraphs().get(0))
                .isEqualTo("Moskow memuji Pyongyang karena membantu membebaskan Wilayah Kursk Rusia dari serangan Ukraina");
        assertThat(draft.lede()).isEqualTo(draft.paragraphs().get(0));
        assertThat(draft.paragraphs()).hasSize(9);
        assertThat(draft.paragraphs().get(8)).isEqualTo("Kiev dan para pendukung Baratnya telah lama menuduh bahwa "
                + "pasukan Korea Utara terlibat dalam konflik tersebut. Sebelum hari Sabtu, Pyongyang dan Moskow tidak "
                + "mengkonfirmasi atau menyangkal rumor tersebut, sementara presiden Rusia sebelumnya mengatakan bahwa "
                + "terserah kepada kedua negara untuk menentukan bagaimana mereka memenuhi kewajiban mereka berdasarkan "
                + "pakta kemitraan.");
        assertNoBoilerplate(draft);
        assertThat(draft.originalText()).contains("SeaPRwire menyediakan distribusi siaran pers");
    }

    @Test
    void seed002KeepsExclamationHeadlineAndJakartaDateline() {
        ArticleDraft draft = read("002_b7b55e3aee4dd518.txt");
        assertThat(draft.title()).isEqualTo("Korea Utara Kirim Pasukan ke Ukraina, Bela Rusia dalam Pertempuran Sengit!");
        assertThat(draft.titleDerived()).isFalse();
        assertThat(draft.place()).isEqualTo("Jakarta");
        assertThat(draft.source()).isNull();
        assertThat(draft.paragraphs().get(0)).isEqualTo("Sebuah gebrakan mengejutkan terjadi di medan perang Ukraina! "
                + "Korea Utara (Korut), untuk pertama kalinya secara terbuka, mengakui telah mengirimkan pasukannya untuk "
                + "bahu membahu dengan Rusia dalam menghadapi Ukraina. Pengakuan ini mengkonfirmasi spekulasi yang beredar "
                + "luas selama beberapa waktu terakhir.");
        assertThat(draft.paragraphs()).hasSize(10);
        assertThat(draft.paragraphs().get(9)).isEqualTo("Sebelumnya, Rusia juga telah mengkonfirmasi keikutsertaan "
                + "tentara Korut dalam pertempuran di Kursk. Baik Rusia maupun Korut sebelumnya enggan memberikan "
                + "komentar terkait pengerahan pasukan ini.");
        assertNoBoilerplate(draft);
    }

    @Test
    void seed003DerivesTitleFromLedeAndFindsDatelineOnSecondLine() {
        ArticleDraft draft = read("003_2162c7c9f545d6f8.txt");
        assertThat(draft.title()).isEqualTo("Korea Utara tahun lalu mengirimkan sekitar 14.000 tentara untuk bertempur");
        assertThat(draft.titleDerived()).isTrue();
        assertThat(draft.place()).isEqualTo("Moskow");
        assertThat(draft.source()).isEqualTo("Suarathailand");
        assertThat(draft.paragraphs().get(0)).isEqualTo(
                "Korea Utara tahun lalu mengirimkan sekitar 14.000 tentara untuk bertempur bersama Rusia di Kursk.");
        assertThat(draft.paragraphs().get(1)).isEqualTo("Pasukan Korea Utara yang membantu Rusia menangkal serangan "
                + "besar Ukraina ke wilayah Kursk barat kini memainkan peran penting dalam membersihkan ranjau di wilayah "
                + "tersebut, ungkap Kementerian Pertahanan Rusia pada hari Jumat.");
        assertThat(draft.paragraphs()).hasSize(13);
        assertThat(draft.paragraphs().get(12)).isEqualTo("\"Kami tidak akan pernah melupakan bantuan ini. Pekerjaan "
                + "ini terus berlanjut. Ini berbahaya dan sulit, tetapi teman-teman Korea kami sungguh-sungguh membantu "
                + "kami, dan kami sangat menghargainya,\" ujarnya.");
        assertNoBoilerplate(draft);
    }

    @Test
    void seed004DerivesTitleWithNormalisedCaseAndKeepsUnresolvedDate() {
        ArticleDraft draft = read("004_1860cfd6ad2b4c5c.txt");
        assertThat(draft.title()).startsWith("Korea Utara untuk pertama kalinya mengonfirmasi")
                .isEqualTo("Korea Utara untuk pertama kalinya mengonfirmasi bahwa mereka telah mengirim");
        assertThat(draft.titleDerived()).isTrue();
        assertThat(draft.source()).isNull();
        assertThat(draft.place()).isNull();
        assertThat(draft.paragraphs().get(0)).isEqualTo("KOREA Utara untuk pertama kalinya mengonfirmasi bahwa "
                + "mereka telah mengirim pasukan untuk bertempur mendukung Rusia dalam perang di Ukraina.");
        assertThat(draft.paragraphs()).hasSize(21);
        assertThat(draft.paragraphs().get(20)).isEqualTo("Sebelumnya, baik Rusia maupun Korut tidak pernah "
                + "mengonfirmasi maupun menyangkal pengerahan tersebut.");
        assertThat(draft.published()).isNull();
        assertThat(draft.publishedText()).isEqualTo("Senin (28/4)");
        assertThat(draft.warnings()).contains("date not resolved");
        assertNoBoilerplate(draft);
    }

    @Test
    void everySeedKeepsItsOriginalBytes() {
        for (String name : List.of("000_d00ca00b6c077c31.txt", "001_e68d0cf41b667b35.txt", "002_b7b55e3aee4dd518.txt",
                "003_2162c7c9f545d6f8.txt", "004_1860cfd6ad2b4c5c.txt")) {
            byte[] bytes = bytes(name);
            ArticleDraft draft = parser.parse(bytes, new Where(name, name));
            assertThat(draft.original()).isEqualTo(bytes);
            assertThat(draft.originName()).isEqualTo(name);
            assertThat(draft.language()).isEqualTo("id");
            assertThat(draft.warnings()).doesNotContain(TextDecoder.GUESSED_WARNING);
        }
    }

    private ArticleDraft read(String name) {
        return parser.parse(bytes(name), new Where(name, name));
    }

    private static void assertNoBoilerplate(ArticleDraft draft) {
        for (String boilerplate : BOILERPLATE) {
            assertThat(draft.body()).doesNotContain(boilerplate);
        }
        assertThat(draft.paragraphs()).allSatisfy(p -> assertThat(p).isNotBlank().isEqualTo(p.strip()));
    }

    static byte[] bytes(String seed) {
        try (InputStream in = Objects.requireNonNull(
                SeedArticlesTest.class.getResourceAsStream("/ingest/seeds/" + seed), seed)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
