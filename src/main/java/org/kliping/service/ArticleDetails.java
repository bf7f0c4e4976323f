package org.kliping.service;

import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.Tag;

import java.util.List;

/** Everything the reader and {@code show} display about one article. */
public record ArticleDetails(Article article, String original, List<Tag> tags, List<Annotation> annotations,
                             List<ArticleNote> notes, List<Article> alsoPublishedAs) {
}
