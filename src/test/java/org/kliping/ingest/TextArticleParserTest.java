package org.kliping.ingest;

import org.kliping.domain.ArticleDraft;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextArticleParserTest {
    private final TextArticleParser parser = new TextArticleParser(CleaningRules.defaults());

    private ArticleDraft parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8), new Where("/in/a.txt", "a.txt"));
    }

    @Test
    void headlineFollowedDirectlyByBodyLineIsStillTheTitle() {
        ArticleDraft draft = parse("""
                Banjir Rendam Ribuan Rumah di Bekasi
                BEKASI (Pos Kota) \u2013 Ribuan rumah di Bekasi terendam banjir setinggi satu meter sejak Selasa pagi, kata petugas BPBD setempat kepada wartawan.
                Warga mengungsi ke masjid terdekat.
                """);
        assertThat(draft.title()).isEqualTo("Banjir Rendam Ribuan Rumah di Bekasi");
        assertThat(draft.titleDerived()).isFalse();
        assertThat(draft.place()).isEqualTo("Bekasi");
        assertThat(draft.source()).isEqualTo("Pos Kota");
        assertThat(draft.paragraphs()).containsExactly(
                "Ribuan rumah di Bekasi terendam banjir setinggi satu meter sejak Selasa pagi, kata petugas BPBD "
                        + "setempat kepada wartawan.",
                "Warga mengungsi ke masjid terdekat.");
    }

    @Test
    void crlfAndOldMacLineEndingsSplitLikeNewlines() {
        ArticleDraft crlf = parse("Judul Berita Hari Ini\r\n\r\nParagraf pertama.\r\n\r\nParagraf kedua.\r\n");
        ArticleDraft cr = parse("Judul Berita Hari Ini\r\rParagraf pertama.\rParagraf kedua.\r");
        assertThat(crlf.paragraphs()).containsExactly("Paragraf pertama.", "Paragraf kedua.");
        assertThat(cr.paragraphs()).containsExactly("Paragraf pertama.", "Paragraf kedua.");
        assertThat(crlf.title()).isEqualTo("Judul Berita Hari Ini");
    }

    @Test
    void hardWrappedProseBecomesOneParagraphPerBlock() {
        ArticleDraft draft = parse("""
                Harga Beras Naik Lagi

                Harga beras medium di pasar tradisional Jakarta naik
                menjadi Rp 14.000 per kilogram pada pekan ini, menurut
                pedagang yang ditemui di Pasar Induk Cipinang.

                Pemerintah berjanji menggelar operasi pasar.
                """);
        assertThat(draft.paragraphs()).containsExactly(
                "Harga beras medium di pasar tradisional Jakarta naik menjadi Rp 14.000 per kilogram pada pekan "
                        + "ini, menurut pedagang yang ditemui di Pasar Induk Cipinang.",
                "Pemerintah berjanji menggelar operasi pasar.");
    }

    @Test
    void datelineWithOutletDomainAndCnnStyleDoubleDash() {
        assertThat(parse("Judul\n\nJakarta, CNN Indonesia - - Pelatih fisik timnas yakin.").source())
                .isEqualTo("CNN Indonesia");
        ArticleDraft juara = parse("Judul\n\nJUARA.NET, TOKYO - Pasangan ganda putra Indonesia menang.");
        assertThat(juara.source()).isEqualTo("JUARA.NET");
        assertThat(juara.place()).isEqualTo("Tokyo");
        assertThat(juara.lede()).isEqualTo("Pasangan ganda putra Indonesia menang.");
        ArticleDraft suara = parse("Judul\n\nSuara.com - Cerita sekuel terbaru James Bond bocor.");
        assertThat(suara.source()).isEqualTo("Suara.com");
        assertThat(suara.place()).isNull();
    }

    @Test
    void hyphenatedNameIsNoDateline() {
        ArticleDraft draft = parse("Judul Berita\n\nKim Jong-un memerintahkan pasukannya bergerak.");
        assertThat(draft.place()).isNull();
        assertThat(draft.lede()).isEqualTo("Kim Jong-un memerintahkan pasukannya bergerak.");
    }

    @Test
    void singleParagraphTextDerivesItsTitle() {
        ArticleDraft draft = parse("Presiden meresmikan jembatan baru di Kalimantan Timur pada Sabtu pagi.");
        assertThat(draft.titleDerived()).isTrue();
        assertThat(draft.title()).isEqualTo("Presiden meresmikan jembatan baru di Kalimantan Timur pada Sabtu pagi");
        assertThat(draft.paragraphs()).hasSize(1);
    }

    @Test
    void bylineCodeAloneOnLastLineAndBacaJugaLinesAreDropped() {
        ArticleDraft draft = parse("""
                Judul Berita

                Paragraf pertama berita ini.

                Baca juga: Berita lain yang terkait

                Paragraf terakhir.
                (ant)
                """);
        assertThat(draft.paragraphs()).containsExactly("Paragraf pertama berita ini.", "Paragraf terakhir.");
        assertThat(draft.originalText()).contains("Baca juga: Berita lain yang terkait", "(ant)");
    }

    @Test
    void fullDateInOpeningLinesIsResolved() {
        ArticleDraft draft = parse("Judul\n\nJakarta - Pada Senin, 28 April 2025 10:15 WIB, pasar dibuka.");
        assertThat(draft.published()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(draft.publishedText()).isEqualTo("Senin, 28 April 2025 10:15 WIB");
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void dateLineUnderThePastedHeadlineIsThePublicationDateNotTheLede() {
        ArticleDraft draft = parse("""
                Gempa Guncang Lombok
                Diterbitkan: Senin, 28 April 2025 10:15 WIB
                Oleh: Budi Santoso
                MATARAM – Gempa magnitudo 6,4 mengguncang Lombok pagi ini.
                """);
        assertThat(draft.title()).isEqualTo("Gempa Guncang Lombok");
        assertThat(draft.published()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(draft.publishedText()).isEqualTo("Senin, 28 April 2025 10:15 WIB");
        assertThat(draft.place()).isEqualTo("Mataram");
        assertThat(draft.paragraphs()).containsExactly("Gempa magnitudo 6,4 mengguncang Lombok pagi ini.");
    }

    @Test
    void blankTextIsRejectedAsEmpty() {
        assertThatThrownBy(() -> parse(" \n\n \r\n"))
                .isInstanceOf(UnreadableArticleException.class).hasMessage("empty file");
    }

    @Test
    void textOfOnlyBoilerplateIsRejected() {
        assertThatThrownBy(() -> parse("Scroll to Top\n"))
                .isInstanceOf(UnreadableArticleException.class).hasMessage("no article text found");
    }
}
