package org.kliping.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kliping.domain.Article;
import org.kliping.domain.NameMention;
import org.kliping.domain.StoryCluster;

class StoryClustererTest {
    private static final Set<Long> SEED_IDS = Set.of(0L, 1L, 2L, 3L, 4L);
    private final NameExtractor names = new NameExtractor(Aliases.bundled());
    private final StoryClusterer clusterer = new StoryClusterer();

    @Test
    void fiveSeedOutletsAreOneStoryNamedFromSharedKeywords() {
        List<StoryCluster> stories = cluster(SeedArticles.all());
        assertThat(stories).singleElement().satisfies(s -> {
            assertThat(s.articleIds()).containsExactly(0L, 1L, 2L, 3L, 4L);
            assertThat(s.keywords()).contains("Korea Utara", "Kursk", "Rusia");
            assertThat(s.title()).contains("Kursk");
        });
    }

    @Test
    void northKoreaMissileNewsDoesNotJoinTheKurskStory() {
        List<Article> articles = new ArrayList<>(SeedArticles.all());
        List<IndoSumArticles.Item> sample = sample(false);
        sample.forEach(i -> articles.add(i.article()));
        List<StoryCluster> stories = cluster(articles);
        StoryCluster kursk = storyOf(stories, 0L);
        assertThat(Set.copyOf(kursk.articleIds())).isEqualTo(SEED_IDS);
        long northKorea = sample.stream().filter(i -> i.article().body().contains("Korea Utara")).count();
        assertThat(northKorea).as("sample has North Korea articles to resist").isGreaterThanOrEqualTo(10);
    }

    @Test
    void sameTextDatedYearsApartIsAnotherStory() {
        List<Article> articles = new ArrayList<>();
        for (Article a : SeedArticles.all()) articles.add(withDate(a, LocalDate.of(2025, 4, 28)));
        Article copy = SeedArticles.byId(2);
        articles.add(withDate(SeedArticles.article(99, copy.title(), copy.body(), "arsip"), LocalDate.of(2017, 8, 10)));
        assertThat(storyOf(cluster(articles), 99L).articleIds()).containsExactly(99L);

        articles.set(5, SeedArticles.article(99, copy.title(), copy.body(), "arsip"));
        assertThat(storyOf(cluster(articles), 99L).articleIds()).contains(0L, 2L, 99L);
    }

    @Test
    void undatedReportsNamingDaysMonthsApartAreNotOneStory() {
        Article seed = SeedArticles.byId(4);
        Article april = SeedArticles.article(70, seed.title(), seed.body(), "a");
        Article september = SeedArticles.article(71, seed.title(), seed.body().replace("(28/4)", "(15/9)").replace("24 April", "11 September"), "b");
        Article aprilAgain = SeedArticles.article(72, seed.title(), seed.body().replace("(28/4)", "(29/4)"), "c");
        List<StoryCluster> stories = cluster(List.of(april, september, aprilAgain));
        assertThat(storyOf(stories, 70L).articleIds()).containsExactly(70L, 72L);
    }

    @Test
    void oneEventReportedTwiceIsOneStoryAndLookAlikesStayApart() {
        List<IndoSumArticles.Item> sample = sample(true);
        List<StoryCluster> stories = cluster(sample.stream().map(IndoSumArticles.Item::article).toList());
        List<Long> coleLeaving = sample.stream().filter(i -> i.article().title().contains("carlton cole"))
                .filter(i -> i.article().published().getMonthValue() == 7).map(i -> i.article().id()).toList();
        assertThat(coleLeaving).hasSize(3).allSatisfy(id ->
                assertThat(storyOf(stories, id).articleIds()).containsExactlyInAnyOrderElementsOf(coleLeaving));
        long coleSigning = idsWithTitle(sample, "resmi carlton cole").get(0);
        assertThat(storyOf(stories, coleSigning).articleIds()).as("signed in March, four months before").containsExactly(coleSigning);
        List<Long> motoGp = idsWithTitle(sample, "rossi pedrosa");
        motoGp.addAll(idsWithTitle(sample, "marc marquez"));
        assertThat(storyOf(stories, motoGp.get(0)).articleIds()).doesNotContain(motoGp.get(1));
    }

    @Test
    void sportNeverMixesWithNewsAndEveryArticleIsInExactlyOne() {
        List<IndoSumArticles.Item> sample = sample(true);
        Map<Long, String> category = sample.stream().collect(Collectors.toMap(i -> i.article().id(), IndoSumArticles.Item::category));
        List<StoryCluster> stories = cluster(sample.stream().map(IndoSumArticles.Item::article).toList());
        for (StoryCluster s : stories) {
            Set<String> categories = s.articleIds().stream().map(category::get).collect(Collectors.toSet());
            boolean sportAlone = !categories.contains("olahraga") || categories.size() == 1;
            assertThat(sportAlone).as("story %s has categories %s", s.title(), categories).isTrue();
        }
        assertThat(stories.stream().mapToInt(s -> s.articleIds().size()).sum()).isEqualTo(sample.size());
        assertThat(stories.stream().flatMap(s -> s.articleIds().stream()).distinct().count()).isEqualTo(sample.size());
    }

    @Test
    void onePressReleaseFiledUnderTwoCategoriesIsStillOneStory() {
        List<IndoSumArticles.Item> sample = sample(true);
        List<StoryCluster> stories = cluster(sample.stream().map(IndoSumArticles.Item::article).toList());
        List<Long> skyscanner = idsWithTitle(sample, "skyscanner");
        assertThat(skyscanner).hasSize(2);
        assertThat(storyOf(stories, skyscanner.get(0)).articleIds()).containsExactlyElementsOf(skyscanner);
    }

    @Test
    void newArticleIsAssignedToTheStoryOfItsEvent() {
        List<Article> kursk = SeedArticles.all().subList(0, 4);
        List<Article> missiles = sample(false).stream().map(IndoSumArticles.Item::article)
                .filter(a -> a.title().contains("korut")).toList();
        Article seed4 = SeedArticles.byId(4);
        Article chili = SeedArticles.article(50, "Harga cabai naik", "Harga cabai rawit di Pasar Induk naik dua kali lipat.", "x");
        Map<Long, List<NameMention>> byId = new HashMap<>();
        for (Article a : concat(kursk, missiles, List.of(seed4, chili))) byId.put(a.id(), names.extract(a));

        assertThat(missiles).hasSizeGreaterThanOrEqualTo(5);
        assertThat(clusterer.assign(seed4, List.of(missiles, kursk), byId)).hasValue(1);
        assertThat(clusterer.assign(chili, List.of(missiles, kursk), byId)).isEmpty();
        List<Article> kurskLastYear = kursk.stream().map(a -> withDate(a, LocalDate.of(2024, 4, 28))).toList();
        assertThat(clusterer.assign(withDate(seed4, LocalDate.of(2025, 4, 28)), List.of(kurskLastYear), byId)).isEmpty();
    }

    @SafeVarargs
    private static List<Article> concat(List<Article>... lists) {
        List<Article> out = new ArrayList<>();
        for (List<Article> l : lists) out.addAll(l);
        return out;
    }

    @Test
    void datedStoryListsOldestFirstAndSingleArticleKeepsItsTitle() {
        Article late = withDate(SeedArticles.byId(0), LocalDate.of(2025, 4, 28));
        Article early = withDate(SeedArticles.byId(3), LocalDate.of(2025, 4, 20));
        Article other = SeedArticles.article(50, "Harga cabai naik", "Harga cabai rawit di Pasar Induk naik dua kali lipat.", "x");
        List<StoryCluster> stories = cluster(List.of(late, early, other));
        assertThat(storyOf(stories, 0L).articleIds()).containsExactly(3L, 0L);
        assertThat(storyOf(stories, 50L).title()).isEqualTo("Harga cabai naik");
        assertThat(storyOf(stories, 50L).keywords()).contains("cabai");
    }

    private List<StoryCluster> cluster(List<Article> articles) {
        Map<Long, List<NameMention>> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), names.extract(a)));
        return clusterer.cluster(articles, byId);
    }

    private static StoryCluster storyOf(List<StoryCluster> stories, long id) {
        return stories.stream().filter(s -> s.articleIds().contains(id)).findFirst().orElseThrow();
    }

    private static List<Long> idsWithTitle(List<IndoSumArticles.Item> sample, String part) {
        return new ArrayList<>(sample.stream().filter(i -> i.article().title().contains(part)).map(i -> i.article().id()).toList());
    }

    private List<IndoSumArticles.Item> sample(boolean dated) {
        return IndoSumArticles.read(getClass().getResourceAsStream("indosum/sample.jsonl"), dated, 1000);
    }

    private static Article withDate(Article a, LocalDate date) {
        return SeedArticles.dated(a.id(), a.title(), a.body(), a.source(), date);
    }
}
