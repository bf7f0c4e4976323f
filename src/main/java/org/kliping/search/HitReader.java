package org.kliping.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.kliping.domain.SearchHit;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.kliping.search.IndexFields.*;

/**
 * Reads the stored fields of a page of hits, and their bodies from the store ({@link IndexedBodies}), and builds
 * their snippets (highlighting only that page).
 */
final class HitReader {
    static final int SNIPPET_PASSAGES = 2;
    /** Longest body text the highlighter looks at; beyond it a match is not shown (keeps snippets fast). */
    static final int MAX_HIGHLIGHT_CHARS = 50_000;
    private static final Set<String> LOADED_FIELDS = Set.of(ID, EXTERNAL_ID, TITLE, SOURCE, PUBLISHED_STORED);

    private final Analyzer indexAnalyzer;
    private final IndexedBodies bodies;

    HitReader(Analyzer indexAnalyzer, IndexedBodies bodies) {
        this.indexAnalyzer = indexAnalyzer;
        this.bodies = bodies;
    }

    List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        if (page.length == 0) return List.of();
        StoredFields stored = searcher.storedFields();
        Document[] docs = new Document[page.length];
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docs[i] = stored.document(page[i].doc, LOADED_FIELDS);
            docIds[i] = page[i].doc;
        }
        // the page's bodies in one read of the store; a body edited since it was indexed gets no snippet
        Map<Integer, String> full = bodies.of(searcher.getIndexReader(), docIds);
        Map<Integer, String> texts = new HashMap<>();
        full.forEach((doc, body) -> texts.put(doc, clip(body)));
        String[] snippets = snippets(searcher, indexAnalyzer, query, page, texts, new PositionOffsets(full, searcher.getIndexReader().leaves(), MAX_HIGHLIGHT_CHARS));
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(docs[i], scoreOf(page[i]), snippets[i] == null ? "" : snippets[i]));
        }
        return hits;
    }

    static SearchHit hit(Document d, float score, String snippet) {
        IndexableField published = d.getField(PUBLISHED_STORED);
        LocalDate date = published == null ? null : LocalDate.ofEpochDay(published.numericValue().longValue());
        return new SearchHit(d.getField(ID).numericValue().longValue(), d.get(EXTERNAL_ID), d.get(TITLE),
                d.get(SOURCE), date, score, snippet);
    }

    /**
     * The snippets of a page, from its bodies (clipped to {@link #MAX_HIGHLIGHT_CHARS}); the body's offsets come
     * from {@code offsets}, or from the postings when it is null (an index with offsets: the reference in tests).
     */
    static String[] snippets(IndexSearcher searcher, Analyzer indexAnalyzer, Query query, ScoreDoc[] page,
                             Map<Integer, String> bodies, PositionOffsets offsets) throws IOException {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new SnippetFormatter())
                .withScorer(new PassageRanking())
                .withMaxLength(MAX_HIGHLIGHT_CHARS)
                .withMaxNoHighlightPassages(1)
                // the default sentence iterator, walked forward once per text (same snippets, see ForwardBreaks)
                .withBreakIterator(() -> new ForwardBreaks(BreakIterator.getSentenceInstance(Locale.ROOT)))
                // term/phrase extraction instead of weight matches: the latter builds a Weight of the whole
                // query for every hit, which made the slowest searches many times slower
                // (a marked stem's offsets are its word's, so stemmed matches are marked like exact ones)
                .withWeightMatches(false);
        TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        return new PreloadedBodies(builder, bodies, offsets).highlight(BODY, query, pageDocs, SNIPPET_PASSAGES);
    }

    static String clip(String body) {
        if (body == null) return "";
        return body.length() <= MAX_HIGHLIGHT_CHARS ? body : body.substring(0, MAX_HIGHLIGHT_CHARS);
    }

    /**
     * A highlighter that takes the body texts already read with the hits instead of reading them again, and
     * reads the body's matches from its postings with offsets derived from their positions ({@link PositionOffsets}).
     */
    private static final class PreloadedBodies extends UnifiedHighlighter {
        private final Map<Integer, String> bodies;
        private final PositionOffsets offsets;

        PreloadedBodies(Builder builder, Map<Integer, String> bodies, PositionOffsets offsets) {
            super(builder);
            this.bodies = bodies;
            this.offsets = offsets;
        }

        @Override
        protected OffsetSource getOffsetSource(String field) {
            if (offsets == null) return super.getOffsetSource(field);
            // positions are indexed, offsets derived from them; a query part the highlighter must scan terms for
            // still gets ANALYSIS from getOptimizedOffsetSource, as with offsets in the postings (prefixes arrive
            // expanded to words by PrefixExpansion, so they use the derived offsets)
            return BODY.equals(field) ? OffsetSource.POSTINGS : super.getOffsetSource(field);
        }

        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
            if (offsets != null && source == OffsetSource.POSTINGS && BODY.equals(components.getField())) {
                return offsets.strategy(components);
            }
            return super.getOffsetStrategy(source, components);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                throws IOException {
            if (fields.length != 1 || !BODY.equals(fields[0])) {
                return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
            }
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                values.add(new CharSequence[] {bodies.getOrDefault(doc, "")});
            }
            return values;
        }
    }

    /** Date-sorted hits carry no score (NaN); report 0 rather than NaN. */
    private static float scoreOf(ScoreDoc sd) {
        return Float.isNaN(sd.score) ? 0f : sd.score;
    }
}
