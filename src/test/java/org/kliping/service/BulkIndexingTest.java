package org.kliping.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ProgressListener;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports and rebuilds large enough to span several import batches and rebuild chunks, which the indexing threads
 * take over without waiting for the one before to finish: every article ends up in the index exactly once, and
 * the index's mark reaches the store's last change.
 */
class BulkIndexingTest {
    /** More than two import batches (2,048) and more rebuild chunks (500) than are read ahead. */
    static final int ARTICLES = 5_000;
    static final String[] WORDS = {"banjir", "jakarta", "pemerintah", "harga", "beras", "pasar", "sekolah", "jalan",
            "menteri", "rakyat", "kota", "desa", "laut", "kapal", "listrik", "air", "hujan", "petani", "pabrik", "bank"};

    @TempDir
    Path dir;

    @Test
    void aLargeImportAndItsRebuildIndexEveryArticleOnce() throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        write(corpus);
        try (Archive a = Archive.open(dir.resolve("archive"), ProgressListener.NONE)) {
            Services s = a.services();
            ImportReport report = s.imports().importPaths(List.of(corpus), ImportListener.NONE);
            assertThat(report.imported()).isEqualTo(ARTICLES);
            assertEveryArticleIndexedOnce(a);

            List<long[]> progress = new ArrayList<>();
            s.search().reindex((done, total, message) -> progress.add(new long[] {done, total}));
            assertEveryArticleIndexedOnce(a);
            assertThat(progress).isNotEmpty();
            for (int i = 1; i < progress.size(); i++) assertThat(progress.get(i)[0]).isGreaterThan(progress.get(i - 1)[0]);
            assertThat(progress.get(progress.size() - 1)).containsExactly(ARTICLES, ARTICLES);
        }
    }

    private static void assertEveryArticleIndexedOnce(Archive a) {
        Services s = a.services();
        assertThat(a.indexSync().catchUp(ProgressListener.NONE)).as("changes the index has not applied").isZero();
        assertThat(s.search().search(SearchRequest.of("")).total()).isEqualTo(ARTICLES);
        Random random = new Random(11);
        for (int k = 0; k < 40; k++) {
            int i = random.nextInt(ARTICLES);
            SearchResult r = s.search().search(SearchRequest.of("penanda" + i));
            assertThat(r.total()).as("article %d", i).isEqualTo(1);
        }
    }

    private static void write(Path file) throws IOException {
        Random random = new Random(5);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                StringBuilder body = new StringBuilder("penanda" + i);
                for (int k = 0; k < 40; k++) body.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
                w.write("{\"id\":\"b-" + i + "\",\"title\":\"Kabar " + i + " " + WORDS[i % WORDS.length]
                        + "\",\"source\":\"Antara\",\"date\":\"2024-05-1" + (i % 9) + "\",\"body\":\"" + body + ".\"}\n");
            }
        }
    }
}
