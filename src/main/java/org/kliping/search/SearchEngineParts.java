package org.kliping.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The desktop index's own parts, for a search engine that holds the index instead (the team server's Solr plugin,
 * decision 0022): the document of an article as field name to values, the analyzer of its text fields, and one
 * search run over the engine's reader with the desktop's query translation, ranking, snippets and facets. With the
 * same documents the engine's index holds the same terms, norms and doc values as the desktop's, so a query ranks
 * the same.
 */
public final class SearchEngineParts {
    /** The engine's stored copy of the body (the desktop reads bodies from its store instead). */
    public static final String BODY_STORED = "body_stored";
    /** The field the engine replaces documents by: the article id as a string, as on the desktop. */
    public static final String ID_KEY = IndexFields.ID_KEY;

    private final SearchSettings settings;
    private final TextAnalysis analysis;
    private final ArticleDocuments documents = new ArticleDocuments(ArticleDocuments.newFacetsConfig());
    private final FacetsConfig facets = ArticleDocuments.newFacetsConfig();
    /** Facet ordinal state per reader: building it scans every facet value (the desktop builds it per refresh). */
    private final Map<Object, FacetAwareSearcher> searchers = new WeakHashMap<>();

    public SearchEngineParts(SearchSettings settings) {
        this.settings = settings;
        this.analysis = new TextAnalysis(settings.analysis(), settings.synonymsFile());
    }

    /** The analyzer the desktop's index writer uses; it picks the analysis by field name. */
    public Analyzer indexAnalyzer() {
        return analysis.indexAnalyzer();
    }

    /**
     * The article's desktop document as field name to values, in the order added: a text, a keyword (facet paths
     * in the form {@link FacetsConfig} indexes them) or a number. A name that several Lucene fields share (a number
     * kept as doc value and stored) gives its value once.
     */
    public Map<String, List<Object>> fields(IndexEntry entry) {
        Document doc = documents.toDocument(entry);
        Map<String, List<Object>> out = new LinkedHashMap<>();
        Map<String, Class<?>> kind = new HashMap<>();
        for (IndexableField f : doc.getFields()) {
            Class<?> first = kind.putIfAbsent(f.name(), f.getClass());
            if (first != null && first != f.getClass()) continue;
            Object value = f.numericValue() != null ? f.numericValue()
                    : f.stringValue() != null ? f.stringValue()
                    : f.binaryValue() != null ? f.binaryValue().utf8ToString() : null;
            if (value == null) continue;
            out.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    /**
     * One search over an engine's reader (one replica of the whole archive) as the desktop runs it; bodies for
     * snippets and feedback come from {@link #BODY_STORED}.
     */
    public SearchResult search(IndexReader reader, SearchRequest request) {
        try {
            FacetAwareSearcher searcher = searcherOf(reader);
            BodySource stored = ids -> storedBodies(searcher, ids);
            SearchExecution execution = new SearchExecution(analysis, settings,
                    new HitReader(analysis.indexAnalyzer(), IndexedBodies.from(stored)), IndexedBodies.from(stored));
            return execution.run(searcher, request);
        } catch (IOException e) {
            throw new UncheckedIOException("search for '" + request.query() + "'", e);
        }
    }

    private FacetAwareSearcher searcherOf(IndexReader reader) throws IOException {
        Object key = reader.getReaderCacheHelper() != null ? reader.getReaderCacheHelper().getKey() : reader;
        synchronized (searchers) {
            FacetAwareSearcher s = searchers.get(key);
            if (s == null) {
                s = (FacetAwareSearcher) FacetAwareSearcher.factory(facets).newSearcher(reader, null);
                searchers.put(key, s);
            }
            return s;
        }
    }

    private static Map<Long, String> storedBodies(IndexSearcher searcher, Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        try {
            StoredFields stored = searcher.getIndexReader().storedFields();
            for (Long id : ids) {
                TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID_KEY, Long.toString(id))), 1);
                for (ScoreDoc sd : top.scoreDocs) {
                    String body = stored.document(sd.doc, java.util.Set.of(BODY_STORED)).get(BODY_STORED);
                    if (body != null) out.put(id, body);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored bodies", e);
        }
        return out;
    }

    /** An analyzer an engine can build with no arguments: the desktop's index analysis with default settings. */
    public static final class DefaultIndexAnalyzer extends DelegatingAnalyzerWrapper {
        private static final Analyzer DELEGATE = new SearchEngineParts(SearchSettings.defaults()).indexAnalyzer();

        public DefaultIndexAnalyzer() {
            super(PER_FIELD_REUSE_STRATEGY);
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return DELEGATE;
        }
    }
}
