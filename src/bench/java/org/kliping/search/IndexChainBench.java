package org.kliping.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.kliping.bench.SourceArticle;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CPU cost per token of the body field's index chain ({@link CachedIndexChainFilter} after StandardTokenizer)
 * on the real text of the bench subset, as this thread's CPU time: other work on the machine stretches wall
 * time but barely this. Measured: the tokenizer alone (the floor), the cached chain, the reference chain it
 * replays, and the cached chain feeding an in-memory {@link IndexWriter} (body only, positions, as
 * {@code ArticleDocuments} indexes it: decision 0015),
 * where Lucene's term hash and byte pools compete with the cache for the CPU caches as in a real rebuild.
 *
 * <p>Each round runs every measurement once over all article bodies, one after the other, so a burst of load
 * from elsewhere touches them alike; each analyzer has analysed the text once before (its cache is full).
 * Reported: the best and the median round.
 *
 * <pre>mvn -B -q -o -Pbench test-compile
 * mvn -B -q -o -Pbench dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.kliping.search.IndexChainBench [rounds, 15]</pre>
 */
public final class IndexChainBench {
    private static final Path DATA = Path.of("src/bench/data/indosum-subset.jsonl.gz");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private IndexChainBench() {
    }

    private interface Work {
        void run(List<String> bodies) throws IOException;
    }

    private record Measurement(String name, Work work, long[] cpuNanos) {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<String> bodies = SourceArticle.load(DATA).stream().map(a -> String.join("\n\n", a.paragraphs())).toList();
        Analyzer tokenizer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new StandardTokenizer());
            }
        };
        TextAnalysis analysis = new TextAnalysis(AnalysisVariant.KLIPING, null);

        Analyzer indexing = new TextAnalysis(AnalysisVariant.KLIPING, null).indexAnalyzer();
        List<Measurement> measurements = List.of(
                new Measurement("tokenizer alone", b -> consume(tokenizer, b), new long[rounds]),
                new Measurement("cached chain", b -> consume(analysis.indexAnalyzer(), b), new long[rounds]),
                new Measurement("reference chain", b -> consume(analysis.referenceIndexAnalyzer(), b), new long[rounds]),
                new Measurement("cached + IndexWriter", b -> index(indexing, b), new long[rounds]));
        long tokens = consume(analysis.indexAnalyzer(), bodies);
        consume(indexing, bodies);
        for (Measurement m : measurements) m.work.run(bodies); // warm-up
        for (int r = 0; r < rounds; r++) {
            for (Measurement m : measurements) {
                long start = THREADS.getCurrentThreadCpuTime();
                m.work.run(bodies);
                m.cpuNanos[r] = THREADS.getCurrentThreadCpuTime() - start;
            }
        }
        System.out.printf(Locale.ROOT, "%d article bodies, %d tokens out of the cached chain, %d rounds, thread CPU%n",
                bodies.size(), tokens, rounds);
        for (Measurement m : measurements) {
            long[] sorted = m.cpuNanos.clone();
            Arrays.sort(sorted);
            long best = sorted[0];
            long median = sorted[sorted.length / 2];
            System.out.printf(Locale.ROOT, "%-22s best %6.1f ms %6.1f ns/token %5.2f M tokens/s   median %6.1f ms %6.1f ns/token%n",
                    m.name, best / 1e6, (double) best / tokens, tokens / (best / 1e9) / 1e6, median / 1e6, (double) median / tokens);
        }
    }

    /** Streams every body through the analyzer's body chain; returns the tokens it made. */
    private static long consume(Analyzer analyzer, List<String> bodies) throws IOException {
        long tokens = 0;
        for (String body : bodies) {
            try (TokenStream ts = analyzer.tokenStream(IndexFields.BODY, body)) {
                ts.reset();
                while (ts.incrementToken()) tokens++;
                ts.end();
            }
        }
        return tokens;
    }

    /** Indexes every body (positions, as {@code ArticleDocuments} does: decision 0015) into a new in-memory index. */
    private static void index(Analyzer analyzer, List<String> bodies) throws IOException {
        FieldType type = TextField.TYPE_NOT_STORED;
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(false);
        try (IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(), config)) {
            Document doc = new Document();
            Field body = new Field(IndexFields.BODY, "", type);
            doc.add(body);
            for (String text : bodies) {
                body.setStringValue(text);
                writer.addDocument(doc);
            }
            writer.rollback();
        }
    }
}
