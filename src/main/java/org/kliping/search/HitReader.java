package org.kliping.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.kliping.domain.SearchHit;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.kliping.search.IndexFields.*;

/** Reads the stored fields of a page of hits and builds their snippets (highlighting only that page). */
final class HitReader {
    static final int SNIPPET_PASSAGES = 2;
    /** Longest body text the highlighter looks at; beyond it a match is not shown (keeps snippets fast). */
    static final int MAX_HIGHLIGHT_CHARS = 50_000;
    private static final Set<String> HIT_FIELDS = Set.of(ID, EXTERNAL_ID, TITLE, SOURCE, PUBLISHED_STORED);

    private final Analyzer indexAnalyzer;

    HitReader(Analyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        if (page.length == 0) return List.of();
        String[] snippets = snippets(searcher, query, page);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc, HIT_FIELDS);
            hits.add(hit(d, scoreOf(page[i]), snippets[i] == null ? "" : snippets[i]));
        }
        return hits;
    }

    static SearchHit hit(Document d, float score, String snippet) {
        IndexableField published = d.getField(PUBLISHED_STORED);
        LocalDate date = published == null ? null : LocalDate.ofEpochDay(published.numericValue().longValue());
        return new SearchHit(d.getField(ID).numericValue().longValue(), d.get(EXTERNAL_ID), d.get(TITLE),
                d.get(SOURCE), date, score, snippet);
    }

    private String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxLength(MAX_HIGHLIGHT_CHARS)
                .withMaxNoHighlightPassages(1)
                // term/phrase extraction instead of weight matches: the latter builds a Weight of the whole
                // query for every hit (measured: p99 91 ms on 3k articles)
                .withWeightMatches(false)
                // terms of the unstemmed body (phrases, prefixes) are marked in the stored body text too
                .withMaskedFieldsFunc(field -> BODY.equals(field) ? Set.of(BODY_EXACT) : Set.of())
                .build();
        TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        return highlighter.highlight(BODY, query, pageDocs, SNIPPET_PASSAGES);
    }

    /** Date-sorted hits carry no score (NaN); report 0 rather than NaN. */
    private static float scoreOf(ScoreDoc sd) {
        return Float.isNaN(sd.score) ? 0f : sd.score;
    }
}
