package org.kliping.reliability;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An import bounds the heap it holds per batch, originals included. 150 saved web pages of 1 MB each
 * (a short article in a megabyte of page script, as saved news pages are) import under {@code -Xmx128m}; a batch counted
 * in articles and body characters only (2,048 articles or 8M characters, as before) would hold all 150 MB of originals
 * at once. The pages must outweigh the heap, and the heap must hold the batch and the read-ahead (32 MiB each), so
 * this cannot shrink much: 53 s on the shared 2-core machine, too long for the normal run; both are tagged slow
 * ({@code mvn -B verify -Pslow}). The second imports the shared data (990 saved web pages of up to 1.6 MB, and JSONL) under {@code -Xmx256m},
 * where the old batch ran out of memory after 54 s; about 2.5 minutes.
 */
class ImportMemoryTest {

    @TempDir
    Path work;

    @Test
    @Tag("slow")
    void megabytePagesImportUnder128MegabytesOfHeap() throws Exception {
        Path pages = Files.createDirectories(work.resolve("pages"));
        String script = "var iklan = \"" + "0123456789abcdef".repeat(1 << 16) + "\";"; // 1 MB of page script
        for (int i = 0; i < PAGES; i++) {
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 4; p++) {
                body.append("<p>Warga desa nomor ").append(i).append(" membicarakan harga beras dan banjir di pasar kota, paragraf ")
                        .append(p).append(", penanda").append(i).append(".</p>\n");
            }
            Files.writeString(pages.resolve("halaman-" + i + ".html"), "<html><head><title>Berita " + i + "</title><script>"
                    + script + "</script></head><body><article><h1>Berita nomor " + i + " tentang harga beras</h1>\n"
                    + body + "</article></body></html>\n");
        }
        Path archive = work.resolve("archive");
        try (ChildKliping child = ChildKliping.startWithHeap(archive, List.of(), "128m", "import", "--json", pages.toString())) {
            ChildKliping.Result r = child.await(Duration.ofMinutes(5));
            assertThat(r.err()).doesNotContain("OutOfMemoryError");
            assertThat(r.code()).as(r.err()).isZero();
        }
        assertThat(StoredArchive.count(archive, "SELECT count(*) FROM article")).isEqualTo(PAGES);
        assertThat(StoredArchive.count(archive, "SELECT min(length(original)) FROM article")).as("originals kept whole")
                .isGreaterThan(1L << 20);
    }

    private static final int PAGES = 150;

    @Test
    @Tag("slow")
    void theSharedDataImportsUnder256MegabytesOfHeap() throws Exception {
        Path data = Path.of("..", "shared", "data").toAbsolutePath().normalize();
        if (!Files.isDirectory(data)) data = Path.of("/work/shared/data");
        assumeTrue(Files.isDirectory(data), "no shared data folder (../shared/data): skipped");
        Path archive = work.resolve("archive");
        try (ChildKliping child = ChildKliping.startWithHeap(archive, List.of(), "256m", "import", "--json", data.toString())) {
            ChildKliping.Result r = child.await(Duration.ofMinutes(15));
            assertThat(r.err()).doesNotContain("OutOfMemoryError");
            assertThat(r.code()).as(r.err()).isIn(0, 1); // 1: files that are not articles (.tsv, .py, .gz) are rejected
            assertThat(r.out()).contains("\"imported\"");
        }
        assertThat(StoredArchive.count(archive, "SELECT count(*) FROM article")).isGreaterThan(8000);
        assertThat(StoredArchive.integrityCheck(archive)).isEqualTo("ok");
    }
}
