package org.kliping.service;

import org.kliping.domain.ProgressListener;
import org.kliping.domain.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild adds every stored article once (it adds documents instead of replacing them by id). */
class ReindexTest {

    @TempDir
    Path dir;

    @Test
    void repeatedRebuildsKeepEachArticleOnceAndFindable() {
        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            Services s = a.services();
            s.imports().importPaths(List.of(Path.of("seeds")), ImportListener.NONE);
            long stored = s.articles().count();

            s.search().reindex(ProgressListener.NONE);
            s.search().reindex(ProgressListener.NONE);

            assertThat(stored).isEqualTo(5);
            assertThat(s.search().search(SearchRequest.of("Kim Jong Un")).total()).isEqualTo(4);
            assertThat(s.search().search(SearchRequest.of("Korea Utara")).total()).isEqualTo(stored);
        }
    }

    @Test
    void anOlderDatabaseCopiedBackUnderANewerIndexRebuildsItAndLaterImportsAreFound() throws Exception {
        Path seeds = Path.of("seeds");
        List<Path> files;
        try (var list = Files.list(seeds)) {
            files = list.sorted().toList();
        }
        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            a.services().imports().importPaths(files.subList(0, 2), ImportListener.NONE);
        }
        Path older = Files.createTempFile("kliping-older", ".db");
        Files.copy(dir.resolve(Archive.DATABASE_FILE), older, StandardCopyOption.REPLACE_EXISTING);
        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            a.services().imports().importPaths(files.subList(2, 4), ImportListener.NONE);
        }
        Files.copy(older, dir.resolve(Archive.DATABASE_FILE), StandardCopyOption.REPLACE_EXISTING);
        Files.delete(older);

        try (Archive a = Archive.open(dir, ProgressListener.NONE)) {
            Services s = a.services();
            assertThat(s.search().search(SearchRequest.of("Korea Utara")).total()).isEqualTo(2);
            s.imports().importPaths(files.subList(4, 5), ImportListener.NONE);
            assertThat(s.articles().count()).isEqualTo(3);
            assertThat(s.search().search(SearchRequest.of("Korea Utara")).total()).isEqualTo(3);
        }
    }
}
