package org.kliping.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kliping.domain.Article;
import org.kliping.domain.NameMention;

class ArticleSpaceTest {

    /**
     * The pairwise similarity works on sorted id arrays; it must equal the definition on the profiles' maps: the
     * content cosine and the idf-weighted Jaccard of names, over every pair of the seeds and the IndoSum sample.
     */
    @Test
    void similarityOfEveryPairIsTheCosineAndNameJaccardOfTheProfiles() {
        List<Article> articles = new ArrayList<>(SeedArticles.all());
        IndoSumArticles.read(getClass().getResourceAsStream("indosum/sample.jsonl"), true, 1000)
                .forEach(i -> articles.add(i.article()));
        NameExtractor extractor = new NameExtractor(Aliases.bundled());
        Map<Long, List<NameMention>> names = new HashMap<>();
        for (Article a : articles) names.put(a.id(), extractor.extract(a));
        ArticleSpace space = new ArticleSpace(articles, names, new TermVectors(BundledList.lowerSet("stopwords.txt")), 3650);

        int withSharedNames = 0;
        for (int i = 0; i < space.size(); i++) {
            for (int j = 0; j < space.size(); j++) {
                StoryNamer.Profile x = space.profiles.get(i);
                StoryNamer.Profile y = space.profiles.get(j);
                double names1 = nameJaccard(x.names(), y.names(), space.nameIdf);
                if (i != j && names1 > 0) withSharedNames++;
                double expected = ArticleSpace.TEXT_WEIGHT * dot(x.terms(), y.terms())
                        + (1 - ArticleSpace.TEXT_WEIGHT) * names1;
                assertThat(space.similarity(i, j)).as("articles %d and %d", i, j).isCloseTo(expected, within(1e-12));
            }
        }
        assertThat(space.size()).isGreaterThan(30);
        assertThat(withSharedNames).as("pairs sharing names, so the name part is exercised").isGreaterThan(100);
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        return dot;
    }

    private static double nameJaccard(Set<String> a, Set<String> b, Map<String, Double> idf) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        double shared = 0;
        double union = 0;
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        for (String n : all) {
            double w = idf.getOrDefault(n, 1.0);
            union += w;
            if (a.contains(n) && b.contains(n)) shared += w;
        }
        return shared / union;
    }
}
