package org.kliping.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.cli.CliRunner;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damage inside a page, which SQLite's checks do not see (they check the pages' structure, not what they hold), made
 * the way a failing disk makes it: bytes changed in the file while Kliping is not running. Opening finds it by the
 * checksums written beside each original and each article's text, refuses to write (exit 3, the file named, nothing
 * changed), and lets commands that only read go on; {@code check} lists it by article and {@code check --repair} makes
 * a backup it names, then restores what an intact original allows and notes what it cannot.
 */
class PageDamageTest {

    @TempDir
    Path tmp;

    private Path archive;
    private Path db;
    private CliRunner cli;
    private Path more;

    @BeforeEach
    void archiveWithArticles() throws Exception {
        archive = tmp.resolve("a");
        cli = new CliRunner(archive);
        Path file = tmp.resolve("src.jsonl");
        SyntheticArticles.writeJsonl(file, 300, 4, 11);
        assertThat(cli.run("import", file.toString()).code()).isZero();
        db = archive.resolve("kliping.db");
        more = tmp.resolve("more.jsonl");
        Files.writeString(more, "{\"title\":\"Baru\",\"body\":\"Satu dua tiga empat lima enam tujuh delapan sembilan.\"}\n");
    }

    @Test
    void aFlippedByteInAnOriginalStopsWritersAndRepairNamesItsBackupAndNotesWhatItCannotRestore() throws Exception {
        long id = 120;
        flipByteOf(id, "original");
        String before = StoredArchive.sha256(Files.readAllBytes(db));

        CliRunner.Result write = cli.run("import", more.toString());
        assertThat(write.code()).as(write.err()).isEqualTo(3);
        assertThat(write.err()).contains(db.toString()).contains("damaged").contains("the original of article #" + id)
                .contains("kliping check").contains("kliping restore");
        assertThat(StoredArchive.sha256(Files.readAllBytes(db))).as("nothing written").isEqualTo(before);

        CliRunner.Result read = cli.run("list", "--json", "--limit", "5");
        assertThat(read.code()).as(read.err()).isZero();
        assertThat(read.json()).hasSize(5);
        assertThat(read.err()).contains("read-only").contains("damaged");

        JsonNode check = cli.run("check", "--json").json();
        assertThat(check.get("damagedOriginals").toString()).isEqualTo("[" + id + "]");
        assertThat(check.get("garbledBodies")).isEmpty();

        CliRunner.Result repair = cli.run("check", "--repair", "--json");
        assertThat(repair.code()).as("an original cannot be restored from inside the archive").isEqualTo(1);
        Path backup = Path.of(repair.json().get("backup").asText());
        assertThat(backup).exists().hasParent(tmp.resolve("a-backups"));
        assertThat(repair.out()).contains("could not repair").contains("#" + id);
        assertThat(articlesIn(backup)).as("the backup holds the archive as it was").isEqualTo(300);

        CliRunner.Result human = cli.run("check", "--repair");
        assertThat(human.out()).contains("backup: " + tmp.resolve("a-backups")).contains("(made before repairing)");

        CliRunner.Result afterRepair = cli.run("import", more.toString());
        assertThat(afterRepair.code()).as("noted damage no longer stops writing: " + afterRepair.err()).isZero();
        JsonNode later = cli.run("check", "--json").json();
        assertThat(later.get("damagedOriginals").toString()).as("still listed").isEqualTo("[" + id + "]");
        assertThat(later.get("knownDamage").toString()).isEqualTo("[" + id + "]");
    }

    @Test
    void aFlippedByteInABodyIsRestoredFromItsIntactOriginal() throws Exception {
        long id = 77;
        String body = cli.run("show", String.valueOf(id), "--json").json().get("body").asText();
        flipByteOf(id, "body");

        CliRunner.Result write = cli.run("tag", String.valueOf(id), "--add", "penting");
        assertThat(write.code()).as(write.err()).isEqualTo(3);
        assertThat(write.err()).contains(db.toString()).contains("the text (title, body ...) of article #" + id);

        CliRunner.Result shown = cli.run("show", String.valueOf(id), "--json");
        assertThat(shown.code()).as("readers read what they can: " + shown.err()).isZero();
        assertThat(shown.json().get("body").asText()).as("the garbled body, as stored").isNotEqualTo(body);

        CliRunner.Result check = cli.run("check", "--json");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.json().get("garbledBodies").toString()).isEqualTo("[" + id + "]");
        assertThat(check.json().get("damagedOriginals")).isEmpty();

        CliRunner.Result repair = cli.run("check", "--repair", "--json");
        assertThat(repair.code()).as(repair.out()).isZero();
        assertThat(repair.json().get("consistentAfterRepair").asBoolean()).isTrue();
        assertThat(Path.of(repair.json().get("backup").asText())).exists();
        assertThat(repair.json().get("repairs").toString()).contains("article #" + id);
        assertThat(cli.run("show", String.valueOf(id), "--json").json().get("body").asText()).isEqualTo(body);
        assertThat(cli.run("tag", String.valueOf(id), "--add", "penting").code()).isZero();
        assertThat(cli.run("check").code()).isZero();
    }

    @Test
    void aBodyCorrectedByHandIsNotDamageAndEveryOtherBodyMatchesAFreshReadingOfItsOriginal() throws Exception {
        Path corrected = tmp.resolve("corrected.txt");
        Files.writeString(corrected, "Paragraf yang dibetulkan dengan tangan.\n\nDan paragraf kedua.\n");
        assertThat(cli.run("edit", "5", "--body-file", corrected.toString()).code()).isZero();
        assertThat(cli.run("edit", "6", "--title", "Judul yang dibetulkan").code()).isZero();
        CliRunner.Result check = cli.run("check", "--json");
        assertThat(check.code()).as(check.out()).isZero();
        JsonNode j = check.json();
        assertThat(j.get("editedArticles").toString()).isEqualTo("[5,6]");
        assertThat(j.get("garbledBodies")).isEmpty();
        assertThat(j.get("bodiesCompared").asInt()).isEqualTo(298);
        assertThat(j.get("bodiesUnlikeOriginal")).isEmpty();
        // an edit is a write like any other: the next open after an unclean end still finds nothing wrong
        Files.deleteIfExists(archive.resolve("clean-close"));
        assertThat(cli.run("import", more.toString()).code()).isZero();
    }

    @Test
    void sixteenRandomBytesAtThreeQuartersOfTheFileStopWriters() throws Exception {
        long size = Files.size(db);
        byte[] garbage = new byte[16];
        new Random(16).nextBytes(garbage);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(size * 3 / 4);
            f.write(garbage);
        }
        String before = StoredArchive.sha256(Files.readAllBytes(db));
        CliRunner.Result write = cli.run("import", more.toString());
        assertThat(write.code()).as(write.err()).isEqualTo(3);
        assertThat(write.err()).contains(db.toString()).contains("damaged").contains("restore");
        assertThat(StoredArchive.sha256(Files.readAllBytes(db))).isEqualTo(before);
        CliRunner.Result check = cli.run("check");
        assertThat(check.code()).as(check.out() + check.err()).isIn(1, 3);
        assertThat(check.out() + check.err()).contains("article #");
        assertThat(StoredArchive.sha256(Files.readAllBytes(db))).isEqualTo(before);
    }

    private static long articlesIn(Path database) throws Exception {
        try (Connection c = StoredArchive.readWrite(database); var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM article")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Finds the stored original (or, for "body", a stretch of the body seen only there) in the file and flips one bit of it. */
    private void flipByteOf(long id, String part) throws Exception {
        byte[] needle;
        try (Connection c = StoredArchive.readOnly(archive);
             PreparedStatement ps = c.prepareStatement("SELECT original, body FROM article WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                if (part.equals("original")) {
                    needle = java.util.Arrays.copyOf(rs.getBytes(1), 48);
                } else {
                    String body = rs.getString(2);
                    int br = body.indexOf("\n\n"); // the original holds it escaped: this stretch is the body's alone
                    needle = body.substring(br - 30, br + 10).getBytes(StandardCharsets.UTF_8);
                }
            }
        }
        byte[] all = Files.readAllBytes(db);
        long at = -1;
        outer:
        for (int i = 0; i + needle.length <= all.length; i++) {
            for (int k = 0; k < needle.length; k++) if (all[i + k] != needle[k]) continue outer;
            assertThat(at).as("the stretch is found once").isEqualTo(-1);
            at = i + 20;
        }
        assertThat(at).as("the stretch is in the file").isNotNegative();
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x20); // a letter's case: still valid text, as a flipped bit on disk can be
        }
    }
}
