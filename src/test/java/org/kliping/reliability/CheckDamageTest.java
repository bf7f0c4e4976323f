package org.kliping.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.cli.CliRunner;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check} verifies what SQLite cannot see: a flipped byte inside an article's original (a page SQLite reads
 * without complaint) no longer matches the SHA-256 stored with it, and is reported by article (exit 1).
 */
class CheckDamageTest {

    @TempDir
    Path tmp;

    @Test
    void aFlippedByteInsideAnOriginalIsReportedByArticle() throws Exception {
        Path archive = tmp.resolve("a");
        CliRunner cli = new CliRunner(archive);
        assertThat(cli.run("import", CliRunner.seeds().toString()).code()).isZero();
        long id = cli.run("list", "--json").json().get(2).get("id").asLong();
        try (Connection c = StoredArchive.readWrite(archive.resolve("kliping.db"))) {
            byte[] original;
            try (PreparedStatement ps = c.prepareStatement("SELECT original FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    original = rs.getBytes(1);
                }
            }
            original[original.length / 2] ^= 0x20; // as a flipped bit on disk would
            try (PreparedStatement ps = c.prepareStatement("UPDATE article SET original = ? WHERE id = ?")) {
                ps.setBytes(1, original);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        }
        CliRunner.Result r = cli.run("check", "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        JsonNode j = r.json();
        assertThat(j.get("integrity").asText()).isEqualTo("ok");
        assertThat(j.get("damagedOriginals")).hasSize(1);
        assertThat(j.get("damagedOriginals").get(0).asLong()).isEqualTo(id);
        assertThat(j.get("problems").toString()).contains("article #" + id).contains("SHA-256");
        CliRunner.Result repair = cli.run("check", "--repair");
        assertThat(repair.code()).isEqualTo(1);
        assertThat(repair.out()).contains("could not repair").contains("#" + id);
    }
}
