package org.kliping.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kliping.domain.Article;
import org.kliping.domain.Comparison;
import org.kliping.domain.ComparisonRow;
import org.kliping.domain.Figure;
import org.kliping.domain.FigureClaim;

class StoryComparisonTest {
    private static final List<Article> SEEDS = SeedArticles.all();

    @Test
    void seedTroopFiguresDisagreeAndSayWhoGivesEach() {
        Comparison c = compareSeeds();
        ComparisonRow troops = row(c, "tentara", 14000);
        assertThat(troops.disagreement()).isTrue();
        assertThat(c.rows().get(0)).isEqualTo(troops);
        assertThat(troops.claims()).extracting(FigureClaim::articleId, FigureClaim::valueText, FigureClaim::attributedTo)
                .containsExactly(tuple(0L, "12.000", "Amerika Serikat dan pendukung Kyiv lainnya"),
                        tuple(2L, "14.000", "pemerintah Ukraina"),
                        tuple(3L, "14.000", "sumber-sumber Korea Selatan, Ukraina, dan Barat"),
                        tuple(4L, "14.000", "Pejabat Ukraina"));
    }

    @Test
    void seedTableHoldsEveryReportedFigureWithItsSentence() {
        Comparison c = compareSeeds();
        assertThat(row(c, "bala bantuan", 3000).claims()).extracting(FigureClaim::articleId).containsExactly(2L, 4L);
        assertThat(row(c, "bala bantuan", 3000).disagreement()).isFalse();
        assertThat(row(c, "korban jiwa", 76000).claims()).extracting(FigureClaim::attributedTo).containsExactly("Gerasimov");
        assertThat(row(c, "tentara tewas", 6000).claims()).extracting(FigureClaim::qualifier).containsExactly("lebih dari");
        assertThat(row(c, "luas", 90).unit()).isEqualTo("km²");
        assertThat(row(c, "tentara tewas", 25).claims()).extracting(FigureClaim::articleId).containsExactly(4L);
        assertThat(row(c, "permukiman", 37).claims()).extracting(FigureClaim::valueText).containsExactly("37 dari 64");
        for (ComparisonRow r : c.rows()) {
            for (FigureClaim claim : r.claims()) {
                Article a = SEEDS.stream().filter(s -> s.id() == claim.articleId()).findFirst().orElseThrow();
                assertThat(a.body().substring(claim.sentenceStart(), claim.sentenceEnd())).isEqualTo(claim.sentence());
            }
        }
    }

    @Test
    void anArticleWithoutASourceIsAnUnknownOutletNeverItsFileName() {
        Article noSource = new Article(7, null, "t", false, "", "b", null, null, null, null, null, "id", "000_d00ca00b6c077c31.txt",
                null, null, false, false);
        assertThat(StoryComparison.outlet(noSource)).isEqualTo(StoryComparison.UNKNOWN_OUTLET).isEqualTo("unknown outlet");
        assertThat(StoryComparison.outlet(SeedArticles.article(8, "t", "b", "Kompas"))).isEqualTo("Kompas");
    }

    @Test
    void valuesFarApartAreDifferentQuantitiesNotADisagreement() {
        Comparison c = compareSeeds();
        assertThat(row(c, "tentara tewas", 25)).isNotEqualTo(row(c, "tentara tewas", 6000));
        assertThat(c.disagreements()).extracting(ComparisonRow::counted).containsExactly("tentara");
    }

    @Test
    void lowerBoundAndLargerValueCanBothBeTrue() {
        Comparison c = compare(figure(1, 6000, "lebih dari", "Seoul"), figure(2, 7000, null, "Kyiv"));
        assertThat(c.rows()).singleElement().satisfies(r -> assertThat(r.disagreement()).isFalse());
    }

    @Test
    void differentValuesFromDifferentSourcesDisagree() {
        Comparison c = compare(figure(1, 6000, "sekitar", "Seoul"), figure(2, 7000, "sekitar", "Kyiv"));
        assertThat(c.rows()).singleElement().satisfies(r -> assertThat(r.disagreement()).isTrue());
    }

    @Test
    void sameValueFromDifferentOutletsAgrees() {
        Comparison c = compare(figure(1, 14000, "sekitar", "Kyiv"), figure(2, 14000, null, "Seoul"));
        assertThat(c.rows()).singleElement().satisfies(r -> assertThat(r.disagreement()).isFalse());
    }

    @Test
    void csvRowsHoldTheHeaderThenOneRowPerClaim() {
        List<List<String>> rows = StoryComparison.toCsvRows(compareSeeds());
        assertThat(rows.get(0)).containsExactly("row", "counted", "unit", "disagreement", "value", "value_text", "qualifier",
                "attributed_to", "outlet", "article_id", "sentence_start", "sentence_end", "sentence");
        assertThat(String.join(",", rows.get(1))).startsWith("1,tentara,orang,true,12000,12.000,sekitar,Amerika Serikat dan pendukung Kyiv lainnya,seed-000,0,");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("sumber-sumber Korea Selatan, Ukraina, dan Barat"));
        assertThat(rows).hasSize(1 + compareSeeds().rows().stream().mapToInt(r -> r.claims().size()).sum());
    }

    @Test
    void markdownHasOneLinePerClaimAndEscapesPipes() {
        Comparison c = compare(figure(1, 5, null, "A | B"));
        String md = StoryComparison.toMarkdown(c);
        assertThat(md.split("\n")).hasSize(3);
        assertThat(md).contains("A \\| B").startsWith("| What | Value |");
        assertThat(StoryComparison.toMarkdown(compareSeeds())).contains("| 1. tentara (orang) **disagreement** | 12.000 | sekitar |");
    }

    private static Comparison compareSeeds() {
        FigureExtractor extractor = new FigureExtractor();
        Map<Long, List<Figure>> figures = new HashMap<>();
        SEEDS.forEach(a -> figures.put(a.id(), extractor.extract(a)));
        return StoryComparison.compare(SEEDS, figures);
    }

    private static ComparisonRow row(Comparison c, String counted, double value) {
        return c.rows().stream().filter(r -> r.counted().equals(counted))
                .filter(r -> r.claims().stream().anyMatch(cl -> cl.value() == value)).findFirst().orElseThrow();
    }

    private static Figure figure(long article, double value, String qualifier, String source) {
        String sentence = "Ada " + value + " tentara.";
        return new Figure(article, value, String.valueOf(value), "orang", "tentara", qualifier, source, 0, sentence.length(), sentence);
    }

    private static Comparison compare(Figure... figures) {
        Map<Long, List<Figure>> byArticle = new HashMap<>();
        for (Figure f : figures) byArticle.computeIfAbsent(f.articleId(), k -> new java.util.ArrayList<>()).add(f);
        List<Article> articles = byArticle.keySet().stream().sorted().map(id -> SeedArticles.article(id, "t" + id, "b", "outlet-" + id)).toList();
        return StoryComparison.compare(articles, byArticle);
    }
}
