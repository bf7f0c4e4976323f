package org.kliping.domain;

import java.util.List;

/**
 * An article with everything attached to it, as exported and re-imported losslessly: the stored
 * article (ids included), its original bytes as imported, tags, highlights and notes, and for an article read
 * from paper its word boxes and OCR details ({@code paper}, else null).
 */
public record ArticleBundle(Article article, byte[] original, List<Tag> tags, List<Annotation> annotations,
                            List<ArticleNote> notes, PaperScan paper) {
    public ArticleBundle {
        tags = List.copyOf(tags);
        annotations = List.copyOf(annotations);
        notes = List.copyOf(notes);
    }

    public ArticleBundle(Article article, byte[] original, List<Tag> tags, List<Annotation> annotations,
                         List<ArticleNote> notes) {
        this(article, original, tags, annotations, notes, null);
    }
}
