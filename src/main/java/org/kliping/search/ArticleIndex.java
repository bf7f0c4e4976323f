package org.kliping.search;

import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Temporary minimal index until the search branch lands (same API). */
public final class ArticleIndex implements AutoCloseable {
    public static final int SCHEMA_VERSION = 0;

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean needsRebuild;
    private final long applied;

    private ArticleIndex(IndexWriter writer, boolean needsRebuild, long applied) throws IOException {
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.needsRebuild = needsRebuild;
        this.applied = applied;
    }

    public static ArticleIndex open(Path dir, SearchSettings settings) {
        try {
            FSDirectory d = FSDirectory.open(dir);
            IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new IndonesianAnalyzer()));
            Map<String, String> data = new java.util.HashMap<>();
            w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            boolean rebuild = !String.valueOf(SCHEMA_VERSION).equals(data.get("schema"));
            long seq = rebuild ? 0 : Long.parseLong(data.getOrDefault("seq", "0"));
            return new ArticleIndex(w, rebuild, seq);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean needsRebuild() {
        return needsRebuild;
    }

    public long appliedSequence() {
        return applied;
    }

    public void upsert(IndexEntry e) {
        Document doc = new Document();
        doc.add(new StringField("id", Long.toString(e.article().id()), Field.Store.YES));
        doc.add(new LongPoint("idp", e.article().id()));
        doc.add(new StoredField("title", e.article().title()));
        doc.add(new TextField("text", e.article().title() + "\n" + e.article().body(), Field.Store.NO));
        try {
            writer.updateDocument(new Term("id", Long.toString(e.article().id())), doc);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public void delete(long id) {
        try {
            writer.deleteDocuments(new Term("id", Long.toString(id)));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public void commit(long seq) {
        try {
            writer.setLiveCommitData(Map.of("seq", Long.toString(seq), "schema", String.valueOf(SCHEMA_VERSION)).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public SearchResult search(SearchRequest r) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                Query q = r.query().isBlank() ? new MatchAllDocsQuery()
                        : new QueryParser("text", writer.getAnalyzer()).parse(QueryParser.escape(r.query()));
                TopDocs top = s.search(q, Math.max(1, r.offset() + r.limit()));
                List<SearchHit> hits = new ArrayList<>();
                for (int i = r.offset(); i < top.scoreDocs.length; i++) {
                    ScoreDoc sd = top.scoreDocs[i];
                    Document d = s.storedFields().document(sd.doc);
                    hits.add(new SearchHit(Long.parseLong(d.get("id")), null, d.get("title"), null, null, sd.score, ""));
                }
                return new SearchResult(s.count(q), hits, Map.of(), List.of());
            } finally {
                searchers.release(s);
            }
        } catch (Exception ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    public List<SearchHit> related(long id, int limit) {
        return List.of();
    }

    public long count() {
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            return r.numDocs();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public Set<Long> allIds() {
        return new HashSet<>();
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
