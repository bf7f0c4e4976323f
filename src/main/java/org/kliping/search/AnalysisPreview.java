package org.kliping.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows what the index makes of a text: the terms of the stemmed body field and of the exact field. For
 * quality evaluation, diagnostics ("why does this not match?") and a CLI {@code analyze} command.
 */
public final class AnalysisPreview {
    private final Analyzer analyzer;

    public AnalysisPreview(SearchSettings settings) {
        this.analyzer = new TextAnalysis(settings.analysis(), settings.synonymsFile()).queryAnalyzer();
    }

    /** Terms of the stemmed body field, in order (stop words removed, abbreviations expanded). */
    public List<String> stemmedTerms(String text) {
        return terms(IndexFields.BODY, text);
    }

    /** Terms of the unstemmed body field. */
    public List<String> exactTerms(String text) {
        return terms(IndexFields.BODY_EXACT, text);
    }

    private List<String> terms(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse '" + text + "'", e);
        }
        return out;
    }
}
