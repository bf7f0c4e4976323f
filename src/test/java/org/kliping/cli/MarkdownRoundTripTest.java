package org.kliping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Kliping's Markdown export, imported into another archive, gives the same titles and the same text. */
class MarkdownRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void exportThenImportGivesTheSameText() throws Exception {
        Path first = dir.resolve("first");
        CliRunner a = new CliRunner(first);
        Path awkward = dir.resolve("awkward.jsonl");
        Files.writeString(awkward, String.join("\n",
                "{\"title\":\"Angka \\\\*sementara\\\\* dan *resmi* [KPU]\",\"source\":\"Antara\",\"body\":"
                        + "\"Hasil *sementara* menurut KPU: 52,4 % (\\\\*belum final\\\\*), lihat [tabel](x) dan <b>catatan</b>.\\n\\n"
                        + "1. Ini bukan daftar, _melainkan_ kalimat #pemilu dengan biaya $5 ~ Rp 80.000 | A&amp;B & C.\\n\\n"
                        + "- juga bukan butir; `kode` dan \\\\\\\\ garis miring = sama.\\n\\n"
                        + "    Empat spasi di depan, > kutipan, ** bintang ganda ** dan __garis__.\"}",
                "{\"title\":\"Judul biasa\",\"body\":\"Paragraf pertama yang biasa saja.\\n\\nParagraf kedua.\"}"),
                StandardCharsets.UTF_8);
        assertThat(a.run("import", CliRunner.seeds().toString()).code()).isZero();
        assertThat(a.run("import", awkward.toString()).code()).isZero();
        Path out = dir.resolve("md");
        assertThat(a.run("export", "--format", "markdown", out.toString()).code()).isZero();

        CliRunner b = new CliRunner(dir.resolve("second"));
        CliRunner.Result imported = b.run("import", "--json", out.toString());
        assertThat(imported.code()).as(imported.err()).isZero();

        Map<String, String> before = bodiesByTitle(a);
        Map<String, String> after = bodiesByTitle(b);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((title, body) -> assertThat(after.get(title)).as(title).isEqualTo(body));
        assertThat(after.get("Angka \\*sementara\\* dan *resmi* [KPU]")).contains("(\\*belum final\\*)");
    }

    private static Map<String, String> bodiesByTitle(CliRunner cli) {
        Map<String, String> bodies = new HashMap<>();
        for (JsonNode row : cli.run("list", "--json").json()) {
            JsonNode article = cli.run("show", row.get("id").asText(), "--json").json();
            bodies.put(article.get("title").asText(), article.get("body").asText());
        }
        return bodies;
    }
}
