package org.kliping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 21 through the command line: skipped files in a folder import, authors in show and exports. */
class ReaderCliTest {
    @TempDir
    Path archive;
    @TempDir
    Path input;

    private static final String PAGE = """
            <html lang="en"><head><title>Harga Beras Naik - Kompas.com</title>
            <link rel="canonical" href="https://money.kompas.com/read/2024/01/15/harga-beras-naik">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harga Beras Naik",
            "datePublished":"2024-01-15T09:00:00+07:00","author":[{"name":"Ani Rahma"},{"name":"Budi Santoso"}]}</script>
            </head><body><div class="read__content">
            <p>JAKARTA, KOMPAS.com - Harga beras di Pasar Induk Cipinang naik Rp 1.000 per kilogram dalam sepekan, kata pedagang.</p>
            <p>Pedagang menyebut pasokan dari Karawang berkurang karena panen mundur akibat hujan yang terus turun.</p>
            </div></body></html>
            """;

    @Test
    void aFolderImportReportsTheFilesItPassedOver() throws Exception {
        Files.writeString(input.resolve("beras.html"), PAGE);
        Files.write(input.resolve("laporan.docx"), new byte[] {'P', 'K', 3, 4});
        Files.writeString(input.resolve("README"), "catatan");
        CliRunner cli = new CliRunner(archive);
        CliRunner.Result r = cli.run("import", "--json", input.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("imported").asInt()).isEqualTo(1);
        assertThat(j.get("rejected")).isEmpty();
        assertThat(j.get("skipped")).hasSize(2);
        assertThat(j.get("skipped").get(0).get("path").asText()).isEqualTo(input.resolve("README").toString());
        assertThat(j.get("skipped").get(0).get("reason").asText()).startsWith("not a format Kliping reads (a file without a type");
        assertThat(j.get("skipped").get(1).get("path").asText()).isEqualTo(input.resolve("laporan.docx").toString());
        assertThat(j.get("skipped").get(1).get("reason").asText()).contains(".docx files");

        Files.writeString(input.resolve("lain.txt"), "Banjir Rendam Bekasi\n\nRibuan rumah di Bekasi terendam banjir sejak Selasa pagi.");
        CliRunner.Result plain = cli.run("import", input.toString());
        assertThat(plain.out()).contains("skipped    " + input.resolve("laporan.docx"))
                .contains("1 imported, 1 duplicates, 0 rejected, 0 warnings, 2 skipped");
    }

    @Test
    void authorsAreStoredShownAndExported() throws Exception {
        Files.writeString(input.resolve("beras.html"), PAGE);
        CliRunner cli = new CliRunner(archive);
        long id = cli.run("import", "--json", input.resolve("beras.html").toString()).json().get("ids").get(0).asLong();
        JsonNode shown = cli.run("show", String.valueOf(id), "--json").json();
        assertThat(shown.get("authors")).extracting(JsonNode::asText).containsExactly("Ani Rahma", "Budi Santoso");
        assertThat(shown.get("title").asText()).isEqualTo("Harga Beras Naik");
        assertThat(shown.get("source").asText()).isEqualTo("Kompas.com");
        assertThat(shown.get("language").asText()).isEqualTo("id");
        assertThat(shown.get("url").asText()).isEqualTo("https://money.kompas.com/read/2024/01/15/harga-beras-naik");
        assertThat(cli.run("show", String.valueOf(id)).out()).contains("Authors:   Ani Rahma, Budi Santoso");

        Path json = input.resolve("out.json");
        assertThat(cli.run("export", "--format", "json", json.toString()).code()).isZero();
        assertThat(Files.readString(json)).contains("\"formatVersion\" : 2").contains("\"authors\" : [ \"Ani Rahma\", \"Budi Santoso\" ]");
        Path md = input.resolve("out.md");
        assertThat(cli.run("export", "--format", "markdown", md.toString()).code()).isZero();
        assertThat(Files.readString(md)).contains("- **Authors:** Ani Rahma, Budi Santoso");
        Path csv = input.resolve("out.csv");
        assertThat(cli.run("export", "--format", "csv", csv.toString()).code()).isZero();
        assertThat(Files.readString(csv)).startsWith("\uFEFFid,externalId,title,source,authors,place").contains("Ani Rahma; Budi Santoso");

        // the export restores into a new archive with its authors
        CliRunner other = new CliRunner(archive.resolveSibling(archive.getFileName() + "-restored"));
        assertThat(other.run("import", "--json", json.toString()).code()).isZero();
        assertThat(other.run("show", "1", "--json").json().get("authors")).extracting(JsonNode::asText)
                .containsExactly("Ani Rahma", "Budi Santoso");
    }
}
