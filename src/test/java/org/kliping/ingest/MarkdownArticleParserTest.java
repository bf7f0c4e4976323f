package org.kliping.ingest;

import org.kliping.domain.ArticleDraft;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownArticleParserTest {
    private final MarkdownArticleParser parser = new MarkdownArticleParser(new ArticleAssembler(CleaningRules.defaults()));

    private ArticleDraft parse(String markdown) {
        return parser.parse(markdown.getBytes(StandardCharsets.UTF_8), new Where("notes/a.md", "a.md"));
    }

    @Test
    void frontMatterFieldsAndMarkupStripped() {
        ArticleDraft draft = parse("""
                ---
                title: "Harga Beras Naik"
                source: Antara
                date: 2024-03-05
                url: https://antaranews.com/berita/1
                ---

                # Judul Lain di Badan Tulisan

                JAKARTA - Harga **beras medium** naik menjadi *Rp 14.000* per kilogram,
                menurut [Badan Pangan](https://badanpangan.go.id) dan `data` pasar.

                ![grafik](grafik.png)

                > Kami akan menggelar operasi pasar, kata pejabat.

                - pertama
                - kedua
                """);
        assertThat(draft.title()).isEqualTo("Harga Beras Naik");
        assertThat(draft.source()).isEqualTo("Antara");
        assertThat(draft.place()).isEqualTo("Jakarta");
        assertThat(draft.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(draft.url()).isEqualTo("https://antaranews.com/berita/1");
        assertThat(draft.paragraphs()).containsExactly(
                "Judul Lain di Badan Tulisan",
                "Harga beras medium naik menjadi Rp 14.000 per kilogram, menurut Badan Pangan dan data pasar.",
                "Kami akan menggelar operasi pasar, kata pejabat.",
                "pertama",
                "kedua");
    }

    @Test
    void firstLevelOneHeadingIsTheTitle() {
        ArticleDraft draft = parse("""
                # Gempa _Guncang_ Lombok

                Gempa magnitudo 6,4 mengguncang Lombok_Utara pagi ini.

                ## Warga Mengungsi

                Ribuan warga mengungsi.
                """);
        assertThat(draft.title()).isEqualTo("Gempa Guncang Lombok");
        assertThat(draft.titleDerived()).isFalse();
        assertThat(draft.paragraphs()).containsExactly("Gempa magnitudo 6,4 mengguncang Lombok_Utara pagi ini.",
                "Warga Mengungsi", "Ribuan warga mengungsi.");
    }

    @Test
    void setextHeadingIsTheTitleToo() {
        ArticleDraft draft = parse("Pemilu Berjalan Lancar\n======================\n\nKPU menyatakan pemilu lancar.\n");
        assertThat(draft.title()).isEqualTo("Pemilu Berjalan Lancar");
        assertThat(draft.paragraphs()).containsExactly("KPU menyatakan pemilu lancar.");
    }

    @Test
    void withoutHeadingTheTitleIsDerivedFromTheLede() {
        ArticleDraft draft = parse("Presiden meresmikan **jembatan** baru di Kalimantan Timur, kata juru bicara istana.\n");
        assertThat(draft.titleDerived()).isTrue();
        assertThat(draft.title()).isEqualTo("Presiden meresmikan jembatan baru di Kalimantan Timur, kata juru bicara");
    }
}
