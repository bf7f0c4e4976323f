package org.kliping.reliability;

import org.kliping.cli.CliRunner;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.kliping.reliability.Shell.sh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The disk fills up during an import: the user gets a clear error, and once space is free again the
 * archive is consistent and usable, and re-running the import adds exactly what is missing. The real
 * variant mounts a small tmpfs (root only; skipped otherwise); the other one limits the file size a child
 * process may write ({@code ulimit -f}), which needs no privileges.
 */
class DiskFullTest {

    private static final int ARTICLES = 2500;

    @TempDir
    Path work;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) sh("umount", mounted.toString());
    }

    @Test
    void importOntoAFullDiskFailsClearlyAndLeavesAUsableArchive() throws Exception {
        Path disk = Files.createDirectories(work.resolve("disk"));
        assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString()) == 0,
                "mounting a tmpfs needs root (mount -t tmpfs); the ulimit variant below still runs");
        mounted = disk;
        Path archive = disk.resolve("archive");
        Path file = work.resolve("big.jsonl");
        Map<String, String> source = SyntheticArticles.writeJsonl(file, ARTICLES, 3, 5);
        CliRunner cli = new CliRunner(archive);

        CliRunner.Result full = cli.run("import", file.toString());
        assertThat(full.code()).as(full.err()).isEqualTo(1);
        assertThat(full.err()).containsAnyOf("the disk is full", "No space left on device");

        assertThat(sh("mount", "-o", "remount,size=64m", disk.toString())).as("space freed").isZero();
        assertUsableAndComplete(archive, cli, file, source);
    }

    @Test
    void importPastTheFileSizeLimitFailsClearlyAndLeavesAUsableArchive() throws Exception {
        Path archive = work.resolve("archive");
        Path file = work.resolve("big.jsonl");
        Map<String, String> source = SyntheticArticles.writeJsonl(file, ARTICLES, 3, 6);
        // 2 MB per file: SQLite then gets EFBIG ("File too large") like a full disk
        List<String> limit = List.of("bash", "-c", "ulimit -f 2048; exec \"$@\"", "limit");
        try (ChildKliping child = ChildKliping.start(archive, limit, "import", file.toString())) {
            ChildKliping.Result r = child.await(Duration.ofMinutes(3));
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).containsAnyOf("the disk is full", "File too large", "disk I/O error");
        }
        assertUsableAndComplete(archive, new CliRunner(archive), file, source);
    }

    private static void assertUsableAndComplete(Path archive, CliRunner cli, Path file, Map<String, String> source)
            throws Exception {
        assertThat(StoredArchive.integrityCheck(archive)).isEqualTo("ok");
        int before = StoredArchive.assertArticlesWhole(archive, source).size();
        assertThat(before).as("the disk filled before the end").isLessThan(ARTICLES);
        JsonNode check = cli.run("check", "--json").json();
        assertThat(check.get("consistent").asBoolean()).as(check.toString()).isTrue();

        CliRunner.Result again = cli.run("import", "--json", file.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.json().get("imported").asInt()).isEqualTo(ARTICLES - before);
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(before);
        JsonNode after = cli.run("check", "--json").json();
        assertThat(after.get("consistent").asBoolean()).as(after.toString()).isTrue();
        assertThat(after.get("indexed").asLong()).isEqualTo(ARTICLES);
    }
}
