package org.kliping.reliability;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.cli.CliRunner;
import org.kliping.domain.ProgressListener;
import org.kliping.service.Archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.kliping.reliability.Shell.sh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reading while the window is open, and reading a read-only archive: commands that only read open the archive
 * read-only on its last committed state when another Kliping holds it or it cannot be written, with a notice;
 * commands that write are refused with exit 3 and the reason, and nothing in the folder changes.
 */
class ReadOnlyOpeningTest {

    private static final String[][] READERS = {{"list", "--json"}, {"show", "1", "--json"}, {"search", "--json", "Kursk"},
            {"related", "1"}, {"tags", "--json"}, {"annotations", "--json"}, {"stories", "--json"}, {"check", "--json"}, {"trash", "--json"},
            {"feed", "list", "--json"}};

    @TempDir
    Path tmp;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) sh("umount", mounted.toString());
    }

    @Test
    void readingCommandsWorkWhileTheWindowHoldsTheArchiveAndWritingOnesAreRefused() throws Exception {
        Path archive = tmp.resolve("a");
        CliRunner cli = new CliRunner(archive);
        assertThat(cli.run("import", CliRunner.seeds().toString()).code()).isZero();
        long id = cli.run("list", "--json").json().get(0).get("id").asLong();
        try (Archive window = Archive.open(archive, ProgressListener.NONE)) {
            // the window saves a change: the readers see it, as the last committed state
            window.services().tags().tag(List.of(id), List.of("dari-jendela"), List.of());
            for (String[] command : READERS) {
                CliRunner.Result r = cli.run(command);
                assertThat(r.code()).as("%s: %s", String.join(" ", command), r.err()).isZero();
                assertThat(r.err()).contains("open read-only").contains("another Kliping");
            }
            assertThat(cli.run("list", "--json").out()).contains("dari-jendela");
            assertThat(cli.run("search", "--json", "tag:dari-jendela").json().get("total").asLong()).isEqualTo(1);
            Path out = tmp.resolve("export.json");
            CliRunner.Result export = cli.run("export", "--format", "json", out.toString());
            assertThat(export.code()).as(export.err()).isZero();
            assertThat(Files.readString(out)).contains("dari-jendela");
            for (String[] command : new String[][]{{"tag", "1", "--add", "x"}, {"note", "1", "catatan"},
                    {"import", CliRunner.seeds().toString()}, {"check", "--repair"}, {"reindex"},
                    {"delete", "1"}, {"trash", "--empty", "--yes"}}) {
                CliRunner.Result r = cli.run(command);
                assertThat(r.code()).as(String.join(" ", command)).isEqualTo(3);
                assertThat(r.err()).contains("in use by another Kliping");
            }
            // the window goes on writing after the readers
            window.services().tags().tag(List.of(id), List.of("sesudahnya"), List.of());
        }
        assertThat(cli.run("list", "--json").out()).contains("sesudahnya");
        assertThat(cli.run("check").code()).isZero();
    }

    @Test
    void aReadOnlyMediumOpensForReadingWithANotice() throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", disk.toString()) == 0,
                "mounting a tmpfs needs root; aFolderWithoutWritePermission... covers the non-root case");
        mounted = disk;
        Path archive = disk.resolve("a");
        CliRunner cli = new CliRunner(archive);
        assertThat(cli.run("import", CliRunner.seeds().toString()).code()).isZero();
        assertThat(sh("mount", "-o", "remount,ro", disk.toString())).isZero();
        List<String> before = listing(archive);
        for (String[] command : READERS) {
            CliRunner.Result r = cli.run(command);
            assertThat(r.code()).as("%s: %s", String.join(" ", command), r.err()).isZero();
            assertThat(r.err()).contains("open read-only").contains("Read-only file system");
        }
        CliRunner.Result backup = cli.run("backup", tmp.resolve("b.backup").toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        CliRunner.Result tag = cli.run("tag", "1", "--add", "x");
        assertThat(tag.code()).isEqualTo(3);
        assertThat(tag.err()).contains("cannot be opened for writing").contains("Read-only file system");
        assertThat(listing(archive)).isEqualTo(before);
    }

    @Test
    void aFolderWithoutWritePermissionOpensForReadingAndWritesAreRefusedWithTheReason() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "permissions do not bind root; the read-only medium test covers it");
        Path archive = tmp.resolve("a");
        CliRunner cli = new CliRunner(archive);
        assertThat(cli.run("import", CliRunner.seeds().toString()).code()).isZero();
        Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliRunner.Result list = cli.run("list", "--json");
            assertThat(list.code()).as(list.err()).isZero();
            assertThat(list.err()).contains("open read-only");
            CliRunner.Result tag = cli.run("tag", "1", "--add", "x");
            assertThat(tag.code()).isEqualTo(3);
            assertThat(tag.err()).contains("Permission denied");
        } finally {
            Files.setPosixFilePermissions(archive, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReadOnlyIndexFolderIsRefusedBeforeAnImportStoresAnything() throws Exception {
        Path archive = tmp.resolve("a");
        CliRunner cli = new CliRunner(archive);
        assertThat(cli.run("import", CliRunner.seeds().toString()).code()).isZero();
        Path index = archive.resolve("index");
        Path disk = tmp.resolve("ro-index");
        Files.createDirectories(disk);
        boolean asRoot = sh("mount", "--bind", index.toString(), index.toString()) == 0
                && sh("mount", "-o", "remount,bind,ro", index.toString()) == 0;
        if (asRoot) mounted = index;
        else Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(asRoot || !"root".equals(System.getProperty("user.name")), "needs a bind mount (root) or a non-root user");
            Path more = tmp.resolve("more.txt");
            Files.writeString(more, "Berita baru tentang pelabuhan\n\nMAKASSAR - Pelabuhan baru dibuka hari ini oleh menteri.\n");
            long before = StoredArchive.count(archive, "SELECT count(*) FROM article");
            CliRunner.Result r = cli.run("import", more.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(3);
            assertThat(r.err()).contains("cannot be written").containsAnyOf("Read-only file system", "Permission denied");
            assertThat(StoredArchive.count(archive, "SELECT count(*) FROM article")).isEqualTo(before);
            CliRunner.Result list = cli.run("list", "--json");
            assertThat(list.code()).as(list.err()).isZero();
            assertThat(list.err()).contains("open read-only");
        } finally {
            if (!asRoot) Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> {
                try {
                    return dir.relativize(p) + ":" + (Files.isRegularFile(p) ? Files.size(p) + ":" + Files.getLastModifiedTime(p) : "d");
                } catch (IOException e) {
                    return p.toString();
                }
            }).sorted().toList();
        }
    }
}
