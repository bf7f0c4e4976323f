package org.kliping.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows what search makes of a text: its stems, its words as written, and the terms the body field indexes. For
 * quality evaluation, diagnostics ("why does this not match?") and a CLI {@code analyze} command.
 */
public final class AnalysisPreview {
    private final TextAnalysis analysis;

    public AnalysisPreview(SearchSettings settings) {
        this.analysis = new TextAnalysis(settings.analysis(), settings.synonymsFile());
    }

    /** The stems a query word matches, in order (stop words removed, abbreviations expanded). */
    public List<String> stemmedTerms(String text) {
        return terms(analysis.stemQueryAnalyzer(), text).stream().filter(t -> !StemMarks.isMarked(t)).toList();
    }

    /** The words as written (lowercased, folded), as a query matches them exactly. */
    public List<String> exactTerms(String text) {
        return terms(analysis.queryAnalyzer(), text);
    }

    /** The body field's terms for the text as indexed: each word, then its differing stems marked with '#'. */
    public List<String> indexedTerms(String text) {
        return terms(analysis.indexAnalyzer(), text);
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.BODY, text)) {
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
