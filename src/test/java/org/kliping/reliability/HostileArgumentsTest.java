package org.kliping.reliability;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.cli.CliRunner;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Arguments are bounded like queries: huge limits and offsets are cut with a notice, argument files are read with a
 * size limit before decoding, devices and FIFOs are refused, invalid UTF-8 is a sentence, and text from the archive or
 * from file names never reaches the terminal as control characters.
 */
class HostileArgumentsTest {

    @TempDir
    Path tmp;

    private CliRunner cli;

    @BeforeEach
    void seeds() {
        cli = new CliRunner(tmp.resolve("a"));
        assertThat(cli.run("import", CliRunner.seeds().toString()).code()).isZero();
    }

    @Test
    void hugeLimitsAndOffsetsAreCutWithANotice() {
        for (String[] args : new String[][]{{"--limit", "2000000000"}, {"--offset", "1500000000"},
                {"--limit", "2000000000", "--offset", "2000000000"}, {"--limit", "100000000"}}) {
            CliRunner.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cli.run(concat(args, "search", "--json", "kursk")));
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).contains("note: Only the first 10000 results");
            assertThat(r.json().get("total").asLong()).isPositive();
        }
        assertThat(cli.run("search", "--json", "--limit", "2000000000", "kursk").json().get("hits").size()).isPositive();
    }

    @Test
    void devicesAndFifosAreRefusedWithAReason() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero on this system");
        for (String[] args : new String[][]{{"search", "--query-file", "/dev/zero"}, {"search", "--batch", "/dev/zero"},
                {"edit", "1", "--body-file", "/dev/zero"}}) {
            CliRunner.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cli.run(args));
            assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).contains("/dev/zero").contains("not a regular file");
        }
        Path fifo = tmp.resolve("pipe.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
        CliRunner.Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> cli.run("import", fifo.toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("rejected").contains("pipe.txt").contains("not a regular file");
        // the lock was released: the archive is usable at once
        assertThat(cli.run("list", "--json").json()).hasSize(5);
    }

    @Test
    void argumentFilesAreReadWithALimitAndDecodedStrictly() throws Exception {
        Path badQuery = tmp.resolve("q.txt");
        Files.write(badQuery, new byte[]{'k', 'u', 'r', (byte) 0xC3, (byte) 0x28, 's', 'k'});
        CliRunner.Result q = cli.run("search", "--query-file", badQuery.toString());
        assertThat(q.code()).isEqualTo(2);
        assertThat(q.err()).contains("q.txt").contains("not valid UTF-8").doesNotContain("MalformedInput");

        Path batch = tmp.resolve("batch.txt");
        Files.write(batch, concatBytes("kursk\n".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xFF, 'x', '\n'},
                "gerasimov\n".getBytes(StandardCharsets.UTF_8)));
        CliRunner.Result b = cli.run("search", "--batch", batch.toString());
        assertThat(b.code()).isEqualTo(1);
        assertThat(b.err()).contains("batch.txt:2").contains("not valid UTF-8");
        assertThat(b.out().lines().count()).as("the other lines are answered").isEqualTo(2);

        Path big = tmp.resolve("big-query.txt");
        Files.write(big, new byte[5 * 1024 * 1024]);
        CliRunner.Result bq = cli.run("search", "--query-file", big.toString());
        assertThat(bq.code()).isEqualTo(2);
        assertThat(bq.err()).contains("over the 4 MB limit");

        Path hugeBody = tmp.resolve("body.txt");
        Files.writeString(hugeBody, "Paragraf yang sangat panjang sekali. ".repeat(600_000));
        CliRunner.Result e = cli.run("edit", "1", "--body-file", hugeBody.toString());
        assertThat(e.code()).as(e.err()).isEqualTo(2);
        assertThat(e.err()).contains("over the 20 MB limit");

        Path binary = tmp.resolve("binary.txt");
        Files.write(binary, new byte[]{1, 2, 3, 0, 0, 7, 8, 9, 0, 1});
        CliRunner.Result bin = cli.run("edit", "1", "--body-file", binary.toString());
        assertThat(bin.code()).isEqualTo(2);
        assertThat(bin.err()).contains("binary content").doesNotContain("MalformedInput");

        Path latin = tmp.resolve("latin.txt");
        Files.write(latin, "Kafé di Jakarta dibuka kembali setelah renovasi panjang.".getBytes(Charset.forName("windows-1252")));
        CliRunner.Result ok = cli.run("edit", "1", "--body-file", latin.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(cli.run("show", "1", "--json").json().get("body").asText()).contains("Kafé di Jakarta");
    }

    @Test
    void controlCharactersAreShownEscapedAndJsonStaysExact() throws Exception {
        String title = "Judul \u001b]0;pwned\u0007 bersih \u001b[2J layar\rpalsu";
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Path file = dir.resolve("berita\nimported   palsu.txt");
        Files.writeString(file, title + "\n\nJAKARTA - Isi berita \u001b[31mmerah\u001b[0m tentang pelabuhan baru di Makassar yang dibuka.\n");
        CliRunner.Result imp = cli.run("import", dir.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("berita\\nimported   palsu.txt");
        for (String[] command : new String[][]{{"list"}, {"search", "pelabuhan"}, {"show", "6"}, {"import", dir.toString()}}) {
            CliRunner.Result r = cli.run(command);
            String all = r.out() + r.err();
            assertThat(all).as(String.join(" ", command)).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r");
            assertThat(all.lines().filter(l -> l.startsWith("imported   palsu"))).isEmpty();
        }
        assertThat(cli.run("show", "6").out()).contains("\\e]0;pwned\\u0007");
        String json = cli.run("show", "6", "--json").json().get("title").asText();
        assertThat(json).as("JSON is exact").startsWith("Judul \u001b]0;pwned\u0007 bersih \u001b[2J layar");
    }

    private static String[] concat(String[] tail, String... head) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static byte[] concatBytes(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
