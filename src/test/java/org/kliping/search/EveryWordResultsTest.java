package org.kliping.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.Article;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A keyword list with every-word-first ranking switched to its strict form (not the default): articles with every
 * word come first; once enough of them exist ({@link SearchSettings#everyWordEnough()}, here {@value #ENOUGH}),
 * they alone are the results, counted and faceted. By default the bonus is small and the threshold
 * {@link SearchSettings#EVERY_WORD_ENOUGH}: below it every article with a word is a result and the ones with every
 * word are counted beside the total.
 */
class EveryWordResultsTest {
    static final int ENOUGH = 20;
    private static final SearchSettings SETTINGS = SearchSettings.defaults().withEveryWord(ENOUGH, 1000f);

    @TempDir
    Path dir;

    private static IndexEntry article(long id, String source, String body) {
        Article a = new Article(id, null, "Berita " + id, false, "", body, source, null, null, null, null, "id", "test",
                null, "", false, false);
        return new IndexEntry(a, List.of(), List.of(), List.of());
    }

    /** {@code both} articles about floods in Jakarta (stemmed forms vary), then 30 about only one of the words. */
    private ArticleIndex indexed(int both) {
        ArticleIndex index = ArticleIndex.open(dir.resolve("both-" + both), SETTINGS);
        long id = 1;
        for (int i = 0; i < both; i++) {
            index.upsert(article(id++, "Kompas", i % 2 == 0 ? "Banjir melanda Jakarta pada hari ke-" + i + "."
                    : "Jakarta kebanjiran lagi, hari ke-" + i + " warga mengungsi."));
        }
        for (int i = 0; i < 15; i++) index.upsert(article(id++, "Tempo", "Banjir melanda Bandung, laporan " + i + "."));
        for (int i = 0; i < 15; i++) index.upsert(article(id++, "Tempo", "Macet panjang di Jakarta, laporan " + i + "."));
        index.commit(id);
        return index;
    }

    @Test
    void enoughArticlesWithEveryWordAreTheResultsAndWhatIsCounted() {
        int both = ENOUGH + 5;
        try (ArticleIndex index = indexed(both)) {
            SearchResult result = index.search(new SearchRequest("banjir jakarta", 100, 0, org.kliping.domain.SortOrder.RELEVANCE));
            assertThat(result.total()).isEqualTo(both);
            assertThat(result.hits()).hasSize(both).allSatisfy(h -> assertThat(h.id()).isLessThanOrEqualTo(both));
            assertThat(result.facets().get("source")).containsOnlyKeys("Kompas");
            // stemmed: "kebanjiran" counts as banjir
            assertThat(ids(result)).contains(2L);
        }
    }

    @Test
    void fewArticlesWithEveryWordComeFirstAndTheOthersFollow() {
        int both = 3;
        try (ArticleIndex index = indexed(both)) {
            SearchResult result = index.search(new SearchRequest("banjir jakarta", 100, 0, org.kliping.domain.SortOrder.RELEVANCE));
            assertThat(result.total()).isEqualTo(both + 30);
            assertThat(result.hits().subList(0, both)).extracting(SearchHit::id).containsExactlyInAnyOrder(1L, 2L, 3L);
        }
    }

    @Test
    void aSoftlyRankedListCountsTheArticlesWithEveryWordBesideTheTotal() {
        try (ArticleIndex index = indexed(3)) {
            SearchResult result = index.search(new SearchRequest("banjir jakarta", 10, 0, org.kliping.domain.SortOrder.RELEVANCE));
            assertThat(result.total()).isEqualTo(33);
            assertThat(result.totalAllWords()).isEqualTo(3);
            assertThat(result.rankedSoftly()).isTrue();
            SearchResult narrowed = index.search(new SearchRequest("banjir jakarta source:Tempo", 10, 0,
                    org.kliping.domain.SortOrder.RELEVANCE));
            assertThat(narrowed.total()).as("the Tempo articles hold one of the words each").isEqualTo(30);
            assertThat(narrowed.totalAllWords()).isZero();
            SearchResult one = index.search(new SearchRequest("banjir", 10, 0, org.kliping.domain.SortOrder.RELEVANCE));
            assertThat(one.totalAllWords()).isEqualTo(one.total());
        }
    }

    @Test
    void byDefaultEveryArticleWithAWordIsAResultAndThoseWithEveryWordAreCounted() {
        int both = ENOUGH + 5;
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("defaults"), SearchSettings.defaults())) {
            long id = 1;
            for (int i = 0; i < both; i++) index.upsert(article(id++, "Kompas", "Banjir melanda Jakarta pada hari ke-" + i + "."));
            for (int i = 0; i < 15; i++) index.upsert(article(id++, "Tempo", "Banjir melanda Bandung, laporan " + i + "."));
            index.commit(id);
            SearchResult result = index.search(new SearchRequest("banjir jakarta", 10, 0, org.kliping.domain.SortOrder.RELEVANCE));
            assertThat(result.total()).isEqualTo(both + 15);
            assertThat(result.totalAllWords()).isEqualTo(both);
            assertThat(result.facets().get("source")).containsEntry("Kompas", (long) both).containsEntry("Tempo", 15L);
        }
    }

    @Test
    void byDefaultOnlyTheArticlesWithEveryWordOnceThereAreManyOfThem() {
        int both = SearchSettings.EVERY_WORD_ENOUGH + 5;
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("many"), SearchSettings.defaults())) {
            long id = 1;
            for (int i = 0; i < both; i++) index.upsert(article(id++, "Kompas", "Banjir melanda Jakarta pada hari ke-" + i + "."));
            for (int i = 0; i < 15; i++) index.upsert(article(id++, "Tempo", "Banjir melanda Bandung, laporan " + i + "."));
            index.commit(id);
            SearchResult result = index.search(new SearchRequest("banjir jakarta", 10, 0, org.kliping.domain.SortOrder.RELEVANCE));
            assertThat(result.total()).isEqualTo(both);
            assertThat(result.totalAllWords()).isEqualTo(both);
        }
    }

    @Test
    void theCountWithEveryWordLeavesOutWhatIsExcludedOrFilteredAway() {
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("excluded"), SearchSettings.defaults())) {
            long id = 1;
            for (int i = 0; i < 3; i++) index.upsert(article(id++, "Kompas", "Banjir melanda Jakarta, hari ke-" + i + "."));
            index.upsert(article(id++, "Tempo", "Jakarta kebanjiran lagi, warga mengungsi."));
            for (int i = 0; i < 15; i++) index.upsert(article(id++, "Tempo", "Banjir melanda Bandung, laporan " + i + "."));
            index.commit(id);
            SearchResult all = index.search(new SearchRequest("banjir jakarta", 10, 0, org.kliping.domain.SortOrder.RELEVANCE));
            assertThat(all.total()).isEqualTo(19);
            assertThat(all.totalAllWords()).isEqualTo(4);
            assertThat(all.facets().get("source")).containsEntry("Kompas", 3L).containsEntry("Tempo", 16L);
            SearchResult excluded = index.search(new SearchRequest("banjir jakarta -mengungsi", 10, 0,
                    org.kliping.domain.SortOrder.RELEVANCE));
            assertThat(excluded.total()).isEqualTo(18);
            assertThat(excluded.totalAllWords()).isEqualTo(3);
            assertThat(ids(excluded)).doesNotContain(4L);
            SearchResult filtered = index.search(new SearchRequest("banjir jakarta source:Tempo", 10, 0,
                    org.kliping.domain.SortOrder.RELEVANCE));
            assertThat(filtered.total()).isEqualTo(16);
            assertThat(filtered.totalAllWords()).isEqualTo(1);
            // the articles with every word rank first, each word scored as in a search for it alone beside the bonus
            assertThat(all.hits().subList(0, 4)).extracting(SearchHit::id).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        }
    }

    @Test
    void whenEnoughHaveEveryWordTheTotalIsTheirCount() {
        try (ArticleIndex index = indexed(ENOUGH + 5)) {
            SearchResult result = index.search(new SearchRequest("banjir jakarta", 10, 0, org.kliping.domain.SortOrder.RELEVANCE));
            assertThat(result.totalAllWords()).isEqualTo(result.total()).isEqualTo(ENOUGH + 5);
            assertThat(result.rankedSoftly()).isFalse();
        }
    }

    @Test
    void aPrefixCountsAsAWordOfTheList() {
        int both = 2 * ENOUGH + 2; // half of them say "Banjir", the others "kebanjiran"
        try (ArticleIndex index = indexed(both)) {
            SearchResult result = index.search(new SearchRequest("banj* jakarta", 100, 0, org.kliping.domain.SortOrder.RELEVANCE));
            assertThat(result.total()).isEqualTo(both / 2);
        }
    }

    @Test
    void aQuestionOrAWordNoArticleHasDoesNotNarrowTheResults() {
        try (ArticleIndex index = indexed(ENOUGH + 5)) {
            assertThat(index.search(new SearchRequest("banjir jakarta qwertyzzz", 100, 0, org.kliping.domain.SortOrder.RELEVANCE))
                    .total()).as("an unknown word is ignored, so every known word is required").isEqualTo(25);
            assertThat(index.search(new SearchRequest("kapan banjir melanda jakarta", 100, 0, org.kliping.domain.SortOrder.RELEVANCE))
                    .total()).as("a question is not a keyword list").isGreaterThan(25);
        }
    }

    @Test
    void aFacetClickNarrowsTheResultsToTheCountTheFacetShowed() {
        for (int both : new int[] {3, ENOUGH + 5}) {
            try (ArticleIndex index = indexed(both)) {
                for (String words : List.of("banjir", "banjir jakarta", "jakarta")) {
                    SearchResult before = index.search(new SearchRequest(words, 100, 0, org.kliping.domain.SortOrder.RELEVANCE));
                    for (var source : before.facets().get("source").entrySet()) {
                        SearchResult after = index.search(new SearchRequest(words + " source:" + source.getKey(), 100, 0,
                                org.kliping.domain.SortOrder.RELEVANCE));
                        assertThat(after.total()).as("%s, then source %s (%d with both words)", words, source.getKey(), both)
                                .isEqualTo(source.getValue());
                    }
                }
            }
        }
    }

    private static Set<Long> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }
}
