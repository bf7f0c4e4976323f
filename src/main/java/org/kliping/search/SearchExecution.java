package org.kliping.search;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;
import org.kliping.domain.SortOrder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One search: parse leniently, translate, collect the page + exact total + facets, then snippets for the page only. */
final class SearchExecution {
    /** Facet values returned per dimension; a sidebar shows no more. */
    static final int MAX_FACET_VALUES = 100;

    private final TextAnalysis analysis;
    private final SearchSettings settings;
    private final HitReader hitReader;
    private final IndexedBodies bodies;

    SearchExecution(TextAnalysis analysis, SearchSettings settings, HitReader hitReader, IndexedBodies bodies) {
        this.analysis = analysis;
        this.settings = settings;
        this.hitReader = hitReader;
        this.bodies = bodies;
    }

    SearchResult run(FacetAwareSearcher shared, SearchRequest request) throws IOException {
        List<String> notices = new ArrayList<>();
        String text = request.query();
        if (text.length() > settings.maxQueryChars()) {
            text = text.substring(0, settings.maxQueryChars());
            notices.add("The query was longer than " + settings.maxQueryChars() + " characters and was cut there.");
        }
        QueryNode parsed = new LenientQueryParser(settings.maxNesting(), notices).parse(text);
        QueryTranslator translator = new QueryTranslator(analysis, settings, shared.getIndexReader(), bodies, notices);
        Query query = translator.translate(parsed);
        Optional<Query> everyWord = translator.everyWordCount(query);
        java.util.OptionalLong everyWordResults = translator.everyWordResults();
        // A fresh searcher per search: the timeout is per search, and the shared one is used concurrently.
        IndexSearcher searcher = new WordStatistics(shared.getIndexReader());
        searcher.setTimeout(new QueryTimeoutImpl(settings.timeout().toMillis()));
        searcher.setSimilarity(new RankingSimilarity(settings));
        Object[] collected;
        try {
            // rewritten once here: the highlighter would otherwise rewrite it again for every hit
            query = searcher.rewrite(query);
            collected = searcher.search(query, collectors(request));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException(request.query(), "too many terms after expansion", e);
        }
        if (searcher.timedOut()) {
            notices.add("The search took longer than " + settings.timeout().toMillis()
                    + " ms and was stopped; results and counts may be incomplete.");
        }
        TopDocs top = (TopDocs) collected[0];
        ScoreDoc[] page = pageOf(top, request);
        List<SearchHit> hits = hitReader.hits(searcher, query, page);
        Map<String, Map<String, Long>> facets = facets(shared, (FacetsCollector) collected[1]);
        long total = totalOf(top.totalHits);
        long allWords = everyWordResults.isPresent() ? Math.min(total, everyWordResults.getAsLong())
                : allWords(searcher, everyWord, total);
        return new SearchResult(total, hits, facets, notices, allWords);
    }

    /**
     * How many results hold every typed word: counted only when some results may lack one (the list is ranked
     * softly); when the results are the articles with every word, the count is the total.
     */
    private static long allWords(IndexSearcher searcher, Optional<Query> everyWord, long total) throws IOException {
        if (everyWord.isEmpty() || total == 0) return total;
        return Math.min(total, searcher.count(everyWord.get()));
    }

    private MultiCollectorManager collectors(SearchRequest request) {
        int n = Math.max(1, request.offset() + request.limit());
        if (request.sort() == SortOrder.DATE || request.sort() == SortOrder.OLDEST_FIRST) {
            boolean newestFirst = request.sort() == SortOrder.DATE;
            SortField date = new SortField(IndexFields.PUBLISHED_DV, SortField.Type.LONG, newestFirst);
            date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE); // undated last either way
            Sort sort = new Sort(date, SortField.FIELD_SCORE);
            return new MultiCollectorManager(new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE),
                    new FacetsCollectorManager());
        }
        return new MultiCollectorManager(new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE),
                new FacetsCollectorManager());
    }

    private static ScoreDoc[] pageOf(TopDocs top, SearchRequest request) {
        ScoreDoc[] all = top.scoreDocs;
        if (request.offset() >= all.length || request.limit() == 0) return new ScoreDoc[0];
        return Arrays.copyOfRange(all, request.offset(), Math.min(all.length, request.offset() + request.limit()));
    }

    private static long totalOf(TotalHits totalHits) {
        return totalHits.value;
    }

    private static Map<String, Map<String, Long>> facets(FacetAwareSearcher searcher, FacetsCollector fc) throws IOException {
        Map<String, Map<String, Long>> out = new HashMap<>();
        for (String dim : IndexFields.FACET_DIMS) out.put(dim, Map.of());
        if (searcher.facetState().isEmpty()) return out;
        SortedSetDocValuesReaderState state = searcher.facetState().get();
        Facets counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : IndexFields.FACET_DIMS) {
            if (state.getOrdRange(dim) == null) continue;
            FacetResult result = counts.getTopChildren(MAX_FACET_VALUES, dim);
            if (result == null) continue;
            Map<String, Long> values = new LinkedHashMap<>();
            for (LabelAndValue lv : result.labelValues) values.put(lv.label, lv.value.longValue());
            out.put(dim, Collections.unmodifiableMap(values));
        }
        return out;
    }
}
