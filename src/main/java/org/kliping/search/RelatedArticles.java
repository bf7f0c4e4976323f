package org.kliping.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.kliping.domain.SearchHit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.kliping.search.IndexFields.*;

/**
 * "More like this": the article's most distinctive words as a query. Reports of the same event by another
 * outlet come first: a reader comparing coverage wants those more than a follow-up (or a duplicate) from the
 * same outlet. "Same event" = a score of at least {@link #SAME_EVENT_FRACTION} of the best candidate's; among
 * weaker candidates other outlets only get a score bonus.
 */
final class RelatedArticles {
    static final float OTHER_SOURCE_BOOST = 1.5f;
    static final float SAME_EVENT_FRACTION = 0.2f;
    static final int MAX_QUERY_TERMS = 30;
    private static final int SNIPPET_CHARS = 200;

    private final Analyzer indexAnalyzer;
    private final IndexedBodies bodies;

    RelatedArticles(Analyzer indexAnalyzer, IndexedBodies bodies) {
        this.indexAnalyzer = indexAnalyzer;
        this.bodies = bodies;
    }

    List<SearchHit> find(IndexSearcher searcher, long articleId, int limit) throws IOException {
        if (limit <= 0) return List.of();
        Term key = new Term(ID_KEY, Long.toString(articleId));
        TopDocs self = searcher.search(new TermQuery(key), 1);
        if (self.scoreDocs.length == 0) return List.of();
        int doc = self.scoreDocs[0].doc;
        Document own = searcher.storedFields().document(doc, Set.of(SOURCE, TITLE));
        String ownSource = own.get(SOURCE);
        // the terms of its title and body (the body from the store: the index keeps no copy of it)
        Map<String, Collection<Object>> text = new HashMap<>();
        text.put(TITLE, List.of(Objects.requireNonNullElse(own.get(TITLE), "")));
        text.put(BODY, List.of(bodies.of(searcher.getIndexReader(), new int[] {doc}).getOrDefault(doc, "")));
        Query like = moreLikeThis(searcher).like(text);
        Query query = new BooleanQuery.Builder().add(like, Occur.SHOULD).add(new TermQuery(key), Occur.MUST_NOT).build();
        TopDocs candidates = searcher.search(query, limit * 4);
        if (candidates.scoreDocs.length == 0) return List.of();
        float sameEvent = candidates.scoreDocs[0].score * SAME_EVENT_FRACTION;
        int[] docIds = new int[candidates.scoreDocs.length];
        for (int i = 0; i < docIds.length; i++) docIds[i] = candidates.scoreDocs[i].doc;
        Map<Integer, String> texts = bodies.of(searcher.getIndexReader(), docIds);
        List<Ranked> ranked = new ArrayList<>();
        for (ScoreDoc sd : candidates.scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc, Set.of(ID, EXTERNAL_ID, TITLE, SOURCE, PUBLISHED_STORED));
            boolean otherSource = ownSource == null || !Objects.equals(ownSource, d.get(SOURCE));
            float score = otherSource ? sd.score * OTHER_SOURCE_BOOST : sd.score;
            boolean firstTier = otherSource && sd.score >= sameEvent;
            ranked.add(new Ranked(firstTier, HitReader.hit(d, score, opening(texts.get(sd.doc)))));
        }
        ranked.sort(Comparator.comparing((Ranked r) -> !r.firstTier()).thenComparing(r -> -r.hit().score()));
        return ranked.stream().limit(limit).map(Ranked::hit).toList();
    }

    private record Ranked(boolean firstTier, SearchHit hit) {
    }

    private MoreLikeThis moreLikeThis(IndexSearcher searcher) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(indexAnalyzer);
        mlt.setFieldNames(new String[] {TITLE, BODY});
        // The defaults (minTermFreq 2, minDocFreq 5) give empty queries on a small archive.
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(3);
        mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
        return mlt;
    }

    private static String opening(String body) {
        if (body == null) return "";
        String text = body.length() <= SNIPPET_CHARS ? body : body.substring(0, SNIPPET_CHARS) + " …";
        return SnippetFormatter.escape(text);
    }
}
