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

    /** A name, its kind, and how many of the story's articles mention it. */
    public record NameCount(String name, NameKind kind, int articles, int mentions) {
    }
}
