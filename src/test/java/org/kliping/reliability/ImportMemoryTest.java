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
 * An import bounds the heap it holds per batch, originals included: the shared data (990 saved web pages of up to
 * 1.6 MB, and JSONL) imports under {@code -Xmx256m}, where the batch (counted in articles and body characters only)
 * ran out of memory after 54 s before. About 2.5 minutes, so tagged slow ({@code mvn -B verify -Pslow}).
 */
class ImportMemoryTest {

    @TempDir
    Path work;

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
