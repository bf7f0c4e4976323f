package org.kliping.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.kliping.domain.Article;
import org.kliping.domain.NameMention;
import org.kliping.domain.StoryCluster;

/**
 * Groups articles about the same event. Two articles are alike by their content words (tf-idf
 * cosine) and the names they share (idf-weighted Jaccard), see {@link ArticleSpace#similarity};
 * stories grow by average linkage, so one article cannot chain two events together, and stop at
 * {@link #DEFAULT_THRESHOLD}. When articles are dated, a story spans at most
 * {@link #DEFAULT_WINDOW_DAYS}; undated articles join by content. Every article ends up in exactly one
 * cluster; a cluster of one is a story of its own.
 *
 * <p>Cost: all pairs are compared and merges rescan the pair table; fine for a few thousand articles
 * (the service clusters recent or searched articles, not the whole archive).
 */
public final class StoryClusterer {
    /** Tuned on IndoSum (docs/decisions/0004-stories.md): lower mixes events, higher splits stories. */
    public static final double DEFAULT_THRESHOLD = 0.25;
    /** A news event is reported within weeks; a longer story is for the user to merge. */
    public static final int DEFAULT_WINDOW_DAYS = 30;

    private final double threshold;
    private final int windowDays;
    private final TermVectors terms = new TermVectors(BundledList.lowerSet("stopwords.txt"));

    public StoryClusterer() {
        this(DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS);
    }

    public StoryClusterer(double threshold, int windowDays) {
        if (threshold <= 0 || threshold > 1) throw new IllegalArgumentException("threshold out of (0,1]: " + threshold);
        if (windowDays < 0) throw new IllegalArgumentException("negative window: " + windowDays);
        this.threshold = threshold;
        this.windowDays = windowDays;
    }

    /**
     * @param names the names of each article by id (from {@link NameExtractor}); missing ids count as no names
     * @return the stories, biggest first; members oldest first when dated, else by id
     */
    public List<StoryCluster> cluster(List<Article> articles, Map<Long, List<NameMention>> names) {
        ArticleSpace space = new ArticleSpace(articles, names, terms, windowDays);
        List<List<Integer>> groups = new AverageLinkage(threshold, space::similarity,
                (a, b) -> withinWindow(articles, a, b)).run(articles.size());
        List<StoryCluster> out = new ArrayList<>();
        for (List<Integer> g : groups) out.add(story(space, g));
        out.sort(Comparator.comparingInt((StoryCluster s) -> -s.articleIds().size()).thenComparing(s -> s.articleIds().get(0)));
        return out;
    }

    /**
     * The existing story a new article belongs to, for importing without re-clustering (and without
     * touching stories the user edited): the story whose members it resembles most on average, if that
     * reaches the threshold and, when dated, it lies within the window of a dated member (a story the
     * user merged may span longer than the window).
     *
     * @param stories the members of each existing story
     * @param names   names by article id, for the new article and the members
     * @return the index in {@code stories}, or empty when the article starts a story of its own
     */
    public OptionalInt assign(Article article, List<List<Article>> stories, Map<Long, List<NameMention>> names) {
        List<Article> all = new ArrayList<>();
        all.add(article);
        stories.forEach(all::addAll);
        ArticleSpace space = new ArticleSpace(all, names, terms, windowDays);
        int best = -1;
        double bestMean = threshold;
        int offset = 1;
        for (int s = 0; s < stories.size(); s++) {
            int size = stories.get(s).size();
            double sum = 0;
            for (int k = offset; k < offset + size; k++) sum += space.similarity(0, k);
            double mean = size == 0 ? 0 : sum / size;
            if (mean >= bestMean && withinReach(article, stories.get(s))) {
                best = s;
                bestMean = mean;
            }
            offset += size;
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** Whether a new article is within the window of the story's nearest dated member. */
    private boolean withinReach(Article article, List<Article> story) {
        if (article.published() == null) return true;
        boolean anyDated = false;
        for (Article member : story) {
            if (member.published() == null) continue;
            anyDated = true;
            if (Math.abs(ChronoUnit.DAYS.between(member.published(), article.published())) <= windowDays) return true;
        }
        return !anyDated;
    }

    /** Whether two groups may merge: the dated articles of both span at most the window. */
    private boolean withinWindow(List<Article> articles, List<Integer> a, List<Integer> b) {
        LocalDate min = null;
        LocalDate max = null;
        for (List<Integer> g : List.of(a, b)) {
            for (int i : g) {
                LocalDate d = articles.get(i).published();
                if (d == null) continue;
                if (min == null || d.isBefore(min)) min = d;
                if (max == null || d.isAfter(max)) max = d;
            }
        }
        return min == null || ChronoUnit.DAYS.between(min, max) <= windowDays;
    }

    private static StoryCluster story(ArticleSpace space, List<Integer> group) {
        List<Article> articles = space.articles;
        List<Integer> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparing((Integer i) -> articles.get(i).published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(i -> articles.get(i).id()));
        List<StoryNamer.Profile> members = ordered.stream().map(space.profiles::get).toList();
        List<String> keywords = StoryNamer.keywords(members, space.nameIdf, space.termIdf);
        return new StoryCluster(StoryNamer.title(members, keywords), ordered.stream().map(i -> articles.get(i).id()).toList(), keywords);
    }
}
