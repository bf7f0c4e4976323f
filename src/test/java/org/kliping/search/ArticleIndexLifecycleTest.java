package org.kliping.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The index is derived: it records how far it got, and a damaged or outdated index asks for a rebuild. */
class ArticleIndexLifecycleTest {
    @TempDir
    Path dir;

    @Test
    void newIndexNeedsRebuildUntilItsFirstCommit() {
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.appliedSequence()).isZero();
            SeedArticles.entries().forEach(index::upsert);
            index.commit(42);
            assertThat(index.needsRebuild()).isFalse();
            assertThat(index.appliedSequence()).isEqualTo(42);
        }
    }

    @Test
    void reopenedIndexKeepsItsSequenceAndArticles() {
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            SeedArticles.entries().forEach(index::upsert);
            index.commit(7);
        }
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            assertThat(index.needsRebuild()).isFalse();
            assertThat(index.appliedSequence()).isEqualTo(7);
            assertThat(index.count()).isEqualTo(5);
            assertThat(index.allIds()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        }
    }

    @Test
    void uncommittedWritesAreNotKeptAfterClose() {
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            index.upsert(SeedArticles.entries().get(0));
            index.commit(1);
            index.upsert(SeedArticles.entries().get(1));
        }
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            assertThat(index.appliedSequence()).isEqualTo(1);
            assertThat(index.allIds()).containsExactly(1L);
        }
    }

    @Test
    void damagedIndexIsWipedAndAsksForRebuild() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            SeedArticles.entries().forEach(index::upsert);
            index.commit(9);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4});
            }
        }
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.appliedSequence()).isZero();
            assertThat(index.count()).isZero();
        }
    }

    @Test
    void damagedSegmentDataIsWipedAndAsksForRebuild() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            SeedArticles.entries().forEach(index::upsert);
            index.commit(9);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().startsWith("segments")
                    && !p.getFileName().toString().endsWith(".lock")).toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4});
            }
        }
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.count()).isZero();
        }
    }

    @Test
    void foreignFilesInTheFolderAreTreatedAsNoIndex() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not an index");
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            assertThat(index.needsRebuild()).isTrue();
            index.upsert(SeedArticles.entries().get(0));
            index.commit(1);
            assertThat(index.count()).isEqualTo(1);
        }
    }

    @Test
    void differentAnalysisMeansRebuild() {
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            SeedArticles.entries().forEach(index::upsert);
            index.commit(3);
        }
        SearchSettings other = SearchSettings.defaults().withAnalysis(AnalysisVariant.STANDARD);
        try (ArticleIndex index = ArticleIndex.open(dir, other)) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.count()).isZero();
        }
    }

    @Test
    void editedSynonymListMeansRebuild() throws IOException {
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("idx"), SearchSettings.defaults())) {
            index.commit(1);
        }
        Path synonyms = Files.writeString(dir.resolve("syn.txt"), "kpk, komisi pemberantasan korupsi\n");
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("idx"), SearchSettings.defaults().withSynonymsFile(synonyms))) {
            assertThat(index.needsRebuild()).isTrue();
        }
    }

    @Test
    void secondWriterOnTheSameFolderIsRefused() {
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            assertThat(index.needsRebuild()).isTrue();
            assertThatThrownBy(() -> ArticleIndex.open(dir, SearchSettings.defaults()))
                    .isInstanceOf(IndexAccessException.class)
                    .hasMessageContaining(dir.toString());
        }
    }

    @Test
    void upsertReplacesAndDeleteRemoves() {
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            List<IndexEntry> seeds = SeedArticles.entries();
            seeds.forEach(index::upsert);
            index.commit(1);
            IndexEntry changed = SeedArticles.entry(1, "Judul baru\nIsi tentang gajah sumatera", "Antara", null, List.of());
            index.upsert(changed);
            index.delete(2);
            index.commit(2);

            assertThat(index.count()).isEqualTo(4);
            assertThat(index.search(SearchRequest.of("gajah")).hits()).singleElement()
                    .satisfies(h -> assertThat(h.id()).isEqualTo(1));
            assertThat(index.search(SearchRequest.of("source:SeaPRwire")).total()).isZero();
            index.deleteAll();
            index.commit(3);
            assertThat(index.count()).isZero();
            assertThat(index.allIds()).isEmpty();
        }
    }
}
