package org.kliping.reliability;

import org.kliping.cli.CliRunner;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of a real Kliping process at random moments of a large import. After each kill: SQLite's
 * integrity check passes, every stored article is whole (original, hash, body), the index agrees with
 * the store after the catch-up every open does, and re-running the import adds exactly what is missing.
 * The seed is printed; rerun one with {@code -Dkliping.crash.seed=N}.
 */
class CrashSafetyTest {

    @TempDir
    Path work;

    @Test
    void importKilledAtRandomMomentsLeavesAWholeArchiveAndReimportAddsTheRest() throws Exception {
        killLoop(3, 3000);
    }

    @Test
    @Tag("slow")
    void importKilledManyTimesLeavesAWholeArchiveAndReimportAddsTheRest() throws Exception {
        killLoop(25, 20_000);
    }

    @Test
    void killDuringTheIndexRebuildLeavesAnArchiveThatRebuildsAgain() throws Exception {
        Path archive = work.resolve("archive");
        Path file = work.resolve("big.jsonl");
        SyntheticArticles.writeJsonl(file, 3000, 3, 13);
        CliRunner cli = new CliRunner(archive);
        assertThat(cli.run("import", file.toString()).code()).isZero();
        try (ChildKliping child = ChildKliping.start(archive, "reindex")) {
            assertThat(child.awaitErr("Rebuilding the search index", Duration.ofMinutes(1))).as(child.err()).isTrue();
            child.kill();
        }
        assertCheckConsistent(cli, 0);
        assertThat(cli.run("search", "--json", "penanda2999").json().get("total").asLong()).isEqualTo(1);
    }

    private void killLoop(int kills, int articles) throws Exception {
        long seed = Long.getLong("kliping.crash.seed", System.nanoTime());
        System.out.println("CrashSafetyTest seed = " + seed + " (rerun with -Dkliping.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path archive = work.resolve("archive");
        Path file = work.resolve("big.jsonl");
        Map<String, String> source = SyntheticArticles.writeJsonl(file, articles, 3, seed);
        CliRunner cli = new CliRunner(archive);

        int step = Math.max(1, 2 * articles / kills); // spreads the kills over the whole import
        for (int k = 0; k < kills; k++) {
            int stored = k == 0 ? 0 : (int) StoredArchive.count(archive, "SELECT count(*) FROM article");
            if (stored >= articles - 1) break;
            // mostly among the articles not stored yet; sometimes early, while the restart re-reads duplicates
            int target = random.nextInt(4) == 0 && stored > 0 ? 1 + random.nextInt(stored)
                    : stored + 1 + random.nextInt(Math.min(articles - stored - 1, step));
            try (ChildKliping child = ChildKliping.start(archive, "import", file.toString())) {
                child.awaitLine(l -> l.startsWith("imported ") || l.startsWith("duplicate "), target, Duration.ofMinutes(3));
                Thread.sleep(random.nextInt(40));
                child.kill();
            }
            assertThat(StoredArchive.integrityCheck(archive)).as("kill %d (seed %d)", k, seed).isEqualTo("ok");
            int whole = StoredArchive.assertArticlesWhole(archive, source).size();
            System.out.printf("kill %d after %d printed lines: %d articles stored%n", k, target, whole);
            if (k % 2 == 1) assertCheckConsistent(cli, seed); // else the next import starts on a lagging index
        }

        long stored = StoredArchive.count(archive, "SELECT count(*) FROM article");
        CliRunner.Result again = cli.run("import", "--json", file.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.json().get("imported").asLong()).as("seed %d", seed).isEqualTo(articles - stored);
        assertThat(again.json().get("duplicates").asLong()).as("seed %d", seed).isEqualTo(stored);
        assertThat(StoredArchive.assertArticlesWhole(archive, source)).hasSize(articles);
        JsonNode check = assertCheckConsistent(cli, seed);
        assertThat(check.get("articles").asLong()).isEqualTo(articles);
        assertThat(cli.run("search", "--json", "penanda" + (articles - 1)).json().get("total").asLong()).isEqualTo(1);
    }

    private static JsonNode assertCheckConsistent(CliRunner cli, long seed) {
        CliRunner.Result check = cli.run("check", "--json");
        JsonNode j = check.json();
        assertThat(check.code()).as("check after kill, seed %d: %s", seed, check.out()).isZero();
        assertThat(j.get("consistent").asBoolean()).isTrue();
        assertThat(j.get("indexed").asLong()).isEqualTo(j.get("articles").asLong());
        assertThat(j.get("problems")).isEmpty();
        return j;
    }
}
