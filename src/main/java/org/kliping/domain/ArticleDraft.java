package org.kliping.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article as a reader of a file format produced it, cleaned but not yet stored.
 *
 * @param externalId    an id the source gave the article (a JSONL {@code id}), or null
 * @param title         the displayed title, never blank
 * @param titleDerived  true when the title was derived from the lede rather than read as a headline
 * @param lede          the opening paragraph of the body (a copy of {@code paragraphs.get(0)}), may be empty
 * @param paragraphs    the cleaned body, one entry per paragraph, boilerplate and dateline removed
 * @param source        the outlet, or null
 * @param place         the dateline place, or null
 * @param published     the publication date when resolved, or null
 * @param publishedText the date as written when it could not be resolved (or as found), or null
 * @param url           the canonical URL, or null
 * @param language      ISO 639-1 code, "id" unless known otherwise
 * @param originName    the file name (or file:line, zip!entry) the article came from
 * @param original      the original bytes as imported, kept byte for byte
 * @param originalText  the original decoded as text
 * @param warnings      doubts met while reading (encoding guessed, date not resolved), never null
 */
public record ArticleDraft(
        String externalId,
        String title,
        boolean titleDerived,
        String lede,
        List<String> paragraphs,
        String source,
        String place,
        LocalDate published,
        String publishedText,
        String url,
        String language,
        String originName,
        byte[] original,
        String originalText,
        List<String> warnings) {

    public ArticleDraft {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) throw new IllegalArgumentException("blank title");
        paragraphs = List.copyOf(paragraphs);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        lede = lede == null ? "" : lede;
        language = language == null ? "id" : language;
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(originalText, "originalText");
    }

    /** The displayed body: paragraphs separated by a blank line. Highlight offsets count in this text. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    /** The same draft with another URL. */
    public ArticleDraft withUrl(String newUrl) {
        return new ArticleDraft(externalId, title, titleDerived, lede, paragraphs, source, place, published, publishedText,
                newUrl, language, originName, original, originalText, warnings);
    }

    /**
     * The same draft with another body (an article joined from several pages), original and warnings; the lede is the
     * new first paragraph.
     */
    public ArticleDraft withBody(List<String> newParagraphs, byte[] newOriginal, String newOriginalText, List<String> newWarnings) {
        return new ArticleDraft(externalId, title, titleDerived, newParagraphs.isEmpty() ? "" : newParagraphs.get(0),
                newParagraphs, source, place, published, publishedText, url, language, originName, newOriginal,
                newOriginalText, newWarnings);
    }
}
