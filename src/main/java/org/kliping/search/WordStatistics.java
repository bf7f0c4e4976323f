package org.kliping.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A searcher whose statistics of title, body and notes are those of separate word and stem fields, although one
 * field holds both ({@link StemMarks}); measured: without them TyDi MRR@10 of stemmed matching alone fell by 0.012.
 * <ul>
 * <li>Collection statistics count the words only. BM25 normalises a text's length (counted in positions, so in
 * words) by the average length, which Lucene takes from the sum of all term frequencies: the marked stems, about a
 * third more terms at no new position, would make every text look a quarter shorter than average. The marked
 * terms' totals are summed once per segment (segments never change) and kept while the segment lives.</li>
 * <li>A marked stem #s counts the texts with s or #s: a stemmed match is the pair {s, #s}, and Lucene's synonym
 * and combined-field queries take the larger document frequency of the pair's terms, which would undercount the
 * texts holding any word with stem s (the document frequency of a stemmed field). An exact match never holds a
 * marked term, so its statistics are untouched. The union is counted from the two postings lists, once per segment
 * and stem.</li>
 * </ul>
 */
class WordStatistics extends IndexSearcher {
    /** Per segment core and field: {doc frequencies, total term frequencies} of the marked terms. */
    private static final Map<Object, Map<String, long[]>> MARKED = Collections.synchronizedMap(new WeakHashMap<>());
    /** Per segment core: texts holding a marked stem or its word, by field and marked term. */
    private static final Map<Object, Map<String, Long>> UNIONS = Collections.synchronizedMap(new WeakHashMap<>());
    /** Distinct stems a segment remembers before starting afresh (a few hundred kilobytes). */
    private static final int MAX_CACHED_UNIONS = 4096;
    private static final BytesRef MARK = new BytesRef(String.valueOf(StemMarks.MARK));

    WordStatistics(IndexReader reader) {
        super(reader);
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        CollectionStatistics all = super.collectionStatistics(field);
        if (all == null || !IndexFields.MARKED_TEXT_FIELDS.contains(field)) return all;
        long docFreqs = 0;
        long termFreqs = 0;
        for (LeafReaderContext leaf : getIndexReader().leaves()) {
            long[] marked = marked(leaf, field);
            docFreqs += marked[0];
            termFreqs += marked[1];
        }
        // every text with the field has at least one word, so the words' sums stay >= docCount
        long sumDocFreq = Math.max(all.docCount(), all.sumDocFreq() - docFreqs);
        long sumTotalTermFreq = Math.max(sumDocFreq, all.sumTotalTermFreq() - termFreqs);
        return new CollectionStatistics(field, all.maxDoc(), all.docCount(), sumTotalTermFreq, sumDocFreq);
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        if (!IndexFields.MARKED_TEXT_FIELDS.contains(term.field()) || !StemMarks.isMarked(term.bytes())) {
            return super.termStatistics(term, docFreq, totalTermFreq);
        }
        BytesRef word = new BytesRef(term.bytes().bytes, term.bytes().offset + 1, term.bytes().length - 1);
        long union = 0;
        for (LeafReaderContext leaf : getIndexReader().leaves()) union += unionDocFreq(leaf, term.field(), term.bytes(), word);
        return new TermStatistics(term.bytes(), Math.max(docFreq, union), Math.max(totalTermFreq, union));
    }

    /** Texts of one segment holding the marked stem or the word, counted once, cached per segment. */
    private static long unionDocFreq(LeafReaderContext leaf, String field, BytesRef marked, BytesRef word) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        Map<String, Long> cache = helper == null ? null : UNIONS.computeIfAbsent(helper.getKey(), k -> new ConcurrentHashMap<>());
        String key = field + '\u0000' + marked.utf8ToString();
        Long cached = cache == null ? null : cache.get(key);
        if (cached != null) return cached;
        long n = countUnion(leaf, field, marked, word);
        if (cache != null) {
            if (cache.size() >= MAX_CACHED_UNIONS) cache.clear();
            cache.put(key, n);
        }
        return n;
    }

    /** |A ∪ B| = |A| + |B| − |A ∩ B|, the intersection by walking the shorter list and skipping in the longer. */
    private static long countUnion(LeafReaderContext leaf, String field, BytesRef marked, BytesRef word) throws IOException {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) return 0;
        TermsEnum te = terms.iterator();
        if (!te.seekExact(marked)) return 0;
        int markedDocs = te.docFreq();
        PostingsEnum a = te.postings(null, PostingsEnum.NONE);
        if (!te.seekExact(word)) return markedDocs;
        int wordDocs = te.docFreq();
        PostingsEnum b = te.postings(null, PostingsEnum.NONE);
        PostingsEnum shorter = markedDocs <= wordDocs ? a : b;
        PostingsEnum longer = shorter == a ? b : a;
        long both = 0;
        int other = -1;
        for (int doc = shorter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = shorter.nextDoc()) {
            if (other < doc) other = longer.advance(doc);
            if (other == DocIdSetIterator.NO_MORE_DOCS) break;
            if (other == doc) both++;
        }
        return (long) markedDocs + wordDocs - both;
    }

    private static long[] marked(LeafReaderContext leaf, String field) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) return sum(leaf, field);
        Map<String, long[]> fields = MARKED.computeIfAbsent(helper.getKey(), k -> new ConcurrentHashMap<>());
        long[] cached = fields.get(field);
        if (cached == null) {
            cached = sum(leaf, field);
            fields.put(field, cached);
        }
        return cached;
    }

    /** Marked terms sort together (they all start with the mark), so one seek and a scan find them. */
    private static long[] sum(LeafReaderContext leaf, String field) throws IOException {
        long[] out = new long[2];
        Terms terms = leaf.reader().terms(field);
        if (terms == null) return out;
        TermsEnum te = terms.iterator();
        if (te.seekCeil(MARK) == TermsEnum.SeekStatus.END) return out;
        for (BytesRef t = te.term(); t != null && t.length > 0 && t.bytes[t.offset] == StemMarks.MARK; t = te.next()) {
            if (!StemMarks.isMarked(t)) continue;
            out[0] += te.docFreq();
            out[1] += te.totalTermFreq();
        }
        return out;
    }
}
