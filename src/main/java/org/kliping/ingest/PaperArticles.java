package org.kliping.ingest;

import org.kliping.domain.ArticleDraft;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.PaperScan;
import org.kliping.domain.PaperText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Articles from PDFs and page images: the paper reader gives paragraphs and the headline (the largest type
 * at the top); the title, dateline and boilerplate rules are those of plain text. The original file is kept
 * byte for byte and its word boxes are aligned with the displayed body.
 */
final class PaperArticles {
    static final String NOT_AVAILABLE = "PDF and image import is not available here";

    private final ArticleAssembler assembler;
    private final PaperReading paper;

    PaperArticles(ArticleAssembler assembler, PaperReading paper) {
        this.assembler = assembler;
        this.paper = paper;
    }

    void read(byte[] bytes, Where where, boolean splitPages, Consumer<ReadOutcome> sink) {
        if (paper == null) {
            sink.accept(new ReadOutcome.Rejected(where.location(), NOT_AVAILABLE));
            return;
        }
        List<PaperText> texts;
        try {
            texts = paper.read(bytes, where.originName(), splitPages);
        } catch (InvalidInputException e) {
            sink.accept(new ReadOutcome.Rejected(where.location(), e.getMessage()));
            return;
        }
        for (PaperText text : texts) {
            Where at = texts.size() == 1 ? where : page(where, text);
            try {
                sink.accept(article(bytes, text, at));
            } catch (UnreadableArticleException e) {
                sink.accept(new ReadOutcome.Rejected(at.location(), e.reason()));
            }
        }
    }

    private ReadOutcome.Parsed article(byte[] bytes, PaperText text, Where where) {
        List<String> paragraphs = new ArrayList<>(text.paragraphs());
        KnownFields known = text.headline() == null ? KnownFields.none()
                : new KnownFields(null, text.headline(), null, null, null, null, null, null);
        String printed = (text.headline() == null ? "" : text.headline() + "\n\n") + String.join("\n\n", paragraphs);
        var original = new ArticleAssembler.Original(where, bytes, printed, List.of());
        ArticleDraft draft = assembler.assemble(paragraphs, known, text.headline() == null, original);
        PaperScan scan = text.scan().withWords(WordAlignment.align(text.scan().words(), text.headline(), draft.body()));
        return new ReadOutcome.Parsed(where.location(), draft, scan);
    }

    private static Where page(Where where, PaperText text) {
        int page = text.scan().words().isEmpty() ? 0 : text.scan().words().get(0).page();
        return new Where(where.location() + " page " + (page + 1), where.originName() + " page " + (page + 1));
    }
}
