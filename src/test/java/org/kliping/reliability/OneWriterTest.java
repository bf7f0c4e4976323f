package org.kliping.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ArchiveUnavailableException;
import org.kliping.domain.ProgressListener;
import org.kliping.service.Archive;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One writer per archive: a second process is told the archive is in use (exit 3) and changes nothing. */
class OneWriterTest {

    @TempDir
    Path work;

    @Test
    void secondProcessIsRefusedWhileTheFirstWrites() throws Exception {
        Path archive = work.resolve("archive");
        Path file = work.resolve("big.jsonl");
        // enough articles that the first import still writes while the second process starts (imports got faster:
        // 3,000 were done within a JVM's start)
        SyntheticArticles.writeJsonl(file, 12000, 3, 7);
        try (ChildKliping first = ChildKliping.start(archive, "import", file.toString())) {
            assertThat(first.awaitLine(l -> l.startsWith("imported "), 1, Duration.ofMinutes(1))).isTrue();

            assertThatThrownBy(() -> Archive.open(archive, ProgressListener.NONE))
                    .isInstanceOfSatisfying(ArchiveUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(ArchiveUnavailableException.Reason.LOCKED));
            ChildKliping.Result second = ChildKliping.run(archive, Duration.ofMinutes(1), "tag", "1", "--add", "kedua");
            assertThat(second.code()).as("the second process while the first imports: %s", second.err()).isEqualTo(3);
            assertThat(second.err()).contains("in use by another Kliping");
            assertThat(first.await(Duration.ofMinutes(3)).code()).isZero();
        }
        assertThat(StoredArchive.count(archive, "SELECT count(*) FROM article_tag")).isZero();
    }

    @Test
    void twoImportsStartedTogetherNeverWriteAtOnce() throws Exception {
        Path archive = work.resolve("archive");
        Path file = work.resolve("big.jsonl");
        Map<String, String> source = SyntheticArticles.writeJsonl(file, 3000, 3, 11);
        try (ChildKliping a = ChildKliping.start(archive, List.of(), "import", "--json", file.toString());
             ChildKliping b = ChildKliping.start(archive, List.of(), "import", "--json", file.toString())) {
            ChildKliping.Result ra = a.await(Duration.ofMinutes(3));
            ChildKliping.Result rb = b.await(Duration.ofMinutes(3));
            // either one was refused, or (if one finished first) the other found only duplicates
            List<ChildKliping.Result> refused = List.of(ra, rb).stream().filter(r -> r.code() == 3).toList();
            List<ChildKliping.Result> ran = List.of(ra, rb).stream().filter(r -> r.code() == 0).toList();
            assertThat(refused.size() + ran.size()).as("a: %s / %s%nb: %s / %s", ra.code(), ra.err(), rb.code(), rb.err()).isEqualTo(2);
            refused.forEach(r -> assertThat(r.err()).contains("in use by another Kliping"));
            assertThat(ran).isNotEmpty();
        }
        assertThat(StoredArchive.integrityCheck(archive)).isEqualTo("ok");
        assertThat(StoredArchive.assertArticlesWhole(archive, source)).hasSize(3000);
    }
}
