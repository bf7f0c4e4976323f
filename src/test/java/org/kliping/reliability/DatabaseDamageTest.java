package org.kliping.reliability;

import org.kliping.cli.CliRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A damaged database, or one from a newer Kliping, is refused at once (exit 3) with a sentence that
 * points to backup and restore, and the file is left byte for byte as it was.
 */
class DatabaseDamageTest {

    @TempDir
    Path archive;

    private Path db;
    private CliRunner cli;

    @BeforeEach
    void archiveWithArticles() throws Exception {
        cli = new CliRunner(archive);
        Path file = archive.resolveSibling(archive.getFileName() + "-src.jsonl");
        SyntheticArticles.writeJsonl(file, 400, 4, 3);
        assertThat(cli.run("import", file.toString()).code()).isZero();
        Files.delete(file);
        db = archive.resolve("kliping.db");
        assertThat(Files.exists(archive.resolve("kliping.db-wal"))).as("checkpointed on close").isFalse();
    }

    @Test
    void garbageOverPagesInTheMiddleIsRefused() throws Exception {
        long size = Files.size(db);
        byte[] garbage = new byte[4096 * 8];
        new Random(5).nextBytes(garbage);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((size / 2) / 4096 * 4096);
            f.write(garbage);
        }
        assertRefusedUntouched("damaged");
    }

    @Test
    void truncatedDatabaseIsRefused() throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertRefusedUntouched("damaged");
    }

    @Test
    void textFileInPlaceOfTheDatabaseIsRefused() throws Exception {
        Files.writeString(db, "Ini bukan basis data, hanya catatan belanja.\n".repeat(50), StandardCharsets.UTF_8);
        assertRefusedUntouched("damaged");
    }

    @Test
    void databaseFromANewerVersionIsRefused() throws Exception {
        try (Connection c = StoredArchive.readWrite(db); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        assertRefusedUntouched("newer version");
    }

    private void assertRefusedUntouched(String why) throws Exception {
        String before = StoredArchive.sha256(Files.readAllBytes(db));
        for (String[] command : new String[][]{{"list"}, {"import", CliRunner.seeds().toString()}, {"check", "--repair"}}) {
            CliRunner.Result r = cli.run(command);
            assertThat(r.code()).as("%s: %s", String.join(" ", command), r.err()).isEqualTo(3);
            assertThat(r.err()).contains(why).contains("restore");
            assertThat(StoredArchive.sha256(Files.readAllBytes(db))).as("the database was not modified").isEqualTo(before);
        }
    }
}
