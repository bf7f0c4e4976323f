package org.kliping.reliability;

import org.kliping.cli.CliRunner;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once the command said it saved a tag, highlight or note, a kill -9 right after that line cannot lose
 * it: the line is printed only after the SQLite commit, and the index catches up at the next open.
 */
class SavedMeansSavedTest {

    @TempDir
    Path archive;

    private CliRunner cli;
    private long id;

    @BeforeEach
    void importSeeds() {
        cli = new CliRunner(archive);
        assertThat(cli.run("import", CliRunner.seeds().toString()).code()).isZero();
        id = cli.run("list", "--json").json().get(0).get("id").asLong();
    }

    @Test
    void tagHighlightAndNoteSurviveAKillRightAfterTheyWereReported() throws Exception {
        String body = cli.run("show", Long.toString(id), "--json").json().get("body").asText();
        String quote = body.substring(0, body.indexOf(' ', 20)).strip();

        killAfter("#" + id + ":", "tag", Long.toString(id), "--add", "disimpan-sebelum-mati");
        killAfter("highlight #", "annotate", Long.toString(id), "--quote", quote, "--note", "sorotan-sebelum-mati");
        killAfter("note #", "note", Long.toString(id), "catatan-sebelum-mati");

        JsonNode show = cli.run("show", Long.toString(id), "--json").json();
        assertThat(show.get("tags").toString()).contains("disimpan-sebelum-mati");
        assertThat(show.get("annotations").toString()).contains("sorotan-sebelum-mati").contains(jsonEscaped(quote));
        assertThat(show.get("notes").toString()).contains("catatan-sebelum-mati");
        assertThat(cli.run("search", "--json", "tag:disimpan-sebelum-mati").json().get("total").asLong()).isEqualTo(1);
        assertThat(cli.run("check", "--json").json().get("consistent").asBoolean()).isTrue();
    }

    private void killAfter(String reported, String... command) throws InterruptedException {
        try (ChildKliping child = ChildKliping.start(archive, command)) {
            boolean seen = child.awaitLine(l -> l.startsWith(reported), 1, Duration.ofMinutes(1));
            child.kill();
            assertThat(seen).as("'%s' was reported; stderr: %s", reported, child.err()).isTrue();
        }
    }

    private static String jsonEscaped(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
