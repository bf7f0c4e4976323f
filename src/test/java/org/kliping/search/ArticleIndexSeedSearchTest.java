package org.kliping.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;
import org.kliping.domain.SortOrder;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The judged behaviour on the seed articles. */
class ArticleIndexSeedSearchTest {
    @TempDir
    Path dir;
    ArticleIndex index;
    List<IndexEntry> seeds;

    @BeforeEach
    void indexSeeds() {
        index = ArticleIndex.open(dir, SearchSettings.defaults());
        seeds = SeedArticles.entries();
        seeds.forEach(index::upsert);
        index.commit(5);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void bebasFindsEveryArticleWithADerivedFormAndMarksIt() {
        Pattern forms = Pattern.compile("\\b(membebaskan|pembebasan|dibebaskan)\\b", Pattern.CASE_INSENSITIVE);
        Set<Long> expected = seeds.stream()
                .filter(e -> forms.matcher(e.article().title() + "\n" + e.article().body()).find())
                .map(e -> e.article().id()).collect(Collectors.toSet());
        assertThat(expected).isNotEmpty();

        SearchResult result = index.search(SearchRequest.of("bebas"));

        assertThat(ids(result)).containsAll(expected);
        for (SearchHit hit : result.hits()) {
            if (expected.contains(hit.id())) {
                assertThat(hit.snippet().toLowerCase(Locale.ROOT)).containsPattern("<mark>(membebaskan|pembebasan|dibebaskan)</mark>");
            }
        }
    }

    @Test
    void kimJongUnPhraseFindsBothSpellings() {
        SearchResult result = index.search(SearchRequest.of("\"Kim Jong Un\""));

        Set<Long> naming = seeds.stream()
                .filter(e -> e.article().body().matches("(?s).*Kim Jong[ -][Uu]n.*"))
                .map(e -> e.article().id()).collect(Collectors.toSet());
        assertThat(naming).hasSize(4);
        assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(naming);
        assertThat(result.total()).isEqualTo(4);
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("<mark>"));
    }

    @Test
    void sourceFieldFindsTheOneOutlet() {
        SearchResult result = index.search(SearchRequest.of("source:SeaPRwire"));

        assertThat(result.total()).isEqualTo(1);
        assertThat(result.hits()).singleElement().extracting(SearchHit::source).isEqualTo("SeaPRwire");
    }

    @Test
    void abbreviationFindsTheFullNameAndBack() {
        long korut = index.search(SearchRequest.of("Korut")).total();
        long koreaUtara = index.search(SearchRequest.of("\"Korea Utara\"")).total();

        assertThat(korut).isEqualTo(5); // every seed says "Korea Utara", two also "Korut"
        assertThat(koreaUtara).isEqualTo(5);
    }

    @Test
    void thousandsSeparatorIsIgnored() {
        assertThat(ids(index.search(SearchRequest.of("14000")))).contains(4L);
        assertThat(ids(index.search(SearchRequest.of("14.000")))).contains(4L);
    }

    @Test
    void articlesWithEveryWordRankFirstAndUnknownWordsDoNotEmptyResults() {
        SearchResult result = index.search(SearchRequest.of("ranjau Pyongyang"));
        // seed 4 (index 3) is the only one about mines; Pyongyang is named elsewhere
        assertThat(result.hits()).isNotEmpty();
        SearchResult withUnknown = index.search(SearchRequest.of("ranjau qwertyzzz"));
        assertThat(ids(withUnknown)).contains(4L);

        SearchResult both = index.search(SearchRequest.of("ranjau Kursk"));
        assertThat(both.hits().get(0).id()).isEqualTo(4L);
    }

    @Test
    void snippetsEscapeHtmlAndTotalsCountEverything() {
        SearchResult result = index.search(new SearchRequest("Rusia", 2, 0, SortOrder.RELEVANCE));

        assertThat(result.total()).isEqualTo(5);
        assertThat(result.hits()).hasSize(2);
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.snippet().replaceAll("</?mark>", "")).doesNotContain("<", ">"));
        SearchResult page2 = index.search(new SearchRequest("Rusia", 2, 4, SortOrder.RELEVANCE));
        assertThat(page2.hits()).hasSize(1);
    }

    @Test
    void dateSortPutsNewestFirstAndUndatedLast() {
        SearchResult result = index.search(new SearchRequest("Rusia", 10, 0, SortOrder.DATE));

        assertThat(ids(result)).containsExactly(4L, 3L, 2L, 1L, 5L);
    }

    @Test
    void oldestFirstSortReversesTheDatesAndStillPutsUndatedLast() {
        SearchResult result = index.search(new SearchRequest("Rusia", 10, 0, SortOrder.OLDEST_FIRST));

        assertThat(ids(result)).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void dateFiltersAcceptMonthsDaysAndRanges() {
        assertThat(index.search(SearchRequest.of("date:2025-05")).total()).isEqualTo(1);
        assertThat(index.search(SearchRequest.of("date:2025-04-28")).total()).isEqualTo(1);
        assertThat(index.search(SearchRequest.of("date:2025-04..2025-05")).total()).isEqualTo(4);
        assertThat(index.search(SearchRequest.of("date:2025")).total()).isEqualTo(4);
        assertThat(index.search(SearchRequest.of("Kursk date:2025-04")).total()).isEqualTo(3);
    }

    @Test
    void facetsCountSourcesAndYears() {
        SearchResult result = index.search(SearchRequest.of("Rusia"));

        assertThat(result.facets().get("source")).containsEntry("SeaPRwire", 1L).hasSize(5);
        assertThat(result.facets().get("year")).containsEntry("2025", 4L);
    }

    @Test
    void orNotAndPrefixWork() {
        assertThat(index.search(SearchRequest.of("ranjau OR SeaPRwire")).total()).isEqualTo(2);
        assertThat(index.search(SearchRequest.of("Rusia -ranjau")).total()).isEqualTo(4);
        assertThat(index.search(SearchRequest.of("Rusia NOT ranjau")).total()).isEqualTo(4);
        assertThat(index.search(SearchRequest.of("ranj*")).total()).isEqualTo(1);
        assertThat(index.search(SearchRequest.of("(ranjau OR Belgorod) Kursk")).total()).isEqualTo(2);
    }

    @Test
    void titleFieldSearchesTitlesOnly() {
        SearchResult result = index.search(SearchRequest.of("title:Putin"));

        assertThat(result.hits()).extracting(SearchHit::title).allMatch(t -> t.contains("Putin"));
        assertThat(result.total()).isEqualTo(1);
    }

    @Test
    void naturalQuestionFindsTheArticle() {
        SearchResult result = index.search(SearchRequest.of("berapakah tentara Korea Utara yang tewas di Kursk?"));

        assertThat(result.hits()).isNotEmpty();
        assertThat(result.hits().get(0).id()).isEqualTo(4L);
    }

    private static List<Long> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }
}
