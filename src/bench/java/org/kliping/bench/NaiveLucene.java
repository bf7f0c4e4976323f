package org.kliping.bench;

import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The naive ceiling: a bare {@link IndexWriter} with {@link IndonesianAnalyzer} and default settings, one
 * thread, indexing the same texts (title and body stored, so snippets would be possible, as in Kliping).
 * Timed from the first line read to the commit returning, like Kliping's import.
 */
final class NaiveLucene {

    private NaiveLucene() {
    }

    static Timing importCorpus(Path jsonl, Path indexDir) {
        Files2.deleteRecursively(indexDir);
        try (Directory dir = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new IndonesianAnalyzer()))) {
            Timing.Start start = Timing.start();
            int n = CorpusArticle.readAll(jsonl, a -> writer.addDocument(toDocument(a)));
            writer.commit();
            return start.stop(n);
        } catch (IOException e) {
            throw new UncheckedIOException("bare Lucene import into " + indexDir + " failed", e);
        }
    }

    static Document toDocument(CorpusArticle a) {
        Document doc = new Document();
        doc.add(new StringField("id", a.id(), Field.Store.YES));
        doc.add(new StringField("source", a.source(), Field.Store.YES));
        doc.add(new StringField("date", a.date(), Field.Store.YES));
        doc.add(new TextField("title", a.title(), Field.Store.YES));
        doc.add(new TextField("body", a.body(), Field.Store.YES));
        return doc;
    }
}
