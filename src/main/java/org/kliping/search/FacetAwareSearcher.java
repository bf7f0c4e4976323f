package org.kliping.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

import java.io.IOException;
import java.util.Optional;

/**
 * A searcher that carries the facet ordinal state of its reader, built once per refresh: building it scans
 * every facet value, far too slow to do per search. Its statistics count words, not marked stems.
 */
final class FacetAwareSearcher extends WordStatistics {
    private final SortedSetDocValuesReaderState facetState;

    private FacetAwareSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
        super(reader);
        this.facetState = facetState;
    }

    /** Empty when no article has a facet value yet. */
    Optional<SortedSetDocValuesReaderState> facetState() {
        return Optional.ofNullable(facetState);
    }

    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new FacetAwareSearcher(reader, stateOf(reader, config));
            }
        };
    }

    private static SortedSetDocValuesReaderState stateOf(IndexReader reader, FacetsConfig config) throws IOException {
        String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
        FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field);
        if (info == null) return null;
        return new DefaultSortedSetDocValuesReaderState(reader, field, config);
    }
}
