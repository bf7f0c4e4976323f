package org.kliping.store;

import org.kliping.domain.ArchiveUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void newDatabaseIsMigratedToTheLatestSchemaInWalMode() throws Exception {
        Path file = dir.resolve("k.db");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(db.integrityCheck()).isEqualTo("ok");
            String mode = db.call(c -> Rows.one(c, "PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow());
            assertThat(mode).isEqualToIgnoringCase("wal");
            int fk = db.call(c -> Rows.one(c, "PRAGMA foreign_keys", rs -> rs.getInt(1)).orElseThrow());
            assertThat(fk).isEqualTo(1);
        }
        try (Database again = Database.open(file)) {
            assertThat(again.schemaVersion()).isEqualTo(Migrations.LATEST);
        }
    }

    @Test
    void databaseFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("k.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(ArchiveUnavailableException.class)
                .hasMessageContaining("newer version")
                .extracting(e -> ((ArchiveUnavailableException) e).reason())
                .isEqualTo(ArchiveUnavailableException.Reason.NEWER_VERSION);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void fileThatIsNotADatabaseIsRefusedAsDamaged() throws Exception {
        Path file = dir.resolve("k.db");
        Files.writeString(file, "this is not a database, just some text that happens to be here");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(ArchiveUnavailableException.class)
                .hasMessageContaining("damaged")
                .extracting(e -> ((ArchiveUnavailableException) e).reason())
                .isEqualTo(ArchiveUnavailableException.Reason.DAMAGED);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("k.db"))) {
            ArticleStore articles = new ArticleStore(db);
            assertThatThrownBy(() -> db.transaction(() -> {
                articles.insert(StoreFixtures.article("Satu", "Antara", "Isi."));
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(articles.count()).isZero();
        }
    }

    @Test
    void backupWritesAConsistentCopy() {
        try (Database db = Database.open(dir.resolve("k.db"))) {
            new ArticleStore(db).insert(StoreFixtures.article("Satu", "Antara", "Isi."));
            db.backupTo(dir.resolve("copy.db"));
        }
        try (Database copy = Database.open(dir.resolve("copy.db"))) {
            assertThat(new ArticleStore(copy).count()).isEqualTo(1);
        }
    }
}
