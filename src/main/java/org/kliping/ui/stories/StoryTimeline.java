package org.kliping.ui.stories;

import org.kliping.ui.common.*;

import org.kliping.domain.Article;

import java.util.Comparator;
import java.util.List;

/** The order a story's articles are told in: dated ones by publication date, undated ones after them. */
public final class StoryTimeline {

    private StoryTimeline() {
    }

    public static List<Article> ordered(List<Article> articles) {
        return articles.stream()
                .sorted(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Article::id))
                .toList();
    }

    /** The outlets that covered the story, in the order they first reported it; {@code unknown} for no source. */
    public static List<String> outlets(List<Article> ordered, String unknown) {
        return ordered.stream().map(a -> outlet(a, unknown)).distinct().toList();
    }

    /** The article's source, else {@code unknown}: never the name of the file it came from. */
    static String outlet(Article a, String unknown) {
        if (a.source() != null && !a.source().isBlank()) return a.source().strip();
        return unknown;
    }
}
