package org.kliping.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.cli.CliRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index never makes the archive unusable: an {@code index} path that is a file is moved aside and rebuilt, and
 * an article the index cannot take is skipped, reported and listed by {@code check} while the rest is indexed.
 */
class IndexSkipsAndHealsTest {

    @TempDir
    Path tmp;

    private Path archive;
    private CliRunner cli;

    @BeforeEach
    void seeds() {
        archive = tmp.resolve("a");
        cli = new CliRunner(archive);
        assertThat(cli.run("import", CliRunner.seeds().toString()).code()).isZero();
    }

    @Test
    void anIndexPathThatIsAFileIsMovedAsideAndTheIndexRebuilt() throws Exception {
        Path index = archive.resolve("index");
        deleteTree(index);
        Files.writeString(index, "a sync tool's conflict copy");
        CliRunner.Result r = cli.run("search", "--json", "Gerasimov");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("total").asLong()).isPositive();
        assertThat(r.err()).contains("was not a folder").contains("moved aside");
        assertThat(index).isDirectory();
        try (Stream<Path> files = Files.list(archive)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("index.not-a-folder-")).findFirst().orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo("a sync tool's conflict copy");
        }
        assertThat(cli.run("check").code()).isZero();
    }

    @Test
    void anArticleTheIndexCannotTakeIsSkippedReportedAndListedByCheck() throws Exception {
        long id = cli.run("list", "--json").json().get(0).get("id").asLong();
        // a value another tool wrote that the store cannot decode; the article is due for indexing again
        try (Connection c = StoredArchive.readWrite(archive.resolve("kliping.db")); Statement st = c.createStatement()) {
            st.execute("UPDATE change_seq SET value = value + 1 WHERE id = 1");
            st.execute("UPDATE article SET published = '2025-13-45', seq = (SELECT value FROM change_seq WHERE id = 1) WHERE id = " + id);
            // a change made outside Kliping is damage to its text checksum (PageDamageTest); without a checksum there is
            // nothing to compare, and this test is about the index
            st.execute("DELETE FROM article_text WHERE article_id = " + id);
        }
        Files.deleteIfExists(archive.resolve("clean-close"));
        CliRunner.Result r = cli.run("search", "--json", "Kursk");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("could not be indexed").contains("#" + id).contains("2025-13-45");
        // the same after a full rebuild
        deleteTree(archive.resolve("index"));
        CliRunner.Result rebuilt = cli.run("search", "--json", "Kursk");
        assertThat(rebuilt.code()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.err()).contains("#" + id);
        assertThat(rebuilt.json().get("total").asLong()).isPositive();

        CliRunner.Result check = cli.run("check", "--json");
        assertThat(check.code()).isEqualTo(1);
        JsonNode j = check.json();
        assertThat(j.get("missingFromIndex").toString()).contains(Long.toString(id));
        assertThat(j.get("problems").toString()).contains("article #" + id + " cannot be indexed").contains("2025-13-45");
        CliRunner.Result repair = cli.run("check", "--repair");
        assertThat(repair.code()).isEqualTo(1);
        assertThat(repair.out()).contains("could not repair: article #" + id);
    }

    private static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
