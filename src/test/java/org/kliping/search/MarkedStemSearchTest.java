package org.kliping.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Searches over the one field of words and marked stems: stemmed and exact matches, phrases, prefixes, marks. */
class MarkedStemSearchTest {
    @TempDir
    Path dir;
    ArticleIndex index;

    @BeforeEach
    void indexArticles() {
        index = ArticleIndex.open(dir, SearchSettings.defaults());
        index.upsert(entry(1, "Sidang", "Polisi membebaskan tahanan politik setelah sidang."));
        index.upsert(entry(2, "Pembebasan sandera", "Perundingan berlangsung damai di perbatasan."));
        index.upsert(entry(3, "Tahanan", "Tahanan itu dibebaskan kemarin sore."));
        index.upsert(entry(4, "Warga", "Warga merasa bebas berbicara di depan umum."));
        index.upsert(entry(5, "Pasar", "Harga beras naik menjelang lebaran."));
        index.upsert(entry(6, "Pers", "Kebebasan pers dijamin undang-undang: pers bebas."));
        index.upsert(entry(7, "Ekonomi", "Kawasan industri baru dibuka di Batam."));
        index.commit(7);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aRootFindsEveryDerivedFormAndMarksTheWordInTheSnippet() {
        SearchResult result = index.search(SearchRequest.of("bebas"));

        assertThat(ids(result)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 6L);
        assertThat(snippet(result, 1)).contains("<mark>membebaskan</mark>");
        assertThat(snippet(result, 3)).contains("<mark>dibebaskan</mark>");
        assertThat(snippet(result, 4)).contains("<mark>bebas</mark>");
    }

    @Test
    void aDerivedFormFindsTheOtherFormsAndRanksItsOwnFormFirst() {
        SearchResult result = index.search(SearchRequest.of("dibebaskan"));

        assertThat(ids(result)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 6L).first().isEqualTo(3L);
        assertThat(snippet(result, 1)).contains("<mark>membebaskan</mark>");
    }

    @Test
    void phrasesMatchTheWordsAsWrittenAtTheirPositions() {
        assertThat(ids(index.search(SearchRequest.of("\"dibebaskan kemarin\"")))).containsExactly(3L);
        assertThat(ids(index.search(SearchRequest.of("\"membebaskan tahanan politik\"")))).containsExactly(1L);
        assertThat(ids(index.search(SearchRequest.of("\"bebas kemarin\"")))).isEmpty(); // not a stemmed phrase
        assertThat(snippet(index.search(SearchRequest.of("\"dibebaskan kemarin\"")), 3))
                .contains("<mark>dibebaskan</mark> <mark>kemarin</mark>");
    }

    @Test
    void aPrefixExpandsToWordsNeverToMarkedStems() {
        assertThat(ids(index.search(SearchRequest.of("beb*")))).containsExactlyInAnyOrder(4L, 6L);
        assertThat(ids(index.search(SearchRequest.of("#beb*")))).containsExactlyInAnyOrder(4L, 6L);
        assertThat(ids(index.search(SearchRequest.of("pembe*")))).containsExactly(2L);
    }

    @Test
    void titleSearchesUseStemsAndWordsAlike() {
        assertThat(ids(index.search(SearchRequest.of("title:bebas")))).containsExactly(2L);
        assertThat(ids(index.search(SearchRequest.of("title:\"pembebasan sandera\"")))).containsExactly(2L);
        assertThat(ids(index.search(SearchRequest.of("title:\"bebas sandera\"")))).isEmpty();
    }

    @Test
    void notesHoldStemsToo() {
        index.upsert(SeedArticles.withExtras(entry(8, "Catatan", "Tidak ada kaitan."), List.of(), List.of("Ia membebaskan burung."), List.of()));
        index.commit(8);

        assertThat(ids(index.search(SearchRequest.of("note:bebas")))).containsExactly(8L);
        assertThat(ids(index.search(SearchRequest.of("note:\"membebaskan burung\"")))).containsExactly(8L);
    }

    /**
     * The stemmer is not idempotent: it cuts {@code industri} to {@code industr}. A query whose stem is
     * {@code industri} ({@code perindustrian}) finds the written word {@code industri}, which a separate stemmed
     * field did not (there it was {@code industr}); the word as typed still finds it exactly.
     */
    @Test
    void aQueryStemThatIsAWrittenWordFindsThatWordEvenWhereTheStemmerWouldCutIt() {
        assertThat(new AnalysisPreview(SearchSettings.defaults()).stemmedTerms("industri")).containsExactly("industr");
        assertThat(ids(index.search(SearchRequest.of("perindustrian")))).containsExactly(7L);
        assertThat(ids(index.search(SearchRequest.of("industri")))).containsExactly(7L);
    }

    /** BM25 sees the statistics of a word field and a stem field, not of the one field holding both. */
    @Test
    void statisticsCountWordsAndAStemCountsEveryTextWithAnyOfItsForms() throws IOException {
        index.close();
        try (Directory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher plain = new IndexSearcher(reader);
            IndexSearcher words = new WordStatistics(reader);
            CollectionStatistics all = plain.collectionStatistics(IndexFields.BODY);
            CollectionStatistics counted = words.collectionStatistics(IndexFields.BODY);
            // the seven bodies have 35 words besides stop words (counted by hand); 17 marked stems go with them
            assertThat(counted.sumTotalTermFreq()).isEqualTo(35);
            assertThat(all.sumTotalTermFreq()).isEqualTo(35 + 17);

            Term marked = new Term(IndexFields.BODY, "#bebas");
            int markedOnly = reader.docFreq(marked);
            assertThat(markedOnly).isEqualTo(3); // membebaskan, dibebaskan, kebebasan
            // texts with either form: 1, 3, 6 and 4 (6 has both, counted once)
            assertThat(words.termStatistics(marked, markedOnly, reader.totalTermFreq(marked)).docFreq()).isEqualTo(4);
            Term word = new Term(IndexFields.BODY, "bebas");
            assertThat(words.termStatistics(word, reader.docFreq(word), reader.totalTermFreq(word)).docFreq()).isEqualTo(2);
        } finally {
            index = ArticleIndex.open(dir, SearchSettings.defaults());
        }
    }

    private static IndexEntry entry(long id, String title, String body) {
        return new IndexEntry(SeedArticles.article(id, title, body, "Tes", null), List.of(), List.of(), List.of());
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    private static String snippet(SearchResult result, long id) {
        return result.hits().stream().filter(h -> h.id() == id).findFirst().orElseThrow().snippet();
    }
}
