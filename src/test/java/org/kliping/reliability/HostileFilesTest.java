package org.kliping.reliability;

import org.kliping.cli.CliRunner;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Hostile files through the real import command: refused with a reason, or stored as inert plain text. */
class HostileFilesTest {

    @TempDir
    Path work;

    private Path archive;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        archive = work.resolve("archive");
        cli = new CliRunner(archive);
    }

    @Test
    void htmlScriptsIframesAndJavascriptLinksAreStoredAsInertText() throws IOException {
        Path file = Files.writeString(work.resolve("banjir.html"), HostileSamples.HTML);
        Path md = Files.writeString(work.resolve("beras.md"), HostileSamples.MARKDOWN);
        CliRunner.Result r = cli.run("import", "--json", file.toString(), md.toString());
        assertThat(r.code()).as(r.out()).isZero();
        for (JsonNode id : r.json().get("ids")) {
            JsonNode show = cli.run("show", id.asText(), "--json").json();
            String body = show.get("body").asText() + "\n" + show.get("title").asText() + "\n" + show.get("lede").asText();
            assertThat(body.toLowerCase()).doesNotContain("<script", "<iframe", "<object", "<svg", "onerror", "onclick",
                    "javascript:", "<a ", "href");
        }
        JsonNode html = cli.run("show", r.json().get("ids").get(0).asText(), "--json").json();
        assertThat(html.get("body").asText()).contains("Warga mengungsi ke posko terdekat").contains("pompa air")
                .doesNotContain("alert(", "document.write", "body{");
    }

    @Test
    void jsonIsNeverBoundToTypesNamedInTheFile() throws IOException {
        String bait = PolymorphicBait.class.getName();
        Path file = Files.writeString(work.resolve("umpan.jsonl"), String.join("\n",
                "{\"@class\":\"" + bait + "\",\"title\":\"Umpan\",\"body\":\"Isi berita biasa tentang pasar ikan.\"}",
                "[\"" + bait + "\",{\"body\":\"Isi kedua tentang harga cabai di pasar.\"}]",
                "{\"@type\":\"" + bait + "\",\"body\":{\"@class\":\"" + bait + "\",\"x\":1}}") + "\n");
        CliRunner.Result r = cli.run("import", "--json", file.toString());
        assertThat(PolymorphicBait.Flag.loaded).as("a class named by the input was loaded").isFalse();
        assertThat(r.json().get("imported").asInt() + r.json().get("rejected").size()).isEqualTo(3);
        r.json().get("rejected").forEach(p -> assertThat(p.get("error").asText()).isNotBlank());
    }

    @Test
    void zipEntriesEscapingTheFolderAreRefusedAndNothingIsWrittenOutside() throws IOException {
        Path zip = Files.write(work.resolve("jahat.zip"), HostileSamples.zip(Map.of(
                "../../../tmp/kliping-escaped.txt", HostileSamples.utf8("Judul\n\nIsi yang mencoba keluar dari folder."),
                "/etc/kliping-escaped.txt", HostileSamples.utf8("Judul\n\nIsi lain yang mencoba keluar."),
                "aman/baik.txt", HostileSamples.utf8("Berita Baik\n\nIsi berita yang baik dan aman sekali."))));
        CliRunner.Result r = cli.run("import", "--json", zip.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.json().get("imported").asInt()).isEqualTo(1);
        assertThat(r.json().get("rejected").toString()).contains("escapes its folder");
        assertThat(Path.of("/tmp/kliping-escaped.txt")).doesNotExist();
        assertThat(Path.of("/etc/kliping-escaped.txt")).doesNotExist();
        try (Stream<Path> files = Files.walk(work)) {
            assertThat(files.filter(p -> p.getFileName().toString().contains("escaped"))).isEmpty();
        }
    }

    @Test
    void zipBombIsRefusedWithoutInflatingIt() throws IOException {
        Path zip = work.resolve("bom.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("bom.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) z.write(zeros); // 64 MB of zeros, ~64 KB compressed
            z.closeEntry();
            z.putNextEntry(new ZipEntry("baik.txt"));
            z.write(HostileSamples.utf8("Berita Baik\n\nIsi berita yang baik dan aman sekali."));
            z.closeEntry();
        }
        assertThat(Files.size(zip)).isLessThan(1 << 20);
        CliRunner.Result r = cli.run("import", "--json", zip.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.json().get("rejected").get(0).get("error").asText()).contains("inflates past");
    }

    @Test
    void aZipOfManyLargeEntriesEachUnderTheLimitIsRefusedBeforeAnythingIsInflated() throws IOException {
        Path zip = work.resolve("banyak.zip");
        byte[] page = ("<p>Berita yang diulang-ulang tentang pelabuhan dan kapal.</p>\n").repeat(40_000)
                .getBytes(StandardCharsets.UTF_8); // 2.4 MB, compresses about 500:1
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < 60; i++) {
                z.putNextEntry(new ZipEntry("halaman-" + i + ".html"));
                z.write(HostileSamples.utf8("<title>Halaman " + i + "</title>"));
                z.write(page);
                z.closeEntry();
            }
        }
        CliRunner.Result r = cli.run("import", "--json", zip.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.json().get("imported").asInt()).as("refused before any entry was stored").isZero();
        assertThat(r.json().get("rejected").get(0).get("error").asText())
                .contains("inflates past").contains("nothing of it was read");
    }

    @Test
    void lineOverThePerArticleLimitIsRefusedAndTheOthersImported() throws IOException {
        Path file = work.resolve("panjang.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(HostileSamples.utf8("{\"title\":\"Pendek\",\"body\":\"Berita pendek tentang cuaca cerah hari ini.\"}\n"));
            out.write(HostileSamples.utf8("{\"title\":\"Raksasa\",\"body\":\""));
            byte[] chunk = "kata ".repeat(200_000).getBytes(StandardCharsets.UTF_8); // 1 MB, no newline
            for (int i = 0; i < 21; i++) out.write(chunk);
            out.write(HostileSamples.utf8("\"}\n{\"title\":\"Akhir\",\"body\":\"Berita terakhir tentang harga bawang merah.\"}\n"));
        }
        CliRunner.Result r = cli.run("import", "--json", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.json().get("imported").asInt()).isEqualTo(2);
        assertThat(r.json().get("rejected")).singleElement()
                .satisfies(p -> assertThat(p.get("error").asText()).contains("20 MB"));
    }

    @Test
    void pathologicalMarkdownIsReadWithoutHanging() throws IOException {
        Path file = Files.writeString(work.resolve("kurung.md"), "# Kurung\n\nAwal berita. " + "[".repeat(30_000)
                + "kata ".repeat(40_000) + "\n\n" + "*a".repeat(20_000) + "\n\n" + "](".repeat(20_000) + "\n\nAkhir berita.\n");
        CliRunner.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cli.run("import", "--json", file.toString()),
                "a hang, not a speed limit: before the fix this ran for many minutes");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("imported").asInt()).isEqualTo(1);
    }

    @Test
    void megabyteSourceOrPlaceNeitherBreaksTheImportNorPoisonsTheArchive() throws IOException {
        String huge = "A" + "x".repeat(1_500_000);
        Path file = Files.writeString(work.resolve("sumber.jsonl"), String.join("\n",
                "{\"title\":\"Sumber Raksasa\",\"source\":\"" + huge + "\",\"body\":\"Berita dengan sumber yang sangat panjang.\"}",
                "{\"title\":\"Tempat Raksasa\",\"place\":\"" + huge + "\",\"body\":\"Berita dengan tempat yang sangat panjang.\"}",
                "{\"title\":\"Biasa\",\"source\":\"Kompas\",\"body\":\"Berita biasa tentang banjir di kota.\"}") + "\n");
        CliRunner.Result r = cli.run("import", "--json", file.toString());
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(r.json().get("imported").asInt() + r.json().get("rejected").size()).isEqualTo(3);
        assertThat(cli.run("list").code()).as("the archive still opens").isZero();
        CliRunner.Result check = cli.run("check", "--json");
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(cli.run("search", "--json", "sangat panjang").json().get("total").asInt())
                .isEqualTo(r.json().get("imported").asInt() - 1);
    }

    @Test
    void hugeTagIsRefusedOrStoredWithoutPoisoningTheArchive() {
        assertThat(cli.run("import", CliRunner.seeds().toString()).code()).isZero();
        CliRunner.Result r = cli.run("tag", "1", "--add", "t" + "x".repeat(40_000));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a tag has at most 200 characters").doesNotContain("Exception");
        assertThat(cli.run("list").code()).as("the archive still opens").isZero();
        assertThat(cli.run("check").code()).isZero();
    }

    @Test
    void hugeTagThatReachedTheStoreAnotherWayIsStillIndexed() throws Exception {
        assertThat(cli.run("import", CliRunner.seeds().toString()).code()).isZero();
        String huge = "t" + "x".repeat(40_000);
        try (Connection c = StoredArchive.readWrite(archive.resolve("kliping.db")); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO tag (name, name_key) VALUES ('" + huge + "', '" + huge + "')");
            st.executeUpdate("INSERT INTO article_tag (article_id, tag_id) VALUES (1, last_insert_rowid())");
            st.executeUpdate("UPDATE change_seq SET value = value + 1");
            st.executeUpdate("UPDATE article SET seq = (SELECT value FROM change_seq) WHERE id = 1");
        }
        CliRunner.Result list = cli.run("list");
        assertThat(list.code()).as("the index accepts whatever the store holds: %s", list.err()).isZero();
        assertThat(cli.run("check").code()).isZero();
    }

    @Test
    void hugeSingleFileIsRefusedBySize() throws IOException {
        Path file = work.resolve("raksasa.txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] chunk = "kata ".repeat(200_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 21; i++) out.write(chunk);
        }
        CliRunner.Result r = cli.run("import", "--json", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.json().get("rejected").get(0).get("error").asText()).contains("20 MB");
    }
}
