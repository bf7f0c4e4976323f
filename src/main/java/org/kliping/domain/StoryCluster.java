package org.kliping.domain;

import java.util.List;

/**
 * Articles grouped as one story by the clusterer, before the user edits it.
 *
 * @param title      a name built from the keywords the articles share
 * @param articleIds the members, oldest first when dated
 * @param keywords   shared names and words, most telling first
 */
public record StoryCluster(String title, List<Long> articleIds, List<String> keywords) {
    public StoryCluster {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("empty story title");
        articleIds = List.copyOf(articleIds);
        keywords = List.copyOf(keywords);
        if (articleIds.isEmpty()) throw new IllegalArgumentException("story without articles: " + title);
    }
}
