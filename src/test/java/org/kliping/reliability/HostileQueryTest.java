package org.kliping.reliability;

import org.kliping.cli.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.ProgressListener;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;
import org.kliping.domain.SortOrder;
import org.kliping.search.ArticleIndex;
import org.kliping.search.InvalidQueryException;
import org.kliping.search.SearchSettings;
import org.kliping.service.Archive;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Hostile queries are answered or refused with a reason, never with OutOfMemoryError or
 * StackOverflowError; each limit (length, nesting, clause count, prefix expansion) says when it cut.
 */
class HostileQueryTest {

    @TempDir
    static Path work;

    private static Path archive;

    @BeforeAll
    static void archiveWithArticles() {
        archive = work.resolve("archive");
        Path file = work.resolve("src.jsonl");
        SyntheticArticles.writeJsonl(file, 500, 3, 21);
        CliRunner cli = new CliRunner(archive);
        assertThat(cli.run("import", file.toString()).code()).isZero();
        assertThat(cli.run("import", CliRunner.seeds().toString()).code()).isZero();
    }

    static Stream<String> hostileQueries() {
        return Stream.of("*konomi", "?konomi", "*", "**", "*:*", "/[a-z]+.*(ab){1000}/", "/.*/", "ekonomi~2",
                "p*", "pe*", "a* b* c* d* e* f* g* h* k* m* p* r* s* t*", "\"" + "kata ".repeat(3000) + "\"",
                words(10_000), "(".repeat(10_000) + "ekonomi" + ")".repeat(10_000), ")".repeat(10_000),
                "\"".repeat(10_001), "OR ".repeat(5000), "NOT ".repeat(5000) + "ekonomi", "-".repeat(10_000),
                "title:".repeat(3000) + "x", "date:0000..9999", "date:2025-99-99", "date:" + "9".repeat(5000),
                "\u0000\uD800\uDFFF\uFFFF", "tag:" + "/".repeat(5000), "pasar AND OR NOT ( ) \" * : ~ ^ [ ] { }",
                "x".repeat(1_000_000));
    }

    @Test
    void everyHostileQueryIsAnsweredOrRefusedWithAReason() {
        try (Archive a = Archive.open(archive, ProgressListener.NONE)) {
            hostileQueries().forEach(query -> assertThatCode(() -> {
                try {
                    SearchResult r = a.services().search().search(new SearchRequest(query, 10, 0, SortOrder.RELEVANCE));
                    assertThat(r.total()).isGreaterThanOrEqualTo(0);
                } catch (InvalidInputException refused) {
                    assertThat(refused.getMessage()).isNotBlank();
                }
            }).as("query %.60s", query).doesNotThrowAnyException());
        }
    }

    @Test
    void longQueryIsCutWithANotice() {
        SearchResult r = search(SearchSettings.defaults(), "ekonomi " + "x".repeat(1_000_000));
        assertThat(r.notices()).anyMatch(n -> n.contains("longer than 2000 characters"));
    }

    @Test
    void deepNestingBeyondTheLimitIsFlattenedWithANotice() {
        SearchSettings roomy = SearchSettings.defaults().withLimits(64, 1_000_000, Duration.ofSeconds(30));
        SearchResult r = search(roomy, "(".repeat(10_000) + "penanda7" + ")".repeat(10_000));
        assertThat(r.notices()).anyMatch(n -> n.contains("nested deeper than"));
        assertThat(r.total()).isEqualTo(1);
    }

    @Test
    void tenThousandTermsAreCutAtTheClauseLimitWithANotice() {
        SearchSettings roomy = SearchSettings.defaults().withLimits(64, 1_000_000, Duration.ofSeconds(30));
        SearchResult r = search(roomy, "penanda3 " + words(10_000));
        assertThat(r.notices()).anyMatch(n -> n.contains("more than 64 parts"));
        assertThat(r.total()).isPositive();
    }

    @Test
    void leadingWildcardIsSearchedAsAWordWithANotice() {
        SearchResult r = search(SearchSettings.defaults(), "*penanda9");
        assertThat(r.notices()).anyMatch(n -> n.contains("Wildcards at the start"));
        assertThat(r.total()).isEqualTo(1);
    }

    @Test
    void shortPrefixExpandsOnlyUpToItsLimitWithANotice() {
        SearchResult r = search(SearchSettings.defaults(), "penanda*");
        assertThat(r.notices()).anyMatch(n -> n.contains("matches many words; only the 128 most frequent"));
        assertThat(r.total()).isPositive();
    }

    @Test
    void megabyteQueryFileIsAnsweredWithANoteOnStderr() throws Exception {
        Path query = work.resolve("query.txt");
        Files.writeString(query, "penanda11 " + "(pasar OR *harga) ".repeat(60_000), StandardCharsets.UTF_8);
        assertThat(Files.size(query)).isGreaterThan(1_000_000);
        CliRunner.Result r = new CliRunner(archive).run("search", "--json", "--query-file", query.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("note: The query was longer than");
        assertThat(r.json().get("notices")).isNotEmpty();
    }

    private static SearchResult search(SearchSettings settings, String query) {
        try (Archive ignored = Archive.open(archive, ProgressListener.NONE)) {
            // the archive is open only to bring the index up to date; it is closed before the index is opened alone
        }
        try (ArticleIndex index = ArticleIndex.open(archive.resolve("index"), settings)) {
            assertThat(index.needsRebuild()).isFalse();
            return index.search(new SearchRequest(query, 10, 0, SortOrder.RELEVANCE));
        } catch (InvalidQueryException e) {
            throw new AssertionError("refused: " + e.getMessage(), e);
        }
    }

    private static String words(int n) {
        return IntStream.range(0, n).mapToObj(i -> "kata" + i).collect(Collectors.joining(" "));
    }
}
