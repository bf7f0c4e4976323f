package org.kliping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.kliping.domain.ProgressListener;
import org.kliping.service.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CheckBackupRestoreCliTest {

    @TempDir
    Path tmp;

    @Test
    void checkOfAHealthyArchiveExitsZero() {
        CliRunner cli = new CliRunner(tmp.resolve("a"));
        cli.run("import", CliRunner.seeds().toString());
        CliRunner.Result r = cli.run("check", "--json");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("consistent").asBoolean()).isTrue();
        assertThat(j.get("integrity").asText()).isEqualTo("ok");
        assertThat(j.get("articles").asLong()).isEqualTo(5);
        assertThat(j.get("indexed").asLong()).isEqualTo(5);
    }

    @Test
    void backupWhileTheArchiveIsOpenThenRestoreIntoANewArchive() {
        Path a = tmp.resolve("a");
        CliRunner cli = new CliRunner(a);
        cli.run("import", CliRunner.seeds().toString());
        long id = cli.run("list", "--json").json().get(0).get("id").asLong();
        cli.run("tag", String.valueOf(id), "--add", "penting");
        Path backup = tmp.resolve("backup.kliping");
        try (Archive held = Archive.open(a, ProgressListener.NONE)) {
            CliRunner.Result b = cli.run("backup", backup.toString());
            assertThat(b.code()).as(b.err()).isZero();
            assertThat(held.services().articles().count()).isEqualTo(5);
        }
        assertThat(backup).isRegularFile();
        CliRunner restored = new CliRunner(tmp.resolve("b"));
        CliRunner.Result r = restored.run("restore", backup.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(restored.run("list", "--json").json()).hasSize(5);
        assertThat(restored.run("show", String.valueOf(id), "--json").json().get("tags").get(0).asText()).isEqualTo("penting");
        assertThat(restored.run("search", "--json", "Gerasimov").json().get("total").asLong()).isGreaterThan(0);
    }

    @Test
    void restoreRefusesAnArchiveThatHoldsArticlesAndAFileThatIsNoBackup() throws Exception {
        Path a = tmp.resolve("a");
        CliRunner cli = new CliRunner(a);
        cli.run("import", CliRunner.seeds().toString());
        Path backup = tmp.resolve("backup.kliping");
        cli.run("backup", backup.toString());
        CliRunner.Result r = cli.run("restore", backup.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("already holds articles");
        Path junk = tmp.resolve("junk.kliping");
        Files.writeString(junk, "not a backup at all, not even close to a database file");
        CliRunner.Result bad = new CliRunner(tmp.resolve("c")).run("restore", junk.toString());
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains("damaged");
    }
}
