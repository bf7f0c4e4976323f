package org.kliping.reliability;

import org.kliping.cli.CliRunner;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.search.ArticleIndex;
import org.kliping.search.SearchSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code kliping check} claims: an index that merely lags (as after a crash) is caught up and not
 * reported; an index or highlight changed behind the store's back is reported (exit 1) and
 * {@code --repair} fixes it (exit 0, and a later check finds nothing).
 */
class CheckClaimsTest {

    @TempDir
    Path work;

    private Path archive;
    private CliRunner cli;

    @BeforeEach
    void archiveWithSeeds() {
        archive = work.resolve("archive");
        cli = new CliRunner(archive);
        assertThat(cli.run("import", CliRunner.seeds().toString()).code()).isZero();
    }

    @Test
    void laggingIndexIsCaughtUpNotReported() throws IOException {
        Path oldIndex = work.resolve("old-index");
        copy(archive.resolve("index"), oldIndex);
        Path more = work.resolve("more.jsonl");
        SyntheticArticles.writeJsonl(more, 50, 2, 4);
        assertThat(cli.run("import", more.toString()).code()).isZero();
        assertThat(cli.run("tag", "2", "--add", "terlambat").code()).isZero();
        deleteTree(archive.resolve("index"));
        copy(oldIndex, archive.resolve("index")); // the index as it was 51 changes ago, like after a crash

        CliRunner.Result check = cli.run("check", "--json");
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(check.json().get("problems")).isEmpty();
        assertThat(check.json().get("indexed").asLong()).isEqualTo(55);
        assertThat(cli.run("search", "--json", "tag:terlambat").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void articleDeletedFromTheIndexBehindTheStoresBackIsReportedAndRepaired() {
        try (ArticleIndex index = ArticleIndex.open(archive.resolve("index"), SearchSettings.defaults())) {
            index.delete(3);
            index.commit(index.appliedSequence()); // same mark: nothing tells the archive it changed
        }
        CliRunner.Result check = cli.run("check", "--json");
        assertThat(check.code()).isEqualTo(1);
        JsonNode j = check.json();
        assertThat(j.get("consistent").asBoolean()).isFalse();
        assertThat(j.get("missingFromIndex").toString()).isEqualTo("[3]");
        assertThat(j.get("problems").get(0).asText()).contains("missing from the index");

        CliRunner.Result repair = cli.run("check", "--repair", "--json");
        assertThat(repair.json().get("repairs").get(0).asText()).contains("rebuilt the index");
        assertThat(repair.code()).as("everything found was repaired").isZero();
        assertThat(cli.run("check").code()).isZero();
        assertThat(cli.run("check", "--json").json().get("indexed").asLong()).isEqualTo(5);
    }

    @Test
    void highlightShiftedBehindTheStoresBackIsReportedAndReanchored() throws Exception {
        String body = cli.run("show", "1", "--json").json().get("body").asText();
        String quote = body.substring(10, 40);
        assertThat(cli.run("annotate", "1", "--quote", quote).code()).isZero();
        try (Connection c = StoredArchive.readWrite(archive.resolve("kliping.db")); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE annotation SET start_pos = start_pos + 3, end_pos = end_pos + 3");
        }
        CliRunner.Result check = cli.run("check", "--json");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.json().get("driftedHighlights")).hasSize(1);

        CliRunner.Result repair = cli.run("check", "--repair", "--json");
        assertThat(repair.json().get("repairs").get(0).asText()).contains("re-anchored 1 highlight");
        assertThat(repair.code()).isZero();
        JsonNode annotation = cli.run("show", "1", "--json").json().get("annotations").get(0);
        assertThat(annotation.get("start").asInt()).isEqualTo(10);
        assertThat(cli.run("check").code()).isZero();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
