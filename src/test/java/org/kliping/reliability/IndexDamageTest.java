package org.kliping.reliability;

import org.kliping.cli.CliRunner;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index is derived: deleted, truncated or corrupted while the archive is closed, the next command
 * says it is rebuilding, rebuilds it from the store, and every article, tag and note is found again.
 */
class IndexDamageTest {

    private static final int ARTICLES = 300;

    @TempDir
    Path work;

    private Path archive;

    private CliRunner cli;
    private Path index;

    @BeforeEach
    void archiveWithTagsAndNotes() {
        archive = work.resolve("archive");
        cli = new CliRunner(archive);
        Path file = work.resolve("src.jsonl");
        SyntheticArticles.writeJsonl(file, ARTICLES, 3, 9);
        assertThat(cli.run("import", file.toString()).code()).isZero();
        assertThat(cli.run("tag", "7", "--add", "tetap-ada").code()).isZero();
        assertThat(cli.run("note", "9", "catatan", "tetap").code()).isZero();
        index = archive.resolve("index");
    }

    @Test
    void deletedIndexIsRebuilt() throws IOException {
        try (Stream<Path> files = Files.walk(index)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertRebuiltAndComplete();
    }

    @Test
    void truncatedIndexFilesAreRebuilt() throws IOException {
        for (Path f : indexFiles()) {
            try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                raf.setLength(raf.length() / 3);
            }
        }
        assertRebuiltAndComplete();
    }

    @Test
    void garbageInTheCommitPointIsRebuilt() throws IOException {
        for (Path f : indexFiles()) {
            if (f.getFileName().toString().startsWith("segments_")) overwriteMiddle(f, 1);
        }
        assertRebuiltAndComplete();
    }

    @Test
    void garbageInsideTheSegmentDataIsRebuilt() throws IOException {
        Path largest = indexFiles().stream().max(Comparator.comparingLong(IndexDamageTest::size)).orElseThrow();
        overwriteMiddle(largest, 2);
        assertRebuiltAndComplete();
    }

    @Test
    void everySegmentFileGarbledIsRebuilt() throws IOException {
        long seed = 17;
        for (Path f : indexFiles()) overwriteMiddle(f, seed++);
        assertRebuiltAndComplete();
    }

    private void assertRebuiltAndComplete() {
        CliRunner.Result r = cli.run("search", "--json", "penanda42");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("Rebuilding the search index");
        assertThat(r.json().get("total").asLong()).isEqualTo(1);
        assertThat(cli.run("search", "--json", "tag:tetap-ada").json().get("hits").get(0).get("id").asLong()).isEqualTo(7);
        assertThat(cli.run("search", "--json", "note:catatan").json().get("total").asLong()).isEqualTo(1);
        JsonNode check = cli.run("check", "--json").json();
        assertThat(check.get("consistent").asBoolean()).as(check.toString()).isTrue();
        assertThat(check.get("indexed").asLong()).isEqualTo(ARTICLES);
        CliRunner.Result again = cli.run("search", "--json", "penanda42");
        assertThat(again.err()).as("rebuilt once, not at every start").doesNotContain("Rebuilding");
    }

    private List<Path> indexFiles() throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            return files.filter(p -> !p.getFileName().toString().equals("write.lock")).sorted().toList();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void overwriteMiddle(Path f, long seed) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            long len = raf.length();
            if (len < 8) return;
            byte[] garbage = new byte[(int) Math.min(512, len / 4)];
            new Random(seed).nextBytes(garbage);
            raf.seek(len / 2 - garbage.length / 2);
            raf.write(garbage);
        }
    }
}
