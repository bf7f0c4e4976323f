package org.kliping.reliability;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.cli.CliRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.kliping.reliability.Shell.sh;

/**
 * A backup onto a medium that fills up fails with a sentence naming the backup file and the full disk, leaves nothing
 * behind it in the target folder (no partial backup, no temporary file, no SQLite journal), and the archive it read is
 * byte for byte as it was and consistent. One variant mounts a 2 MB tmpfs as the target (root only; skipped
 * otherwise); the other limits the size of the files the child process may write ({@code ulimit -f}), which needs no
 * privileges.
 */
class BackupDiskFullTest {

    @TempDir
    Path work;

    private Path archive;
    private Path mounted;

    @BeforeEach
    void archiveOfSomeMegabytes() throws Exception {
        archive = work.resolve("archive");
        Path file = work.resolve("src.jsonl");
        SyntheticArticles.writeJsonl(file, 2000, 4, 21);
        assertThat(new CliRunner(archive).run("import", file.toString()).code()).isZero();
        assertThat(Files.size(archive.resolve("kliping.db"))).as("larger than the target's room").isGreaterThan(4L << 20);
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) sh("umount", mounted.toString());
    }

    @Test
    void aBackupOntoAFullDiskNamesTheTargetLeavesNothingAndTheArchiveIsUntouched() throws Exception {
        Path disk = Files.createDirectories(work.resolve("disk"));
        assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString()) == 0,
                "mounting a tmpfs needs root (mount -t tmpfs); the ulimit variant below still runs");
        mounted = disk;
        Path target = disk.resolve("cadangan.db");
        String before = StoredArchive.sha256(Files.readAllBytes(archive.resolve("kliping.db")));

        CliRunner.Result r = new CliRunner(archive).run("backup", target.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(target.toString()).containsAnyOf("the disk is full", "No space left on device")
                .contains("unchanged");
        assertTargetFolderEmptyAndArchiveUntouched(disk, before);
    }

    @Test
    void aBackupPastTheFileSizeLimitNamesTheTargetLeavesNothingAndTheArchiveIsUntouched() throws Exception {
        Path folder = Files.createDirectories(work.resolve("backups"));
        Path target = folder.resolve("cadangan.db");
        String before = StoredArchive.sha256(Files.readAllBytes(archive.resolve("kliping.db")));
        // 2 MB per file (the SQLite library unpacked at start-up needs more than 1 MB): SQLite's VACUUM INTO then gets EFBIG ("File too large") as from a full disk
        List<String> limit = List.of("bash", "-c", "ulimit -f 2048; exec \"$@\"", "limit");
        try (ChildKliping child = ChildKliping.start(archive, limit, "backup", target.toString())) {
            ChildKliping.Result r = child.await(Duration.ofMinutes(2));
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains(target.toString()).containsAnyOf("the disk is full", "File too large", "disk I/O error")
                    .contains("unchanged");
        }
        assertTargetFolderEmptyAndArchiveUntouched(folder, before);
    }

    private void assertTargetFolderEmptyAndArchiveUntouched(Path folder, String before) throws Exception {
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.toList()).as("no partial backup, temporary file or journal").isEmpty();
        }
        assertThat(StoredArchive.sha256(Files.readAllBytes(archive.resolve("kliping.db")))).isEqualTo(before);
        CliRunner.Result check = new CliRunner(archive).run("check");
        assertThat(check.code()).as(check.out()).isZero();
    }
}
