package org.kliping.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kliping import} into a pipe buffers its lines (one write per line cost a 100k import seconds of system
 * time) but still hands them over while it imports, as a script following the import reads them.
 */
class ImportLinesStreamTest {

    @TempDir
    Path work;

    @Test
    void linesReachAPipeWhileTheImportRunsAndAllOfThemArrive() throws Exception {
        // long articles, few lines: all of them (about 55 KB) fit the output buffer, so only the import's own
        // flushes (once 100 ms have passed since the last one) hand them over before the end
        int articles = 500;
        Path file = work.resolve("long.jsonl");
        SyntheticArticles.writeJsonl(file, articles, 160, 21);
        try (ChildKliping child = ChildKliping.start(work.resolve("archive"), "import", file.toString())) {
            assertThat(child.awaitLine(l -> l.startsWith("imported "), 1, Duration.ofMinutes(2))).isTrue();
            long firstLine = System.nanoTime();
            ChildKliping.Result result = child.await(Duration.ofMinutes(3));
            long afterFirstLine = (System.nanoTime() - firstLine) / 1_000_000;
            assertThat(result.code()).as(result.err()).isZero();
            // buffered to the end, the first line would come with the summary; streamed, seconds of import follow it
            System.out.println("ImportLinesStreamTest: " + afterFirstLine + " ms from the first line to the end");
            assertThat(afterFirstLine).as("ms between the first line and the end").isGreaterThan(500);
            assertThat(result.out().lines().filter(l -> l.startsWith("imported ")).count()).isEqualTo(articles);
            assertThat(result.out()).contains(articles + " imported, 0 duplicates, 0 rejected");
        }
    }
}
