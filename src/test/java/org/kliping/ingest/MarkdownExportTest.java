package org.kliping.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ArticleBundle;

class MarkdownExportTest {

    @TempDir
    Path dir;

    @Test
    void articleHasFrontMatterMetadataBodyHighlightsAndNotes() {
        String md = MarkdownExport.render(ExportFixtures.kursk());

        assertThat(md).startsWith("""
                ---
                title: "Putin Umumkan Perebutan Kembali Wilayah Kursk"
                source: "Sputnik"
                place: "Moskow"
                date: 2025-04-27
                url: "https://example.id/kursk?a=1&b=2"
                tags:
                  - "konflik/rusia-ukraina"
                  - "korut"
                kliping-id: 42
                ---

                # Putin Umumkan Perebutan Kembali Wilayah Kursk

                - **Source:** Sputnik
                - **Place:** Moskow
                - **Date:** 2025-04-27
                - **URL:** <https://example.id/kursk?a=1&b=2>
                - **Tags:** konflik/rusia-ukraina, korut

                MOSKOW – Presiden Vladimir Putin mengumumkan bahwa pasukan Rusia berhasil merebut kembali wilayah Kursk.

                Jenderal Valery Gerasimov""");
        assertThat(md).contains("""
                ## Highlights

                > Korea Utara

                Pyongyang mengakui — “resmi” 🇰🇵

                > kalimat yang sudah dihapus

                *(no longer found in the article text)*

                ## Notes

                Bandingkan dengan laporan KCNA.  \nBaris kedua.
                """);
        assertThat(md.indexOf("## Highlights")).isGreaterThan(md.indexOf("76.000 korban jiwa"));
    }

    @Test
    void sparseArticleLeavesOutWhatItLacks() {
        String md = MarkdownExport.render(ExportFixtures.sparse());
        assertThat(md).isEqualTo("""
                ---
                title: "Judul saja"
                kliping-id: 43
                ---

                # Judul saja

                """);
    }

    @Test
    void markupInTheTextStaysText() {
        ArticleBundle bundle = ExportFixtures.withBody(5, "# Judul: \"kutip\"", String.join("\n\n",
                "<script>alert(1)</script> harga *naik* _tajam_ [tautan](http://x) $5 &amp;",
                "- bukan daftar\n1. bukan nomor\n    bukan kode", "---"), List.of());
        String md = MarkdownExport.render(bundle);

        assertThat(md).contains("title: \"# Judul: \\\"kutip\\\"\"");
        assertThat(md).contains("# \\# Judul: \"kutip\"\n");
        assertThat(md).contains("\\<script\\>alert(1)\\</script\\> harga \\*naik\\* \\_tajam\\_ \\[tautan\\](http://x) \\$5 \\&amp;");
        assertThat(md).contains("\\- bukan daftar  \n1\\. bukan nomor  \nbukan kode\n\n\\---\n");
    }

    @Test
    void yamlScalarsEscapeQuotesAndLineBreaks() {
        assertThat(MarkdownExportText.yaml("a: \"b\"\n\\c\u0007")).isEqualTo("\"a: \\\"b\\\"\\n\\\\c\\x07\"");
    }

    @Test
    void fileNamesAreSafeShortAndUnique() {
        assertThat(MarkdownExportText.fileName("Putin: Kursk/Belgorod? \"Bebas\" <100%>", 42, "md"))
                .isEqualTo("Putin Kursk Belgorod Bebas 100% (42).md");
        assertThat(MarkdownExportText.fileName("../../etc/passwd", 7, "md")).isEqualTo("etc passwd (7).md");
        assertThat(MarkdownExportText.fileName(" \t/// ", 8, "md")).isEqualTo("artikel (8).md");

        String longTitle = "Korea Utara 🇰🇵 Kirim Pasukan ke Ukraina ".repeat(10);
        String name = MarkdownExportText.fileName(longTitle, 123456789L, "md");
        assertThat(name).endsWith(" (123456789).md").doesNotContain("  ");
        assertThat(name.length()).isLessThanOrEqualTo(100);
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
        assertThat(Character.isHighSurrogate(name.charAt(name.indexOf(" (123456789)") - 1))).isFalse();

        String emoji = MarkdownExportText.fileName("🇰🇵".repeat(60), 1, "md");
        assertThat(emoji.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
    }

    @Test
    void folderModeWritesOneFilePerArticle() throws IOException {
        ArticleBundle twin = ExportFixtures.withBody(44, "Putin Umumkan Perebutan Kembali Wilayah Kursk", "Versi lain.",
                List.of());
        List<Path> files = MarkdownExport.writeFolder(dir.resolve("vault"), List.of(ExportFixtures.kursk(), twin));

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "Putin Umumkan Perebutan Kembali Wilayah Kursk (42).md",
                "Putin Umumkan Perebutan Kembali Wilayah Kursk (44).md");
        assertThat(files).allMatch(p -> p.getParent().equals(dir.resolve("vault")));
        assertThat(Files.readString(files.get(1))).contains("Versi lain.").startsWith("---\n");
    }

    @Test
    void combinedModeWritesAllArticlesInOneFile() throws IOException {
        Path file = dir.resolve("kliping.md");
        MarkdownExport.writeCombined(file, List.of(ExportFixtures.kursk(), ExportFixtures.sparse()));
        String md = Files.readString(file);

        assertThat(md).startsWith("# Putin Umumkan").doesNotContain("kliping-id");
        assertThat(md).contains("\n\n---\n\n# Judul saja\n");
    }
}
