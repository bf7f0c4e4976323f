package org.kliping.service;

import org.kliping.domain.ProgressListener;
import org.kliping.domain.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
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
}
