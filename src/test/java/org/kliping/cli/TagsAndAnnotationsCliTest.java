package org.kliping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4 as the command line shows it: tags, highlights and notes in show, annotations and search. */
class TagsAndAnnotationsCliTest {

    @TempDir
    Path tmp;

    private CliRunner seeded() {
        CliRunner cli = new CliRunner(tmp.resolve("a"));
        cli.run("import", CliRunner.seeds().toString());
        return cli;
    }

    @Test
    void tagsShowUpInShowTagsAndSearchAndRenameMergesKeepCounts() {
        CliRunner cli = seeded();
        assertThat(cli.run("tag", "1", "2", "--add", "konflik/rusia-ukraina", "Korut").code()).isZero();
        cli.run("tag", "3", "--add", "korea-utara");
        assertThat(cli.run("tag-color", "Korut", "#ff8800").code()).isZero();
        JsonNode tags = cli.run("tags", "--json").json();
        assertThat(tags.toString()).contains("{\"name\":\"Korut\",\"count\":2,\"color\":\"#ff8800\"}")
                .contains("{\"name\":\"konflik/rusia-ukraina\",\"count\":2,\"color\":null}");
        assertThat(cli.run("show", "1", "--json").json().get("tags").toString()).contains("Korut", "konflik/rusia-ukraina");
        assertThat(cli.run("search", "--json", "tag:konflik").json().get("total").asInt()).isEqualTo(2);

        assertThat(cli.run("tag-rename", "korea-utara", "korut").code()).isZero();
        JsonNode merged = cli.run("tags", "--json").json();
        assertThat(merged.toString()).contains("{\"name\":\"Korut\",\"count\":3,\"color\":\"#ff8800\"}").doesNotContain("korea-utara");
        assertThat(cli.run("search", "--json", "tag:korut").json().get("total").asInt()).isEqualTo(3);

        cli.run("tag", "1", "--remove", "Korut");
        assertThat(cli.run("search", "--json", "tag:korut").json().get("total").asInt()).isEqualTo(2);
        assertThat(cli.run("tag-delete", "Korut").code()).isZero();
        assertThat(cli.run("search", "--json", "tag:korut").json().get("total").asInt()).isZero();
    }

    @Test
    void highlightSurvivesAnInsertedParagraphAndBecomesAnOrphanWhenItsSentenceIsDeleted() throws Exception {
        CliRunner cli = seeded();
        String quote = "Maria Zakharova";
        JsonNode created = cli.run("annotate", "1", "--quote", quote, "--note", "juru bicara", "--json").json();
        long aid = created.get("id").asLong();
        assertThat(cli.run("search", "--json", "note:bicara").json().get("total").asInt()).isEqualTo(1);

        String body = cli.run("show", "1", "--json").json().get("body").asText();
        Path edited = tmp.resolve("edited.txt");
        Files.writeString(edited, "Paragraf baru dari redaksi.\n\n" + body);
        assertThat(cli.run("edit", "1", "--body-file", edited.toString()).code()).isZero();
        JsonNode after = cli.run("annotations", "1", "--json").json().get(0);
        assertThat(after.get("state").asText()).isEqualTo("anchored");
        String newBody = cli.run("show", "1", "--json").json().get("body").asText();
        assertThat(newBody.substring(after.get("start").asInt(), after.get("end").asInt())).isEqualTo(quote);

        Files.writeString(edited, newBody.replaceAll("\n\n[^\n]*Zakharova[^\n]*", ""));
        cli.run("edit", "1", "--body-file", edited.toString());
        JsonNode orphan = cli.run("annotations", "--json").json().get(0);
        assertThat(orphan.get("id").asLong()).isEqualTo(aid);
        assertThat(orphan.get("state").asText()).isEqualTo("orphaned");
        assertThat(orphan.get("quote").asText()).isEqualTo(quote);
        assertThat(orphan.get("note").asText()).isEqualTo("juru bicara");
        assertThat(cli.run("check", "--json").json().get("orphanedHighlights")).hasSize(1);
    }

    @Test
    void annotateRejectsAQuoteThatIsNotThere() {
        CliRunner cli = seeded();
        CliRunner.Result r = cli.run("annotate", "1", "--quote", "tidak ada di teks");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not in article 1");
        assertThat(cli.run("annotate", "1", "--quote", "Putin", "--occurrence", "99").err()).contains("occurrence");
    }

    @Test
    void savedSearchesAndNotesAreListed() {
        CliRunner cli = seeded();
        cli.run("saved-search", "add", "Kursk", "kursk", "tag:konflik");
        assertThat(cli.run("saved-search", "list", "--json").json().get(0).get("query").asText()).isEqualTo("kursk tag:konflik");
        cli.run("note", "2", "Bandingkan", "angka");
        assertThat(cli.run("show", "2", "--json").json().get("notes").get(0).get("text").asText()).isEqualTo("Bandingkan angka");
        assertThat(cli.run("search", "--json", "note:bandingkan").json().get("total").asInt()).isEqualTo(1);
    }
}
