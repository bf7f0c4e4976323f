package org.kliping.ingest;

import org.kliping.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** Real articles from ten Indonesian outlets (IndoSum, CC BY-SA 4.0; see the README next to the file). */
class IndosumSampleTest {
    /** How the outlets open their articles; none of it may remain at the start of a displayed lede. */
    private static final List<String> OUTLET_OPENINGS = List.of("(ANTARA News)", "CNN Indonesia", "JUARA.NET",
            "(Pos Kota)", "Merdeka.com", "Rimanews", "Suara.com");

    @TempDir
    Path dir;

    @Test
    void everyArticleImportsWithTitleBodySourceAndNoOutletDateline() throws IOException {
        Path file = dir.resolve("indosum-sample.jsonl");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/ingest/indosum-sample.jsonl"))) {
            Files.copy(in, file);
        }
        ReadResults results = ReadResults.read(new ArticleReaders(ImportLimits.defaults()), file);

        assertThat(results.rejections()).isEmpty();
        assertThat(results.drafts()).hasSize(20).allSatisfy(draft -> {
            assertThat(draft.title()).isNotBlank();
            assertThat(draft.titleDerived()).isFalse();
            assertThat(draft.paragraphs()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank()
                    .doesNotStartWith("Baca juga"));
            assertThat(draft.source()).isNotBlank();
            assertThat(draft.published()).isNotNull();
            assertThat(draft.externalId()).isNotBlank();
            assertThat(draft.url()).startsWith("http");
            for (String opening : OUTLET_OPENINGS) {
                assertThat(draft.lede().substring(0, Math.min(40, draft.lede().length()))).doesNotContain(opening);
            }
        });
    }

    @Test
    void datelinePlacesAreReadFromTheOutletsOpenings() throws IOException {
        Path file = dir.resolve("sample.jsonl");
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/ingest/indosum-sample.jsonl"))) {
            Files.copy(in, file);
        }
        List<ArticleDraft> drafts = ReadResults.read(new ArticleReaders(ImportLimits.defaults()), file).drafts();
        assertThat(drafts).extracting(ArticleDraft::place).contains("Jakarta", "Raqa, Suriah", "Tokyo", "Cirebon",
                "Tangerang");
    }
}
