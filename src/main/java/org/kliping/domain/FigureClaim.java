package org.kliping.domain;

/**
 * One outlet's report of a figure, as a cell of a story's comparison table.
 *
 * @param outlet the article's source, or its origin name when the source is unknown
 */
public record FigureClaim(long articleId, String outlet, double value, String valueText, String qualifier,
                          String attributedTo, int sentenceStart, int sentenceEnd, String sentence) {
}
