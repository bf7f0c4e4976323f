package org.kliping.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ProgressListener;
import org.kliping.domain.SearchRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merging a fragmented index: what bulk writes leave behind is merged into one segment, nothing is lost or
 * found twice, writes made during the merge survive it, and a merge cut short by a close costs nothing.
 */
class IndexMergeTest {

    private static final String[] WORDS = {"pemerintah", "menteri", "rakyat", "kebijakan", "ekonomi", "daerah",
            "pembangunan", "masyarakat", "presiden", "anggaran", "wilayah", "keamanan", "pendidikan", "kesehatan",
            "nelayan", "petani", "harga", "beras", "banjir", "jalan", "desa", "pasar", "sekolah", "warga"};

    @TempDir
    Path dir;
    @TempDir
    Path files;

    @Test
    void threeEqualImportsAreMergedIntoOneSegmentAndEveryArticleStaysFindableOnce() throws IOException {
        try (Archive a = openWithoutBackgroundMerges()) {
            Services s = a.services();
            for (int part = 0; part < 3; part++) importArticles(s, part, 40);
            assertThat(s.search().indexSegments()).isGreaterThanOrEqualTo(3);

            assertThat(s.search().mergeIndex()).isTrue();

            assertThat(s.search().indexSegments()).isEqualTo(1);
            assertEveryArticleFoundOnce(s, 3, 40);
            assertThat(s.search().mergeIndex()).as("one segment is not fragmented").isFalse();
        }
        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            assertThat(a.indexWasRebuiltOnOpen()).isFalse();
            assertThat(a.services().search().indexSegments()).isEqualTo(1);
            assertEveryArticleFoundOnce(a.services(), 3, 40);
        }
    }

    @Test
    void aLongSeriesOfSmallImportsBesideALargeSegmentDoesNotPileUpSegments() throws IOException {
        try (Archive a = openWithoutBackgroundMerges()) {
            Services s = a.services();
            importArticles(s, 0, 200);
            s.search().mergeIndex();
            // the writer's merge policy runs after each import whether the index is fragmented or not: nothing
            // else merges on the command line, where an import no longer ends with the merge into one segment
            for (int part = 1; part <= 30; part++) importArticles(s, part, 2); // Lucene's merges are held during each
            assertThat(s.search().indexSegments()).as("the writer merged between imports").isLessThan(20);
            assertThat(s.articles().count()).isEqualTo(260);
            assertThat(s.search().search(SearchRequest.of("penanda30x1")).total()).isEqualTo(1);
        }
    }

    @Test
    void smallImportsBesideOneLargeSegmentAreNotFragmented() throws IOException {
        try (Archive a = openWithoutBackgroundMerges()) {
            Services s = a.services();
            for (int part = 0; part < 3; part++) importArticles(s, part, 40);
            assertThat(s.search().mergeIndex()).isTrue();
            for (int part = 3; part < 6; part++) importArticles(s, part, 5);
            assertThat(s.search().indexSegments()).isEqualTo(4);

            assertThat(s.search().mergeIndex()).as("120 of 135 documents in one segment").isFalse();
            assertThat(s.search().indexSegments()).isEqualTo(4);
        }
    }

    @Test
    void articlesImportedWhileTheMergeRunsAreKeptAndFound() throws Exception {
        try (Archive a = openWithoutBackgroundMerges()) {
            Services s = a.services();
            for (int part = 0; part < 4; part++) importArticles(s, part, 60);
            writeArticles(4, 60);

            CompletableFuture<Boolean> merge = CompletableFuture.supplyAsync(() -> s.search().mergeIndex());
            s.imports().importPaths(List.of(files.resolve("part4.jsonl")), ImportListener.NONE);
            assertThat(merge.get()).isTrue();

            assertEveryArticleFoundOnce(s, 5, 60);
        }
        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            assertThat(a.indexWasRebuiltOnOpen()).isFalse();
            assertEveryArticleFoundOnce(a.services(), 5, 60);
        }
    }

    @Test
    void theBackgroundMergeRunsByItselfAfterItsDelay() throws Exception {
        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            Services s = a.services();
            for (int part = 0; part < 3; part++) importArticles(s, part, 40);

            a.indexSync().mergeSoon(Duration.ZERO);

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (s.search().indexSegments() > 1 && System.nanoTime() < deadline) Thread.sleep(20);
            assertThat(s.search().indexSegments()).isEqualTo(1);
            assertEveryArticleFoundOnce(s, 3, 40);
        }
    }

    @Test
    void aPostponedBackgroundMergeDoesNotRun() throws Exception {
        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            Services s = a.services();
            for (int part = 0; part < 3; part++) importArticles(s, part, 40);
            int fragmented = s.search().indexSegments();

            a.indexSync().mergeSoon(Duration.ofMillis(200));
            a.indexSync().postponeMerge(); // what an import does as it starts
            Thread.sleep(1500);

            assertThat(fragmented).isGreaterThanOrEqualTo(3);
            assertThat(s.search().indexSegments()).isEqualTo(fragmented);
        }
    }

    @Test
    void closingDuringABackgroundMergeLosesNothing() throws IOException {
        try (Archive a = openWithoutBackgroundMerges()) {
            for (int part = 0; part < 3; part++) importArticles(a.services(), part, 200);
        }
        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            a.indexSync().mergeSoon(Duration.ZERO); // closed at once: the merge is cut short or never starts
        }
        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            assertThat(a.indexWasRebuiltOnOpen()).isFalse();
            assertEveryArticleFoundOnce(a.services(), 3, 200);
        }
    }

    @Test
    void closingWhileABackgroundMergeWritesLeavesTheIndexLockedAndClosesCleanly() throws Exception {
        // closes at several moments of a running merge: an interrupted merge thread once closed the write
        // lock's channel, and the index's own close then failed ("FileLock invalidated by an external force")
        int parts = 0;
        for (int delayMs : new int[] {0, 2, 5, 10, 20, 40, 80}) {
            try (Archive a = openWithoutBackgroundMerges()) {
                for (int i = 0; i < 3; i++) importArticles(a.services(), parts++, 60);
            }
            Archive a = Archive.open(dir, ProgressListener.NONE);
            a.indexSync().mergeSoon(Duration.ZERO);
            Thread.sleep(delayMs);
            org.assertj.core.api.Assertions.assertThatCode(a::close).as("close %d ms into the merge", delayMs)
                    .doesNotThrowAnyException();
        }
        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            assertThat(a.indexWasRebuiltOnOpen()).isFalse();
            assertEveryArticleFoundOnce(a.services(), parts, 60);
        }
    }

    /** The test decides when to merge: no merge scheduled by the open or an import may run meanwhile. */
    private Archive openWithoutBackgroundMerges() {
        Archive a = Archive.open(dir, ProgressListener.NONE);
        a.indexSync().stopBackgroundMerges();
        return a;
    }

    private void importArticles(Services s, int part, int count) throws IOException {
        Path file = writeArticles(part, count);
        ImportReport report = s.imports().importPaths(List.of(file), ImportListener.NONE);
        assertThat(report.imported()).isEqualTo(count);
    }

    /** Distinct articles; article k of part p holds the marker word {@code penandaP_K} (one token). */
    private Path writeArticles(int part, int count) throws IOException {
        Random random = new Random(part);
        StringBuilder lines = new StringBuilder();
        for (int k = 0; k < count; k++) {
            StringBuilder body = new StringBuilder("penanda" + part + "x" + k);
            for (int w = 0; w < 60; w++) body.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            lines.append("{\"id\":\"p").append(part).append('-').append(k).append("\",\"title\":\"Berita ")
                    .append(part).append(' ').append(k).append("\",\"source\":\"Antara\",\"body\":\"")
                    .append(body).append(".\"}\n");
        }
        Path file = files.resolve("part" + part + ".jsonl");
        Files.writeString(file, lines);
        return file;
    }

    /** Every article of {@code parts} parts of {@code perPart} each is stored, and a sample is found exactly once. */
    private static void assertEveryArticleFoundOnce(Services s, int parts, int perPart) {
        int expected = parts * perPart;
        assertThat(s.articles().count()).isEqualTo(expected);
        for (int part = 0; part < parts; part++) {
            for (int k = 0; k < perPart; k += 7) {
                assertThat(s.search().search(SearchRequest.of("penanda" + part + "x" + k)).total())
                        .as("penanda%dx%d", part, k).isEqualTo(1);
            }
        }
        assertThat(s.search().search(SearchRequest.of("source:antara")).total()).isEqualTo(expected);
    }
}
