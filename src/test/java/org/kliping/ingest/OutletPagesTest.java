package org.kliping.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kliping.domain.ArticleDraft;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages built after the structures of Indonesian outlets (see {@code outlets/README.md}): each must give its
 * title, publication date, authors, outlet, canonical URL and body, without the page's furniture.
 */
class OutletPagesTest {
    private static final String DIR = "/org/kliping/ingest/outlets/";
    private final HtmlArticleParser parser = new HtmlArticleParser(new ArticleAssembler(CleaningRules.defaults()));

    @TestFactory
    Stream<DynamicTest> everyOutletPageReadsAsExpected() throws IOException {
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream(DIR + "expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode page : expected) {
            String file = page.get("file").asText();
            tests.add(DynamicTest.dynamicTest(file, () -> check(file, page)));
        }
        return tests.stream();
    }

    private void check(String file, JsonNode page) throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream(DIR + file)) {
            bytes = in.readAllBytes();
        }
        ArticleDraft draft = parser.parse(bytes, new Where(file, file));
        assertThat(draft.title()).as("title").isEqualTo(page.get("title").asText());
        assertThat(draft.published()).as("date").hasToString(page.get("date").asText());
        List<String> authors = new ArrayList<>();
        if (page.has("authors")) page.get("authors").forEach(a -> authors.add(a.asText()));
        assertThat(draft.authors()).as("authors").containsExactlyElementsOf(authors);
        if (page.has("source")) assertThat(draft.source()).as("source").isEqualTo(page.get("source").asText());
        if (page.has("place")) assertThat(draft.place()).as("place").isEqualTo(page.get("place").asText());
        if (page.has("url")) assertThat(draft.url()).as("url").isEqualTo(page.get("url").asText());
        assertThat(draft.language()).as("language").isEqualTo(page.has("language") ? page.get("language").asText() : "id");
        assertThat(draft.paragraphs().get(0)).as("first paragraph").startsWith(page.get("first").asText());
        assertThat(draft.paragraphs().get(draft.paragraphs().size() - 1)).as("last paragraph").endsWith(page.get("last").asText());
        for (JsonNode without : page.get("without")) {
            assertThat(draft.body()).as("body without " + without.asText()).doesNotContain(without.asText());
        }
    }
}
