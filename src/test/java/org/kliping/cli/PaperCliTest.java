package org.kliping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.paper.SampleArticles;
import org.kliping.paper.TestPages;
import org.kliping.paper.TesseractProgram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PaperCliTest {
    @TempDir
    Path dir;

    @Test
    void splitPagesImportsAnArticlePerPageAndShowGivesTheMediaType() throws Exception {
        Path pdf = dir.resolve("edition.pdf");
        Files.write(pdf, TestPages.textPdf(SampleArticles.all(), 2, "HARIAN CONTOH | Senin, 7 Desember 2026"));
        CliRunner cli = new CliRunner(dir.resolve("archive"));

        CliRunner.Result r = cli.run("import", "--split-pages", "--json", pdf.toString());
        assertThat(r.code()).isZero();
        assertThat(r.json().get("imported").asInt()).isEqualTo(2);
        assertThat(r.err()).contains("reading    [1/1] " + pdf);

        JsonNode second = cli.run("show", "2", "--json").json();
        assertThat(second.get("title").asText()).isEqualTo(SampleArticles.BANJIR.headline());
        assertThat(second.get("originMediaType").asText()).isEqualTo("application/pdf");
        assertThat(second.has("ocr")).isFalse(); // a text layer, not OCR
        assertThat(second.get("origin").asText()).isEqualTo("edition.pdf page 2");
    }

    @Test
    void showGivesOcrDetailsForAnImage() throws Exception {
        assumeTrue(TesseractProgram.fromEnvironment().unavailableReason().isEmpty(), "skipped: Tesseract with ind not installed");
        Path png = dir.resolve("kliping.png");
        Files.write(png, TestPages.png(TestPages.scan(SampleArticles.BANJIR, 1, 200)));
        CliRunner cli = new CliRunner(dir.resolve("archive"));
        assertThat(cli.run("import", png.toString()).code()).isZero();

        JsonNode shown = cli.run("show", "1", "--json").json();
        assertThat(shown.get("originMediaType").asText()).isEqualTo("image/png");
        assertThat(shown.get("ocr").get("engine").asText()).startsWith("tesseract");
        assertThat(shown.get("ocr").get("languages").get(0).asText()).isEqualTo("ind");
        assertThat(shown.get("ocr").get("confidence").asDouble()).isBetween(50.0, 100.0);
        assertThat(shown.get("title").asText()).isEqualTo(SampleArticles.BANJIR.headline());
    }

    @Test
    void textImportsGiveTheirMediaType() {
        CliRunner cli = new CliRunner(dir.resolve("archive"));
        cli.run("import", CliRunner.seeds().toString());
        JsonNode shown = cli.run("show", "1", "--json").json();
        assertThat(shown.get("originMediaType").asText()).isEqualTo("text/plain");
        assertThat(shown.has("ocr")).isFalse();
    }
}
