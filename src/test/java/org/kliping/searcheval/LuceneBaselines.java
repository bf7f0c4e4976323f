package org.kliping.searcheval;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain Lucene systems over the IndoSum articles, independent of Kliping's analysis and query language: the
 * reference a news topic is compared with ("bare OR") and the other pooled systems. Each article is one
 * document: {@code text} (title and body together), {@code title} and {@code body}, for one analyzer.
 */
final class LuceneBaselines implements AutoCloseable {
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String BODY = "body";

    /** A ranking system: the external ids of its top {@code n} articles for a query. */
    interface NewsSystem {
        String name();

        List<String> top(String query, int n);
    }

    private final Analyzer analyzer;
    private final Directory dir = new ByteBuffersDirectory();
    private final DirectoryReader reader;

    LuceneBaselines(Analyzer analyzer, List<NewsCollection.NewsArticle> articles) throws IOException {
        this.analyzer = analyzer;
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (NewsCollection.NewsArticle a : articles) {
                Document d = new Document();
                d.add(new StringField("id", a.id(), Field.Store.YES));
                d.add(new TextField(TEXT, a.title() + "\n\n" + a.body(), Field.Store.NO));
                d.add(new TextField(TITLE, a.title(), Field.Store.NO));
                d.add(new TextField(BODY, a.body(), Field.Store.NO));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(dir);
    }

    static LuceneBaselines indonesian(List<NewsCollection.NewsArticle> articles) throws IOException {
        return new LuceneBaselines(new IndonesianAnalyzer(), articles);
    }

    static LuceneBaselines standard(List<NewsCollection.NewsArticle> articles) throws IOException {
        return new LuceneBaselines(new StandardAnalyzer(), articles);
    }

    /** Lucene's classic query parser over title+body, words joined by OR (or AND), BM25 defaults. */
    NewsSystem parsed(String name, QueryParser.Operator operator) {
        return system(name, new BM25Similarity(), q -> {
            QueryParser p = new QueryParser(TEXT, analyzer);
            p.setDefaultOperator(operator);
            try {
                return p.parse(q);
            } catch (ParseException e) {
                try {
                    return p.parse(QueryParser.escape(q));
                } catch (ParseException again) {
                    throw new IllegalArgumentException("cannot parse '" + q + "'", again);
                }
            }
        });
    }

    /** Any word, title and body as separate fields with the title weighted, BM25 with the given k1 and b. */
    NewsSystem titleWeighted(String name, float titleWeight, float k1, float b) {
        return system(name, new BM25Similarity(k1, b), q -> {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String t : terms(q)) {
                all.add(new TermQuery(new Term(BODY, t)), Occur.SHOULD);
                all.add(new BoostQuery(new TermQuery(new Term(TITLE, t)), titleWeight), Occur.SHOULD);
            }
            return all.build();
        });
    }

    /**
     * Any word, plus the whole query as an exact phrase (weight 2) and each neighbouring pair within 8 positions
     * (weight 1): a sequential-dependence ranking that favours the words standing together.
     */
    NewsSystem proximity(String name) {
        return system(name, new BM25Similarity(), q -> {
            List<String> terms = terms(q);
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String t : terms) all.add(new TermQuery(new Term(TEXT, t)), Occur.SHOULD);
            if (terms.size() > 1) {
                all.add(new BoostQuery(new PhraseQuery(0, TEXT, terms.toArray(String[]::new)), 2f), Occur.SHOULD);
                for (int i = 0; i + 1 < terms.size(); i++) {
                    all.add(new PhraseQuery(8, TEXT, terms.get(i), terms.get(i + 1)), Occur.SHOULD);
                }
            }
            return all.build();
        });
    }

    private interface QueryMaker {
        Query make(String q);
    }

    private NewsSystem system(String name, BM25Similarity similarity, QueryMaker maker) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
        return new NewsSystem() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> top(String query, int n) {
                try {
                    List<String> out = new ArrayList<>();
                    for (ScoreDoc sd : searcher.search(maker.make(query), n).scoreDocs) {
                        out.add(searcher.storedFields().document(sd.doc).get("id"));
                    }
                    return out;
                } catch (IOException e) {
                    throw new UncheckedIOException("search '" + query + "'", e);
                }
            }
        };
    }

    /** The analyzed terms of a query, in order, without duplicates; quotes and operators are plain text here. */
    List<String> terms(String q) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, q)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (!out.contains(term.toString())) out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
        analyzer.close();
    }
}
