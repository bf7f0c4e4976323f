package org.kliping.service;

import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.PaperScan;
import org.kliping.domain.Tag;

import java.util.List;

/**
 * Everything the reader and {@code show} display about one article.
 *
 * @param original        the original decoded as UTF-8 text, or null when it is a PDF or image ({@code paper})
 * @param originMediaType the original's media type ({@code text/plain}, {@code application/pdf} ...), or null
 * @param paper           the word boxes and OCR details of an article read from paper, or null
 */
public record ArticleDetails(Article article, String original, List<Tag> tags, List<Annotation> annotations,
                             List<ArticleNote> notes, List<Article> alsoPublishedAs, String originMediaType,
                             PaperScan paper) {
}
