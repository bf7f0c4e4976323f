package org.kliping.service;

import org.kliping.domain.Article;
import org.kliping.domain.Comparison;
import org.kliping.domain.Figure;
import org.kliping.domain.NameKind;
import org.kliping.domain.Story;

import java.util.List;

/** A story with what its articles say: the names they mention, their figures, and the comparison table. */
public record StoryDetails(Story story, List<Article> articles, List<NameCount> names, List<Figure> figures,
                           Comparison comparison) {

    /**
     * A name, its kind, how many of the story's articles mention it and which: a facet that filters the
     * story's articles and figures to those naming it ({@link StoryDetails#onlyNaming}).
     */
    public record NameCount(String name, NameKind kind, int articles, int mentions, List<Long> articleIds) {
        public NameCount {
            articleIds = List.copyOf(articleIds);
        }
    }

    /** The story narrowed to the articles that mention {@code name} (canonical or as an alias resolves). */
    public StoryDetails onlyNaming(String name) {
        NameCount facet = names.stream().filter(n -> n.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new org.kliping.domain.InvalidInputException("no article of story " + story.id()
                        + " names '" + name + "'"));
        java.util.Set<Long> ids = new java.util.HashSet<>(facet.articleIds());
        List<Article> kept = articles.stream().filter(a -> ids.contains(a.id())).toList();
        List<Figure> keptFigures = figures.stream().filter(f -> ids.contains(f.articleId())).toList();
        List<org.kliping.domain.ComparisonRow> rows = new java.util.ArrayList<>();
        for (var row : comparison.rows()) {
            var claims = row.claims().stream().filter(c -> ids.contains(c.articleId())).toList();
            if (!claims.isEmpty()) {
                boolean disagreement = row.disagreement() && claims.stream().map(c -> c.value()).distinct().count() > 1;
                rows.add(new org.kliping.domain.ComparisonRow(row.counted(), row.unit(), claims, disagreement));
            }
        }
        return new StoryDetails(story, kept, names, keptFigures,
                new Comparison(kept.stream().map(Article::id).toList(), rows));
    }
}
