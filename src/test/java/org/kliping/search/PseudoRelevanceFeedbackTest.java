package org.kliping.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Feedback (off by default) borrows the vocabulary of the best matches; it reorders results, never adds any. */
class PseudoRelevanceFeedbackTest {
    @TempDir
    Path dir;

    private static final List<String> BODIES = List.of(
            "Banjir besar melanda Jakarta. Sungai Ciliwung meluap, ribuan warga mengungsi ke posko darurat.",
            "Banjir di Jakarta merendam permukiman. Warga mengungsi ke posko, sungai Ciliwung meluap lagi.",
            "Posko darurat di Jakarta menampung warga yang mengungsi dari bantaran Ciliwung setelah sungai meluap "
                    + "sepanjang malam hingga pagi.",
            "Harga cabai naik di pasar Jakarta.");
    /** Unrelated articles, so that the flood words are rare in the archive as they would be in a real one. */
    private static final int FILLERS = 40;

    @Test
    void feedbackRanksAnArticleSharingTheTopHitsVocabularyAboveAnUnrelatedOne() {
        String question = "kapan banjir melanda Jakarta";
        List<SearchHit> plain = search(SearchSettings.defaults(), question).hits();
        SearchResult expanded = search(SearchSettings.defaults().withFeedback(1f, 2, 10), question);

        assertThat(plain).extracting(SearchHit::id).containsSubsequence(4L, 3L); // "Jakarta" beats no shared word
        assertThat(expanded.hits()).extracting(SearchHit::id).containsSubsequence(3L, 4L); // the flood article rises
        assertThat(expanded.total()).isEqualTo(search(SearchSettings.defaults(), question).total());
    }

    @Test
    void shortKeywordSearchesAreNotExpanded() {
        SearchSettings feedback = SearchSettings.defaults().withFeedback(5f, 2, 10);
        List<Long> plain = search(SearchSettings.defaults(), "Jakarta").hits().stream().map(SearchHit::id).toList();
        List<Long> withFeedback = search(feedback, "Jakarta").hits().stream().map(SearchHit::id).toList();

        assertThat(withFeedback).isEqualTo(plain);
    }

    private static IndexEntry bodyOnly(long id, String body) {
        return new IndexEntry(SeedArticles.article(id, "", body, "Antara", null), List.of(), List.of(), List.of());
    }

    private SearchResult search(SearchSettings settings, String query) {
        Path at = dir.resolve(Integer.toHexString(System.identityHashCode(settings)) + query.hashCode());
        try (ArticleIndex index = ArticleIndex.open(at, settings)) {
            for (int i = 0; i < BODIES.size(); i++) {
                index.upsert(bodyOnly(i + 1, BODIES.get(i)));
            }
            for (int i = 0; i < FILLERS; i++) {
                index.upsert(bodyOnly(100 + i, "Tim sepak bola nomor " + i + " menang di stadion kota " + i));
            }
            index.commit(1);
            return index.search(SearchRequest.of(query));
        }
    }
}
