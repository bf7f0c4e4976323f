package org.kliping.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Hostile and malformed queries are read leniently and bounded, and the user is told what was limited. */
class QueryLimitsTest {
    @TempDir
    Path dir;
    ArticleIndex index;

    @BeforeEach
    void indexSeeds() {
        index = ArticleIndex.open(dir, SearchSettings.defaults());
        SeedArticles.entries().forEach(index::upsert);
        index.commit(1);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void tenThousandTermsAreCutToTheClauseLimitWithANotice() {
        StringBuilder q = new StringBuilder("Kursk");
        for (int i = 0; i < 10_000; i++) q.append(" kata").append(i);

        SearchResult result = index.search(SearchRequest.of(q.toString()));

        assertThat(result.notices()).anyMatch(n -> n.contains("only the first " + SearchSettings.defaults().maxClauses()));
        assertThat(result.total()).isEqualTo(5); // "Kursk", the first part, is in every seed
    }

    @Test
    void clauseLimitBoundsTheLuceneQuery() {
        List<String> notices = new ArrayList<>();
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < 10_000; i++) q.append(" w").append(i);
        SearchSettings settings = SearchSettings.defaults();
        QueryNode parsed = new LenientQueryParser(settings.maxNesting(), notices).parse(q.toString());

        org.apache.lucene.search.Query query;
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
            query = new QueryTranslator(new TextAnalysis(settings.analysis(), null), settings, reader, IndexedBodies.remembering(), notices)
                    .translate(parsed);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        int[] leaves = {0};
        query.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public void consumeTerms(org.apache.lucene.search.Query q, org.apache.lucene.index.Term... terms) {
                leaves[0] += terms.length;
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur o,
                                                                       org.apache.lucene.search.Query parent) {
                return this;
            }
        });
        // each word becomes one term per text field (8), counted twice at most (ranking + every-word bonus)
        assertThat(leaves[0]).isPositive().isLessThanOrEqualTo(settings.maxClauses() * 8 * 2);
    }

    @Test
    void manyBroadPrefixesStayWithinTheClauseLimit() {
        StringBuilder q = new StringBuilder();
        for (char a = 'a'; a <= 'z'; a++) for (char b : new char[] {'a', 'e', 'i', 'o', 'u'}) q.append(a).append(b).append("* ");

        SearchResult result = index.search(SearchRequest.of(q.toString()));

        assertThat(result.total()).isPositive();
        assertThat(result.notices()).isNotEmpty();
    }

    @Test
    void megabyteQueryIsTruncatedWithANotice() {
        String q = "Kursk " + "x".repeat(1_000_000);

        SearchResult result = index.search(SearchRequest.of(q));

        assertThat(result.notices()).anyMatch(n -> n.contains("was cut"));
    }

    @Test
    void tenThousandNestedParenthesesDoNotOverflowTheStack() {
        String q = "(".repeat(10_000) + "Kursk" + ")".repeat(10_000);

        SearchResult result = index.search(SearchRequest.of(q));

        assertThat(result.total()).isEqualTo(5);
        assertThat(result.notices()).anyMatch(n -> n.contains("nested deeper"));
    }

    @Test
    void tenThousandNotsDoNotOverflowTheStack() {
        assertThatCode(() -> index.search(SearchRequest.of("NOT ".repeat(10_000) + "Kursk"))).doesNotThrowAnyException();
    }

    @Test
    void leadingWildcardIsDroppedWithANotice() {
        SearchResult result = index.search(SearchRequest.of("*ursk"));

        assertThat(result.notices()).anyMatch(n -> n.contains("Wildcards at the start"));
    }

    @Test
    void oneLetterPrefixIsRefusedWithANotice() {
        SearchResult result = index.search(SearchRequest.of("k*"));

        assertThat(result.notices()).anyMatch(n -> n.contains("at least 2 letters"));
    }

    @Test
    void broadPrefixIsCappedWithANotice() {
        SearchSettings tight = new SearchSettings(null, 64, 2_000, java.time.Duration.ofSeconds(1), 3, 16,
                AnalysisVariant.KLIPING, 1f, 1f, 0.3f, true, 0f, 1.2f, 0.75f, 2f);
        index.close();
        index = ArticleIndex.open(dir, tight);

        SearchResult result = index.search(SearchRequest.of("me*"));

        assertThat(result.total()).isPositive();
        assertThat(result.notices()).anyMatch(n -> n.contains("only the 3 most frequent"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Kim Jong", "(Kursk OR", "Kursk)", "title:", ":", "-", "- Kursk", "Kursk -", "OR",
            "NOT", "tag:", "date:kemarin", "date:2025-13", "source:\"", "\"\"", "()", "((()))", "a:b:c", "Kursk AND",
            "--Kursk", "*", "?", "~", "\\", "[", "{", "^2", "date:..", "title:\"Putin", "OR OR OR", "Kursk NOT"})
    void malformedInputIsReadLeniently(String query) {
        assertThatCode(() -> index.search(SearchRequest.of(query))).doesNotThrowAnyException();
    }

    @Test
    void unclosedQuoteRunsToTheEnd() {
        assertThat(index.search(SearchRequest.of("\"Kim Jong Un")).total()).isEqualTo(4);
    }

    @Test
    void invalidDateIsIgnoredWithANotice() {
        SearchResult result = index.search(SearchRequest.of("Kursk date:kemarin"));

        assertThat(result.total()).isEqualTo(5);
        assertThat(result.notices()).anyMatch(n -> n.contains("Not a date"));
    }

    @Test
    void onlyStopWordsFindNothingAndSaySo() {
        SearchResult result = index.search(SearchRequest.of("yang dan di"));

        assertThat(result.total()).isZero();
        assertThat(result.notices()).isNotEmpty();
    }

    @Test
    void emptyQueryListsEverything() {
        assertThat(index.search(SearchRequest.of("")).total()).isEqualTo(5);
    }
}
