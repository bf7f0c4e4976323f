package org.kliping.bench;

import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.kliping.domain.Article;
import org.kliping.domain.IndexEntry;
import org.kliping.search.ArticleIndex;
import org.kliping.search.SearchSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Indexing alone, from memory: the first {@code N} corpus articles are parsed before the clock starts, then
 * indexed and committed, without reading, cleaning or storing. {@code kliping1} and {@code kliping2} index
 * Kliping's documents through {@link ArticleIndex} (its writer, analysis and schema, as an import's indexing
 * threads do) on one or two threads; {@code lucene} indexes the bare Lucene contender's documents on one thread.
 * Each pass prints the indexing threads' CPU time (the commit included) and the wall time; the passes run in the
 * order given, in one JVM, so the first shows what a fresh JVM pays. Usage (a fresh JVM with the options of
 * {@code kliping import}, see docs/benchmarks.md):
 * {@code IndexingProbe CORPUS WORKDIR N MODES PASSES}, e.g. {@code corpus.jsonl /tmp/ip 50000 kliping2,kliping1,lucene 3}.
 */
public final class IndexingProbe {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private IndexingProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        List<String> modes = List.of(args[3].split(","));
        int passes = Integer.parseInt(args[4]);
        List<CorpusArticle> articles = load(corpus, n);
        System.out.printf("%,d articles in memory%n", articles.size());
        for (int pass = 1; pass <= passes; pass++) {
            for (String mode : modes) {
                Path dir = work.resolve(mode);
                Files2.deleteRecursively(dir);
                long wall = System.nanoTime();
                long cpu = switch (mode) {
                    case "kliping1" -> kliping(articles, dir, 1);
                    case "kliping2" -> kliping(articles, dir, 2);
                    case "lucene" -> lucene(articles, dir);
                    default -> throw new IllegalArgumentException("unknown mode " + mode + " (kliping1, kliping2, lucene)");
                };
                System.out.printf("pass %d %-8s indexing CPU %6.2f s  wall %6.2f s%n", pass, mode, cpu / 1e9,
                        (System.nanoTime() - wall) / 1e9);
            }
        }
    }

    private static List<CorpusArticle> load(Path corpus, int n) {
        List<CorpusArticle> articles = new ArrayList<>(n);
        try {
            CorpusArticle.readAll(corpus, a -> {
                if (articles.size() < n) articles.add(a);
            });
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read " + corpus + ": " + e.getMessage(), e);
        }
        return articles;
    }

    /** CPU nanoseconds of the indexing threads and of the commit. */
    private static long kliping(List<CorpusArticle> articles, Path dir, int threads) throws InterruptedException {
        AtomicLong cpu = new AtomicLong();
        try (ArticleIndex index = ArticleIndex.open(dir, SearchSettings.defaults())) {
            Instant now = Instant.now();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                Thread worker = new Thread(() -> {
                    long start = THREADS.getCurrentThreadCpuTime();
                    for (int i = first; i < articles.size(); i += threads) index.add(entry(articles.get(i), i + 1L, now));
                    cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
                }, "indexing-probe-" + t);
                workers.add(worker);
                worker.start();
            }
            for (Thread w : workers) w.join();
            long start = THREADS.getCurrentThreadCpuTime();
            index.commit(articles.size());
            cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
        }
        return cpu.get();
    }

    private static IndexEntry entry(CorpusArticle a, long id, Instant now) {
        Article article = new Article(id, a.id(), a.title(), false, "", a.body(), a.source(), null,
                LocalDate.parse(a.date()), a.date(), null, "id", null, now, "", false, false);
        return new IndexEntry(article, List.of(), List.of(), List.of());
    }

    private static long lucene(List<CorpusArticle> articles, Path dir) {
        long start = THREADS.getCurrentThreadCpuTime();
        try (Directory d = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(new IndonesianAnalyzer()))) {
            for (CorpusArticle a : articles) writer.addDocument(NaiveLucene.toDocument(a));
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("bare Lucene indexing into " + dir + " failed", e);
        }
        return THREADS.getCurrentThreadCpuTime() - start;
    }
}
