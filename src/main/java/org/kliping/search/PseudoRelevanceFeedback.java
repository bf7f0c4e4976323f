package org.kliping.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pseudo-relevance feedback in the manner of RM3 (Lavrenko and Croft's relevance model, interpolated with the
 * original query): the top few articles of a first search are taken as relevant; the words they share, weighted
 * by how much of each article they make up and by how well the article matched, are added to the query as
 * optional clauses on the body, each as indexed for one word ({@link TextAnalysis#rootsAnalyzer()}: a marked stem,
 * searched with its unmarked twin, or a word that is its own stem). A question rarely uses the answer's words ({@code penemu} vs
 * {@code menciptakan}); the passages that match its subject often do. The expansion never adds matches (only
 * optional clauses beside a required part), it only reorders them.
 * <p>
 * The body is not stored with term vectors, so the top articles are re-analysed (only their first
 * {@link #MAX_CHARS_PER_DOC} characters: enough to learn their vocabulary, bounded cost).
 */
final class PseudoRelevanceFeedback {
    /** Characters of each feedback article read; longer articles add cost, not much vocabulary. */
    static final int MAX_CHARS_PER_DOC = 3_000;
    /** Terms in more than this share of the articles say nothing about the topic. */
    static final double MAX_DOC_SHARE = 0.1;

    private final IndexReader reader;
    private final IndexedBodies bodies;
    private final Analyzer analyzer;
    private final SearchSettings settings;

    PseudoRelevanceFeedback(IndexReader reader, IndexedBodies bodies, Analyzer analyzer, SearchSettings settings) {
        this.reader = reader;
        this.bodies = bodies;
        this.analyzer = analyzer;
        this.settings = settings;
    }

    /** The query with the feedback terms added as optional clauses, or the query itself when nothing is learnt. */
    Query expand(Query original) {
        try {
            IndexSearcher searcher = new WordStatistics(reader);
            searcher.setSimilarity(new RankingSimilarity(settings));
            TopDocs top = searcher.search(original, settings.feedbackDocs());
            if (top.scoreDocs.length < 2) return original;
            Map<String, Double> weights = termWeights(top.scoreDocs);
            Set<Term> asked = new HashSet<>();
            original.visit(QueryVisitor.termCollector(asked));
            return withTerms(original, strongest(weights, asked));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feedback articles", e);
        }
    }

    /** P(t|R) = sum over feedback articles of P(t|d) P(d|q), P(d|q) taken proportional to the first-pass score. */
    private Map<String, Double> termWeights(ScoreDoc[] docs) throws IOException {
        double total = 0;
        for (ScoreDoc sd : docs) total += sd.score;
        int[] docIds = new int[docs.length];
        for (int i = 0; i < docs.length; i++) docIds[i] = docs[i].doc;
        Map<Integer, String> texts = bodies.of(reader, docIds);
        Map<String, Double> weights = new HashMap<>();
        for (ScoreDoc sd : docs) {
            String body = texts.get(sd.doc);
            if (body == null || body.isEmpty()) continue;
            Map<String, Integer> tf = termFrequencies(body.substring(0, Math.min(body.length(), MAX_CHARS_PER_DOC)));
            int length = tf.values().stream().mapToInt(Integer::intValue).sum();
            double docWeight = sd.score / total;
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                weights.merge(e.getKey(), docWeight * e.getValue() / length, Double::sum);
            }
        }
        return weights;
    }

    private Map<String, Integer> termFrequencies(String text) throws IOException {
        Map<String, Integer> tf = new HashMap<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 1) tf.merge(term.toString(), 1, Integer::sum);
            }
            ts.end();
        }
        return tf;
    }

    /** The heaviest terms that are neither in the query nor in a large share of all articles. */
    private List<Map.Entry<String, Double>> strongest(Map<String, Double> weights, Set<Term> asked) throws IOException {
        Set<String> askedTexts = new HashSet<>();
        for (Term t : asked) askedTexts.add(t.text());
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(weights.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        List<Map.Entry<String, Double>> out = new ArrayList<>();
        long maxDf = Math.max(2, (long) (reader.numDocs() * MAX_DOC_SHARE));
        for (Map.Entry<String, Double> e : ranked) {
            if (out.size() >= settings.feedbackTerms()) break;
            if (askedTexts.contains(e.getKey())) continue;
            int df = reader.docFreq(new Term(IndexFields.BODY, e.getKey()));
            if (df < 2 || df > maxDf) continue;
            out.add(e);
        }
        return out;
    }

    /** A marked stem #s also matches the word s (see {@link StemTwinFilter}). */
    private static Query termQuery(String term) {
        if (!StemMarks.isMarked(term)) return new TermQuery(new Term(IndexFields.BODY, term));
        return new SynonymQuery.Builder(IndexFields.BODY)
                .addTerm(new Term(IndexFields.BODY, term.substring(1)))
                .addTerm(new Term(IndexFields.BODY, term))
                .build();
    }

    private Query withTerms(Query original, List<Map.Entry<String, Double>> terms) {
        if (terms.isEmpty()) return original;
        double max = terms.get(0).getValue();
        BooleanQuery.Builder expansion = new BooleanQuery.Builder();
        for (Map.Entry<String, Double> e : terms) {
            float boost = (float) (e.getValue() / max);
            expansion.add(new BoostQuery(termQuery(e.getKey()), boost), Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(original, Occur.MUST)
                .add(new BoostQuery(expansion.build(), settings.feedbackWeight()), Occur.SHOULD)
                .build();
    }
}
