package org.kliping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.kliping.service.Archive;
import org.kliping.domain.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FoundationCliTest {

    @TempDir
    Path archive;

    @Test
    void importingTheSeedsTwiceAddsNothingTheSecondTime() {
        CliRunner cli = new CliRunner(archive);
        CliRunner.Result first = cli.run("import", "--json", CliRunner.seeds().toString());
        assertThat(first.code()).as(first.err()).isZero();
        JsonNode j = first.json();
        assertThat(j.get("imported").asInt()).isEqualTo(5);
        assertThat(j.get("duplicates").asInt()).isZero();
        assertThat(j.get("rejected")).isEmpty();
        assertThat(j.get("ids")).hasSize(5);

        CliRunner.Result second = cli.run("import", "--json", CliRunner.seeds().toString());
        assertThat(second.code()).isZero();
        assertThat(second.json().get("imported").asInt()).isZero();
        assertThat(second.json().get("duplicates").asInt()).isEqualTo(5);

        CliRunner.Result plain = cli.run("import", CliRunner.seeds().toString());
        assertThat(plain.out()).contains("duplicate").contains("0 imported, 5 duplicates, 0 rejected");
    }

    @Test
    void searchJsonCountsTheArticlesWithEveryWordBesideTheTotal() throws Exception {
        CliRunner cli = new CliRunner(archive);
        assertThat(cli.run("import", CliRunner.seeds().toString()).code()).isZero();
        JsonNode soft = cli.run("search", "--json", "Gerasimov", "pasukan").json();
        assertThat(soft.get("total").asLong()).isEqualTo(5);
        assertThat(soft.get("totalAllWords").asLong()).isEqualTo(2);
        JsonNode one = cli.run("search", "--json", "Gerasimov").json();
        assertThat(one.get("totalAllWords").asLong()).isEqualTo(one.get("total").asLong()).isEqualTo(2);
        assertThat(cli.run("search", "Gerasimov", "pasukan").out()).contains("5 articles match: 2 with all words, 5 with some");

        Path batch = archive.resolveSibling(archive.getFileName() + "-batch.jsonl");
        Files.writeString(batch, "{\"qid\":\"q1\",\"query\":\"Gerasimov pasukan\"}\n");
        JsonNode line = Json.MAPPER.readTree(cli.run("search", "--batch", batch.toString()).out().lines().findFirst().orElseThrow());
        assertThat(line.get("totalAllWords").asLong()).isEqualTo(2);
    }

    @Test
    void searchSortsByRelevanceNewestOrOldestFirstWithUndatedLast() throws Exception {
        Path file = archive.resolveSibling(archive.getFileName() + "-dated.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"a\",\"title\":\"Banjir di hulu\",\"date\":\"2025-03-01\",\"body\":\"Banjir merendam desa di hulu sungai.\"}",
                "{\"id\":\"b\",\"title\":\"Banjir lagi\",\"body\":\"Banjir kembali datang tanpa tanggal yang jelas.\"}",
                "{\"id\":\"c\",\"title\":\"Banjir reda\",\"date\":\"2024-11-20\",\"body\":\"Banjir mulai reda di kota hilir.\"}",
                "{\"id\":\"d\",\"title\":\"Banjir besar\",\"date\":\"2025-07-09\",\"body\":\"Banjir besar melanda pesisir utara.\"}"));
        CliRunner cli = new CliRunner(archive);
        assertThat(cli.run("import", file.toString()).code()).isZero();

        assertThat(publishedOf(cli.run("search", "--json", "--sort", "date", "banjir").json()))
                .containsExactly("2025-07-09", "2025-03-01", "2024-11-20", null);
        assertThat(publishedOf(cli.run("search", "--json", "--sort", "oldest", "banjir").json()))
                .containsExactly("2024-11-20", "2025-03-01", "2025-07-09", null);
        CliRunner.Result wrong = cli.run("search", "--sort", "newest", "banjir");
        assertThat(wrong.code()).isNotZero();
        assertThat(wrong.err()).contains("--sort must be relevance, date or oldest, not 'newest'");
    }

    private static List<String> publishedOf(JsonNode result) {
        List<String> dates = new ArrayList<>();
        result.get("hits").forEach(h -> dates.add(h.get("published").isNull() ? null : h.get("published").asText()));
        return dates;
    }

    @Test
    void listShowsEveryArticleNewestFirstWithTheContractFields() {
        CliRunner cli = new CliRunner(archive);
        cli.run("import", CliRunner.seeds().toString());
        JsonNode list = cli.run("list", "--json").json();
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(5);
        List<Long> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.get("id").asLong()));
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        JsonNode first = list.get(0);
        assertThat(first.has("externalId")).isTrue();
        assertThat(first.fieldNames()).toIterable().contains("id", "title", "source", "place", "published", "tags");
        assertThat(cli.run("list", "--json", "--limit", "2").json()).hasSize(2);
    }

    @Test
    void showJsonHasTheBodyAndTheOriginalByteForByte() throws Exception {
        CliRunner cli = new CliRunner(archive);
        cli.run("import", CliRunner.seeds().toString());
        long id = cli.run("list", "--json").json().get(4).get("id").asLong();
        JsonNode show = cli.run("show", String.valueOf(id), "--json").json();
        String original = Files.readString(CliRunner.seeds().resolve("000_d00ca00b6c077c31.txt"));
        assertThat(show.get("original").asText()).isEqualTo(original);
        assertThat(show.get("body").asText()).contains("Gerasimov").doesNotContain("Scroll to Top");
        assertThat(show.get("tags")).isEmpty();
        assertThat(show.get("annotations")).isEmpty();
        assertThat(show.get("notes")).isEmpty();
    }

    @Test
    void missingFileIsRejectedWithExitOneAndTheRestImported() {
        CliRunner cli = new CliRunner(archive);
        CliRunner.Result r = cli.run("import", "--json", CliRunner.seeds().toString(), "no-such-file.txt");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.json().get("imported").asInt()).isEqualTo(5);
        assertThat(r.json().get("rejected").get(0).get("path").asText()).contains("no-such-file.txt");
        assertThat(r.json().get("rejected").get(0).get("error").asText()).contains("no such file");
    }

    @Test
    void aLockedArchiveExitsWithThreeAndSaysWhy() {
        try (Archive held = Archive.open(archive, ProgressListener.NONE)) {
            // a command that writes; one that reads opens read-only instead (ReadOnlyOpeningTest)
            CliRunner.Result r = new CliRunner(archive).run("tag", "1", "--add", "x");
            assertThat(r.code()).isEqualTo(3);
            assertThat(r.err()).contains("in use");
            assertThat(held.services().articles().count()).isZero();
        }
    }

    @Test
    void aDatabaseFromANewerVersionExitsWithThree() throws Exception {
        new CliRunner(archive).run("list");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + archive.resolve(Archive.DATABASE_FILE))) {
            c.createStatement().execute("PRAGMA user_version = 999");
        }
        CliRunner.Result r = new CliRunner(archive).run("list");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("newer version");
    }

    @Test
    void usageErrorsExitWithTwoAndHelpIsEverywhere() {
        CliRunner cli = new CliRunner(archive);
        assertThat(cli.run("show").code()).isEqualTo(2);
        assertThat(cli.run("no-such-command").code()).isEqualTo(2);
        CliRunner.Result help = cli.run("import", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: kliping import");
    }

    @Test
    void showOfAMissingArticleSaysSo() throws Exception {
        CliRunner cli = new CliRunner(archive);
        assertThat(cli.run("import", Files.createDirectories(archive.resolve("nothing")).toString()).code()).isZero();
        CliRunner.Result r = cli.run("show", "42");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("article 42 not found");
    }

    @Test
    void commandsThatReadRefuseAFolderWithoutAnArchiveAndCreateNothing() throws Exception {
        Path mistyped = archive.resolve("arsip-typo");
        CliRunner cli = new CliRunner(mistyped);
        for (String[] command : List.of(new String[]{"search", "bebas"}, new String[]{"list", "--json"},
                new String[]{"check"}, new String[]{"tags"}, new String[]{"show", "1"}, new String[]{"reindex"},
                new String[]{"tag", "1", "--add", "x"}, new String[]{"backup", archive.resolve("b.backup").toString()})) {
            CliRunner.Result r = cli.run(command);
            assertThat(r.code()).as(String.join(" ", command)).isEqualTo(3);
            assertThat(r.err()).as(String.join(" ", command)).contains("no archive at " + mistyped);
            assertThat(mistyped).as(String.join(" ", command)).doesNotExist();
        }
        Files.createDirectories(mistyped); // an empty folder is no archive either
        assertThat(cli.run("list").code()).isEqualTo(3);
        assertThat(mistyped).isEmptyDirectory();

        assertThat(cli.run("import", Files.createDirectories(archive.resolve("empty")).toString()).code()).isZero();
        assertThat(mistyped.resolve(Archive.DATABASE_FILE)).exists(); // a command that writes creates it
        assertThat(cli.run("list").code()).isZero();
    }
}
