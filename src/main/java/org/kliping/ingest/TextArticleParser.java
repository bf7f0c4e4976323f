package org.kliping.ingest;

import org.kliping.domain.ArticleDraft;

/**
 * Plain-text clippings: the first line is the headline when it reads as one, otherwise the title is derived
 * from the lede (which stays in the body); datelines and boilerplate go by the {@link CleaningRules}.
 */
final class TextArticleParser {
    private final ArticleAssembler assembler;

    TextArticleParser(CleaningRules rules) {
        this.assembler = new ArticleAssembler(rules);
    }

    ArticleDraft parse(byte[] bytes, Where where) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text().isBlank()) throw new UnreadableArticleException("empty file");
        var original = new ArticleAssembler.Original(where, bytes, decoded.text(), decoded.warnings());
        return parseText(decoded.text(), KnownFields.none(), original);
    }

    ArticleDraft parseText(String text, KnownFields known, ArticleAssembler.Original original) {
        return assembler.assemble(ParagraphSplitter.split(text), known, true, original);
    }
}
