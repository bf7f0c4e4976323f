package org.kliping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportImportRoundTripCliTest {

    @TempDir
    Path tmp;

    @Test
    void jsonExportIntoAnEmptyArchiveGivesIdenticalShowJsonHighlightsIncluded() {
        CliRunner a = new CliRunner(tmp.resolve("a"));
        a.run("import", CliRunner.seeds().toString());
        JsonNode list = a.run("list", "--json").json();
        long id = list.get(0).get("id").asLong();
        a.run("tag", String.valueOf(id), "--add", "konflik/rusia-ukraina", "Korut");
        assertThat(a.run("annotate", String.valueOf(id), "--quote", "Korea Utara", "--note", "negara", "--color", "green").code()).isZero();
        a.run("note", String.valueOf(id), "Catatan", "penting");
        a.run("saved-search", "add", "Kursk", "kursk");
        Path out = tmp.resolve("export.json");
        CliRunner.Result ex = a.run("export", "--format", "json", out.toString());
        assertThat(ex.code()).as(ex.err()).isZero();

        CliRunner b = new CliRunner(tmp.resolve("b"));
        CliRunner.Result imp = b.run("import", "--json", out.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.json().get("imported").asInt()).isEqualTo(5);
        for (JsonNode item : list) {
            String sid = item.get("id").asText();
            assertThat(b.run("show", sid, "--json").json()).isEqualTo(a.run("show", sid, "--json").json());
        }
        assertThat(b.run("saved-search", "list", "--json").json().get(0).get("name").asText()).isEqualTo("Kursk");
        assertThat(b.run("tags", "--json").json()).isEqualTo(a.run("tags", "--json").json());

        CliRunner.Result again = b.run("import", "--json", out.toString());
        assertThat(again.json().get("imported").asInt()).isZero();
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(5);
        assertThat(b.run("annotations", "--json").json()).hasSize(1);
    }

    @Test
    void otherFormatsWriteTheirFiles() throws Exception {
        CliRunner a = new CliRunner(tmp.resolve("a"));
        a.run("import", CliRunner.seeds().toString());
        assertThat(a.run("export", "--format", "markdown", tmp.resolve("all.md").toString()).code()).isZero();
        assertThat(Files.readString(tmp.resolve("all.md"))).contains("# Putin Umumkan");
        assertThat(a.run("export", "--format", "markdown", tmp.resolve("md").toString()).code()).isZero();
        try (var files = Files.list(tmp.resolve("md"))) {
            assertThat(files.count()).isEqualTo(5);
        }
        assertThat(a.run("export", "--format", "csv", "--query", "source:SeaPRwire", tmp.resolve("a.csv").toString()).out())
                .contains("exported 1 articles");
        assertThat(a.run("export", "--format", "report", tmp.resolve("r.html").toString()).code()).isZero();
        assertThat(Files.readString(tmp.resolve("r.html"))).contains("Gerasimov").doesNotContain("<script");
        assertThat(a.run("export", "--format", "pdf", tmp.resolve("x").toString()).code()).isEqualTo(2);
    }
}
