package org.kliping.reliability;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.cli.CliRunner;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive survives its own commands: restore takes the lock before it touches the folder, export and backup
 * never write into an archive folder, and temporary files are per process and cleaned up.
 */
class ArchiveFolderSafetyTest {

    @TempDir
    Path tmp;

    private Path archive;
    private CliRunner cli;
    private Path db;

    @BeforeEach
    void archiveWithSeeds() {
        archive = tmp.resolve("a");
        cli = new CliRunner(archive);
        assertThat(cli.run("import", CliRunner.seeds().toString()).code()).isZero();
        db = archive.resolve("kliping.db");
    }

    @Test
    void restoreTakesTheLockBeforeItPutsADatabaseInPlace() throws Exception {
        Path backup = tmp.resolve("seeds.backup");
        assertThat(cli.run("backup", backup.toString()).code()).isZero();
        // another Kliping holds a folder that has no database yet (an import that is creating it)
        Path target = tmp.resolve("b");
        Files.createDirectories(target);
        try (FileChannel ch = FileChannel.open(target.resolve("archive.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {
            CliRunner.Result r = new CliRunner(target).run("restore", backup.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(3);
            assertThat(r.err()).contains("in use by another Kliping");
            assertThat(target.resolve("kliping.db")).as("nothing was put in place").doesNotExist();
            try (Stream<Path> files = Files.list(target)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("archive.lock");
            }
        }
        CliRunner.Result ok = new CliRunner(target).run("restore", backup.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(new CliRunner(target).run("list", "--json").json()).hasSize(5);
    }

    @Test
    void exportOrBackupOntoTheLiveDatabaseIsRefusedAndTheArchiveIsUntouched() throws Exception {
        String before = StoredArchive.sha256(Files.readAllBytes(db));
        Path link = tmp.resolve("innocent.csv");
        Files.createSymbolicLink(link, db);
        Files.createDirectories(tmp.resolve("other"));
        Path otherArchive = tmp.resolve("other/kliping.db");
        Files.writeString(otherArchive, "stand-in for another archive's database");
        String[][] commands = {
                {"export", "--format", "csv", db.toString()},
                {"export", "--format", "json", archive.resolve("index").toString()},
                {"export", "--format", "markdown", archive.resolve("notes").toString()},
                {"export", "--format", "json", link.toString()},
                {"export", "--format", "json", tmp.resolve("other/out.json").toString()},
                {"backup", db.toString()},
                {"backup", archive.resolve("kliping.db-wal").toString()},
                {"backup", archive.resolve("sub/copy.backup").toString()},
                {"backup", link.toString()},
        };
        for (String[] command : commands) {
            CliRunner.Result r = cli.run(command);
            assertThat(r.code()).as("%s: %s%s", String.join(" ", command), r.out(), r.err()).isEqualTo(2);
            assertThat(r.err()).contains("archive");
            assertThat(StoredArchive.sha256(Files.readAllBytes(db))).isEqualTo(before);
        }
        assertThat(archive.resolve("sub")).doesNotExist();
        assertThat(archive.resolve("notes")).doesNotExist();
        assertThat(cli.run("list", "--json").json()).hasSize(5);
        assertThat(cli.run("check").code()).isZero();
    }

    @Test
    void aZeroLengthDatabaseIsDamageAndIsLeftAsItIs() throws Exception {
        Files.write(db, new byte[0]);
        Files.deleteIfExists(archive.resolve("clean-close"));
        for (String[] command : new String[][]{{"list"}, {"import", CliRunner.seeds().toString()}, {"check", "--repair"}}) {
            CliRunner.Result r = cli.run(command);
            assertThat(r.code()).as("%s: %s", String.join(" ", command), r.err()).isEqualTo(3);
            assertThat(r.err()).contains("damaged").contains("empty").contains("restore");
            assertThat(Files.size(db)).isZero();
        }
    }

    @Test
    void aNewArchiveNeverLeavesAnEmptyDatabaseFile() {
        Path fresh = tmp.resolve("fresh");
        CliRunner.Result r = new CliRunner(fresh).run("import", "--json", CliRunner.seeds().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(fresh.resolve("kliping.db")).isNotEmptyFile();
    }

    @Test
    void temporaryFilesOfAKilledExportOrBackupAreRemovedByTheNextOne() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        // pid 2^22+1 is above Linux's default pid_max: no such process is running
        Path deadExport = out.resolve(".export.json.4194305-abc.tmp");
        Path deadBackup = out.resolve(".a.backup.4194305-def.tmp");
        Path deadJournal = out.resolve(".a.backup.4194305-def.tmp-journal");
        Path alive = out.resolve(".export.json." + ProcessHandle.current().pid() + "-1.tmp");
        for (Path p : new Path[] {deadExport, deadBackup, deadJournal, alive}) Files.writeString(p, "leftover");
        assertThat(cli.run("export", "--format", "json", out.resolve("export.json").toString()).code()).isZero();
        assertThat(cli.run("backup", out.resolve("a.backup").toString()).code()).isZero();
        assertThat(deadExport).doesNotExist();
        assertThat(deadBackup).doesNotExist();
        assertThat(deadJournal).doesNotExist();
        assertThat(alive).as("a running process's file is left alone").exists();
        Files.delete(alive);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("export.json", "a.backup");
        }
    }
}
