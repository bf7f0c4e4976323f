package org.kliping.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.Article;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Near-synonyms (near-synonyms.txt) find each other at a lower weight than the typed word. */
class NearSynonymSearchTest {

    @TempDir
    Path dir;

    private static IndexEntry article(long id, String title, String body) {
        Article a = new Article(id, null, title, false, "", body, "Tes", null, null, null, null, "id", "test",
                null, "", false, false);
        return new IndexEntry(a, List.of(), List.of(), List.of());
    }

    private ArticleIndex indexed(SearchSettings settings) {
        ArticleIndex index = ArticleIndex.open(dir, settings);
        index.upsert(article(1, "Kabar duka", "Sang penyair wafat di Bandung pada usia tua."));
        index.upsert(article(2, "Kabar duka", "Sang penyair meninggal di Bandung pada usia tua."));
        index.upsert(article(3, "Pasar", "Harga cabai naik menjelang lebaran di Bandung."));
        index.upsert(article(4, "Jepang", "Tokyo adalah ibukota Jepang sejak abad ke-19."));
        index.commit(4);
        return index;
    }

    @Test
    void aNearSynonymFindsTheOtherWordButTheTypedWordRanksFirst() {
        try (ArticleIndex index = indexed(SearchSettings.defaults())) {
            List<SearchHit> meninggal = index.search(SearchRequest.of("meninggal")).hits();
            List<SearchHit> wafat = index.search(SearchRequest.of("wafat")).hits();

            assertThat(meninggal).extracting(SearchHit::id).containsExactly(2L, 1L);
            assertThat(wafat).extracting(SearchHit::id).containsExactly(1L, 2L);
            // same text but for the word: the near-synonym's score is the lower weight's share
            assertThat(meninggal.get(1).score()).isLessThan(meninggal.get(0).score() * 0.5f);
        }
    }

    @Test
    void twoTypedWordsFindTheOneWordForm() {
        try (ArticleIndex index = indexed(SearchSettings.defaults())) {
            assertThat(ids(index, "ibu kota Jepang")).first().isEqualTo(4L);
            assertThat(ids(index, "ibu kota")).containsExactly(4L);
        }
    }

    @Test
    void weightZeroTurnsTheListOff() {
        try (ArticleIndex index = indexed(SearchSettings.defaults().withNearSynonymWeight(0))) {
            assertThat(ids(index, "meninggal")).containsExactly(2L);
        }
    }

    @Test
    void quotedPhrasesStayLiteral() {
        try (ArticleIndex index = indexed(SearchSettings.defaults())) {
            assertThat(ids(index, "\"penyair meninggal\"")).containsExactly(2L);
        }
    }

    @Test
    void lookupIsByTheTypedFormNotByTheStem() {
        NearSynonyms list = NearSynonyms.parse("""
                # comment
                menemukan, menciptakan
                ibukota, ibu kota
                """);

        assertThat(list.of("Menemukan?")).containsExactly("menciptakan");
        assertThat(list.of("bertemu")).isEmpty(); // shares the stem "temu" with menemukan, not the meaning
        assertThat(list.of("ibu  kota")).containsExactly("ibukota");
        assertThat(list.of("ibukota")).containsExactly("ibu kota");
    }

    private static List<Long> ids(ArticleIndex index, String query) {
        return index.search(SearchRequest.of(query)).hits().stream().map(SearchHit::id).toList();
    }
}
