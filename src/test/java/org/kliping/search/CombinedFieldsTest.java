package org.kliping.search;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.Article;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Title and body scored as one field (BM25F). */
class CombinedFieldsTest {

    @TempDir
    Path dir;

    /**
     * A title weight below 1 is written as scaled-up field weights plus a k1 scaled by the same factor, which must
     * leave BM25 unchanged: with no titles at all, the combined score equals plain BM25 on the body. Fails if
     * Lucene stops naming the synthetic field {@link RankingSimilarity#COMBINED_FIELD}.
     */
    @Test
    void scaledWeightsWithScaledK1EqualPlainBm25() throws IOException {
        SearchSettings settings = SearchSettings.defaults().withBoosts(0.25f, 1f, 0.3f);
        assertThat(RankingSimilarity.combinedScale(settings)).isEqualTo(4f);
        try (Directory d = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (String body : List.of("gempa di palu", "gempa gempa susulan", "harga cabai naik lagi", "banjir")) {
                    Document doc = new Document();
                    doc.add(new TextField("body", body, Field.Store.NO));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                IndexSearcher combined = new IndexSearcher(reader);
                combined.setSimilarity(new RankingSimilarity(settings));
                IndexSearcher plain = new IndexSearcher(reader);
                plain.setSimilarity(new BM25Similarity(settings.bm25K1(), settings.bm25B()));

                TopDocs expected = plain.search(new TermQuery(new Term("body", "gempa")), 10);
                TopDocs actual = combined.search(new CombinedFieldQuery.Builder().addField("body", 4f)
                        .addField("title", 1f).addTerm(new BytesRef("gempa")).build(), 10);

                assertThat(actual.scoreDocs).hasSameSizeAs(expected.scoreDocs).hasSize(2);
                for (int i = 0; i < expected.scoreDocs.length; i++) {
                    assertThat(actual.scoreDocs[i].doc).isEqualTo(expected.scoreDocs[i].doc);
                    assertThat(actual.scoreDocs[i].score).isCloseTo(expected.scoreDocs[i].score, within(1e-5f));
                }
            }
        }
    }

    @Test
    void aWordInTheTitleOnlyIsFoundAndRanksAboveABodyMention() {
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            index.upsert(article(1, "Cuaca hari ini", "Hujan lebat turun di Palu, gempa kecil tidak terasa."));
            index.upsert(article(2, "Gempa di Palu", "Warga berlarian keluar rumah setelah guncangan kuat."));
            index.upsert(article(3, "Pasar", "Harga cabai naik."));
            index.commit(3);

            assertThat(ids(index, "gempa")).containsExactly(2L, 1L);
        }
    }

    @Test
    void aHyphenatedWordNeedsEachPart() {
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            index.upsert(article(1, "Tokoh", "Muhammad bin Abd al-Wahhab lahir di Uyainah."));
            index.upsert(article(2, "Tokoh", "Wahhab adalah nama yang umum."));
            index.upsert(article(3, "Tokoh", "Nama al-Biruni dikenal di Perserikatan Bangsa-Bangsa."));
            index.commit(3);

            assertThat(ids(index, "al-Wahhab")).containsExactly(1L);
            assertThat(ids(index, "Bangsa-Bangsa")).containsExactly(3L);
        }
    }

    private static IndexEntry article(long id, String title, String body) {
        Article a = new Article(id, null, title, false, "", body, "Tes", null, null, null, null, "id", "test",
                null, "", false, false);
        return new IndexEntry(a, List.of(), List.of(), List.of());
    }

    private static List<Long> ids(ArticleIndex index, String query) {
        return index.search(SearchRequest.of(query)).hits().stream().map(SearchHit::id).toList();
    }
}
