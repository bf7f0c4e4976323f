package org.kliping.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.cli.CliRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The child JVM the jar starts for the window and the bulk commands never outlives the process that started it:
 * the child is told its parent's id ({@code -Dkliping.parentPid}, as {@code app.ChildJvmLauncher} passes it); the
 * parent here is a plain {@code sleep}, killed with {@code kill -9} in the middle of an import and of a reindex.
 * The child stops within seconds (the import after the article in hand with its batch stored and linked, or, when
 * that takes longer than {@code Cli.STOP_WAIT}, as after a crash), what is stored is whole, the lock is free for the
 * next command and {@code check} finds the archive consistent.
 */
class ParentGoneTest {

    private static final Duration STOPS_WITHIN = Duration.ofSeconds(10);

    @TempDir
    Path work;

    private static Process parent() throws IOException {
        Path sleep = Path.of("/bin/sleep");
        assumeTrue(Files.isExecutable(sleep), "needs /bin/sleep to stand in for the launching process");
        return new ProcessBuilder(sleep.toString(), "600").start();
    }

    @Test
    void importStopsWhenItsParentIsKilledKeepingWholeBatchesAndReleasingTheLock() throws Exception {
        Path archive = work.resolve("archive");
        Path file = work.resolve("big.jsonl");
        int articles = 20_000;
        Map<String, String> source = SyntheticArticles.writeJsonl(file, articles, 3, 25);
        Process parent = parent();
        try (ChildKliping child = ChildKliping.start(archive, List.of(),
                List.of("-Dkliping.parentPid=" + parent.pid()), "import", file.toString())) {
            assertThat(child.awaitLine(l -> l.startsWith("imported "), 300, Duration.ofMinutes(2))).as(child.err()).isTrue();
            parent.destroyForcibly().waitFor();
            long killedAt = System.nanoTime();
            OptionalInt exit = child.awaitExit(STOPS_WITHIN);
            assertThat(exit).as("the import was still running %s after its parent was killed", STOPS_WITHIN).isPresent();
            // "stopped:" when the batch in hand was finished within Cli.STOP_WAIT; on a loaded machine the JVM may end
            // before, as after a crash: either way what is stored must be whole (below)
            System.out.printf("import stopped %d ms after its parent was killed (%s)%n", (System.nanoTime() - killedAt) / 1_000_000,
                    child.err().contains("stopped:") ? "after the article in hand" : "ended by the stop timeout");
        }
        assertThat(StoredArchive.integrityCheck(archive)).isEqualTo("ok");
        long stored = StoredArchive.count(archive, "SELECT count(*) FROM article");
        assertThat(stored).isPositive().isLessThan(articles);
        assertThat(StoredArchive.assertArticlesWhole(archive, source)).hasSize((int) stored);

        CliRunner cli = new CliRunner(archive); // takes the lock: the child released it
        JsonNode check = assertConsistent(cli);
        assertThat(check.get("articles").asLong()).isEqualTo(stored);
        CliRunner.Result again = cli.run("import", "--json", file.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.json().get("imported").asLong()).isEqualTo(articles - stored);
    }

    @Test
    void reindexStopsWhenItsParentIsKilledAndTheArchiveRebuildsAgain() throws Exception {
        Path archive = work.resolve("archive");
        Path file = work.resolve("big.jsonl");
        SyntheticArticles.writeJsonl(file, 3000, 3, 13);
        CliRunner cli = new CliRunner(archive);
        assertThat(cli.run("import", file.toString()).code()).isZero();
        Process parent = parent();
        try (ChildKliping child = ChildKliping.start(archive, List.of(),
                List.of("-Dkliping.parentPid=" + parent.pid()), "reindex")) {
            assertThat(child.awaitErr("Rebuilding the search index", Duration.ofMinutes(1))).as(child.err()).isTrue();
            parent.destroyForcibly().waitFor();
            assertThat(child.awaitExit(STOPS_WITHIN)).as("reindex still running after its parent was killed").isPresent();
        }
        assertConsistent(cli);
        assertThat(cli.run("search", "--json", "penanda2999").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aChildWhoseParentIsAlreadyGoneDoesNothing() throws Exception {
        Process parent = parent();
        parent.destroyForcibly().waitFor();
        Path archive = work.resolve("archive");
        try (ChildKliping child = ChildKliping.start(archive, List.of(),
                List.of("-Dkliping.parentPid=" + parent.pid()), "import", work.toString())) {
            assertThat(child.awaitExit(STOPS_WITHIN)).isPresent();
        }
        assertThat(archive).doesNotExist();
    }

    private static JsonNode assertConsistent(CliRunner cli) {
        CliRunner.Result check = cli.run("check", "--json");
        JsonNode j = check.json();
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(j.get("consistent").asBoolean()).isTrue();
        assertThat(j.get("indexed").asLong()).isEqualTo(j.get("articles").asLong());
        return j;
    }
}
