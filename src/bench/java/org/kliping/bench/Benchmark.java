package org.kliping.bench;

import org.kliping.app.ChildJvmLauncher;
import org.kliping.domain.ProgressListener;
import org.kliping.service.Archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The performance benchmark (issue 7): builds a corpus of recombined real Indonesian news, then measures in
 * one run, side by side, Kliping against a bare Lucene {@code IndexWriter} (the naive ceiling) and SQLite
 * FTS5 (the peer): import, index rebuild, search latency, start-up and heap. Writes a Markdown table to
 * {@code <work>/results-<articles>.md}. Run: see {@code docs/benchmarks.md}.
 */
public final class Benchmark {

    private final BenchOptions options;
    private final Results results = new Results();

    private Benchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        BenchOptions options = BenchOptions.parse(args);
        new Benchmark(options).run();
    }

    private void run() {
        List<SourceArticle> originals = SourceArticle.load(options.data());
        Path corpus = corpus(originals);
        QueryMix mix = new QueryMix(originals);
        List<QueryMix.Query> warmup = mix.draw(options.warmup(), options.seed() + 1);
        List<QueryMix.Query> measured = mix.draw(options.queries(), options.seed() + 2);
        Path queriesFile = work("queries-" + options.articles() + ".tsv");
        QueryFile.write(queriesFile, measured);
        for (QueryMix.Query q : measured) results.examples.putIfAbsent(q.type(), q);

        Path archive = work("kliping-" + options.articles());
        Path fts5 = work("fts5-" + options.articles() + ".db");
        imports(corpus, archive, fts5);
        probes(archive, queriesFile);
        if (options.runs("search")) step("search mix", () -> {
            searchMix(archive, fts5, warmup, measured);
            return null;
        });
        String report = new Report(results, options).markdown();
        System.out.println(report);
        write(work("results-" + options.articles() + ".md"), report);
    }

    private void imports(Path corpus, Path archive, Path fts5) {
        Path lucene = work("lucene-" + options.articles());
        // rounds interleave the contenders, so a slower spell of a shared machine touches them alike
        for (int round = 1; round <= options.rounds(); round++) {
            String of = options.rounds() == 1 ? "" : " (round " + round + " of " + options.rounds() + ")";
            if (options.runs("lucene")) {
                results.luceneRounds.add(step("bare Lucene import (fresh JVM)" + of, () -> luceneImport(corpus, lucene)));
                results.luceneWarmRounds.add(step("bare Lucene import (benchmark's JVM)" + of, () -> NaiveLucene.importCorpus(corpus, lucene)));
            }
            if (options.runs("fts5")) results.fts5Rounds.add(step("FTS5 import" + of, () -> Fts5Archive.importCorpus(corpus, fts5)));
            if (options.runs("kliping")) results.klipingRounds.add(step("Kliping import (child JVM " + ChildJvm.HEAP + ")" + of,
                    () -> klipingImport(corpus, archive)));
        }
        results.lucene = median(results.luceneRounds, Timing::seconds);
        results.luceneWarm = median(results.luceneWarmRounds, Timing::seconds);
        results.fts5 = median(results.fts5Rounds, Timing::seconds);
        results.kliping = median(results.klipingRounds, Timing::seconds);
        recordDiskSizes(archive, fts5);
    }

    /**
     * Kliping's import runs in a fresh JVM with the options {@code java -jar kliping.jar import} gives its child
     * JVM: every command-line import starts cold, and the compiler's work is part of what the user waits for.
     */
    private Timing klipingImport(Path corpus, Path archive) {
        return importTiming(ChildJvm.run(work("probe-import.log"), childOptions("import"), "import", corpus.toString(), archive.toString()));
    }

    /**
     * The ceiling runs as a program of its own would: a fresh JVM with default options (no heap limit, no tuning),
     * cold as Kliping's import. In the benchmark's JVM its later rounds ran warm, compiled by its earlier ones,
     * which no one-off import is; that measurement is kept beside it.
     */
    private Timing luceneImport(Path corpus, Path index) {
        return importTiming(ChildJvm.runWith(work("probe-lucene.log"), List.of(), "lucene", corpus.toString(), index.toString()));
    }

    /** An import's timing as a child's {@code Probe} printed it. */
    private static Timing importTiming(ChildJvm.Result r) {
        long writtenMb = (long) r.number("writtenMb");
        Timing t = new Timing((long) r.number("imported"), (long) (r.number("importMs") * 1e6), (long) (r.number("importCpuMs") * 1e6),
                writtenMb < 0 ? -1 : writtenMb << 20);
        t.print();
        return t;
    }

    /** Rebuild, start-up and heap run in fresh child JVMs with the heap limit a laptop would give. */
    private void probes(Path archive, Path queriesFile) {
        String heap = " (child JVM " + ChildJvm.HEAP + ")";
        if (options.runs("rebuild")) {
            for (int round = 1; round <= options.rounds(); round++) {
                String of = options.rounds() == 1 ? "" : " (round " + round + " of " + options.rounds() + ")";
                results.rebuildRounds.add(step("Kliping rebuild" + heap + of, () -> ChildJvm.run(work("probe-rebuild.log"),
                        childOptions("rebuild"), "rebuild", archive.toString())));
            }
            results.rebuild = median(results.rebuildRounds, r -> r.number("rebuildMs"));
        }
        if (options.runs("startup")) {
            results.startup = step("Kliping start-up and heap" + heap, () -> ChildJvm.run(work("probe-startup.log"),
                    childOptions("startup"), "startup", archive.toString(), queriesFile.toString()));
        }
    }

    /** The median of the rounds by {@code key} (the lower middle one of an even count); null when there were none. */
    static <T> T median(List<T> rounds, java.util.function.ToDoubleFunction<T> key) {
        if (rounds.isEmpty()) return null;
        List<T> sorted = new java.util.ArrayList<>(rounds);
        sorted.sort(java.util.Comparator.comparingDouble(key));
        return sorted.get((sorted.size() - 1) / 2);
    }

    private Path corpus(List<SourceArticle> originals) {
        Path file = work("corpus-" + options.articles() + "-seed" + options.seed() + ".jsonl");
        if (!Files.exists(file)) {
            step("corpus generation", () -> {
                new CorpusGenerator(originals).write(file, options.articles(), options.seed());
                return null;
            });
        }
        results.articles = options.articles();
        results.corpusBytes = Files2.size(file);
        return file;
    }

    private void searchMix(Path archiveDir, Path fts5File, List<QueryMix.Query> warmup, List<QueryMix.Query> measured) {
        try (Archive archive = Archive.open(archiveDir, ProgressListener.NONE); Fts5Archive fts5 = Fts5Archive.open(fts5File)) {
            for (QueryMix.Query q : warmup) {
                KlipingContender.search(archive, q.kliping());
                fts5.search(q.fts5());
            }
            results.klipingSearch = new Latencies();
            results.fts5Search = new Latencies();
            boolean klipingFirst = true;
            for (QueryMix.Query q : measured) {
                // alternate who goes first, so load from other processes and cache effects hit both alike
                if (klipingFirst) {
                    timeKliping(archive, q);
                    timeFts5(fts5, q);
                } else {
                    timeFts5(fts5, q);
                    timeKliping(archive, q);
                }
                klipingFirst = !klipingFirst;
            }
        }
    }

    private void timeKliping(Archive archive, QueryMix.Query q) {
        long start = System.nanoTime();
        long total = KlipingContender.search(archive, q.kliping());
        results.klipingSearch.add(q.type(), System.nanoTime() - start, total);
    }

    private void timeFts5(Fts5Archive fts5, QueryMix.Query q) {
        long start = System.nanoTime();
        long total = fts5.search(q.fts5());
        results.fts5Search.add(q.type(), System.nanoTime() - start, total);
    }

    /**
     * The options Kliping's launcher gives its child JVMs (the window's for start-up, a bulk command's for the import
     * and the rebuild), and a flight recording when profiling.
     */
    private List<String> childOptions(String mode) {
        List<String> jvm = new java.util.ArrayList<>(mode.equals("startup") ? ChildJvmLauncher.WINDOW_OPTIONS
                : ChildJvmLauncher.BULK_OPTIONS);
        if (options.profile()) jvm.add("-XX:StartFlightRecording=filename=" + work("probe-" + mode + ".jfr") + ",settings=profile");
        return jvm;
    }

    private void recordDiskSizes(Path archive, Path fts5) {
        results.diskBytes.put("corpus JSONL", results.corpusBytes);
        if (results.kliping != null) {
            results.diskBytes.put("Kliping SQLite (kliping.db, WAL)", Files2.size(archive.resolve(Archive.DATABASE_FILE))
                    + Files2.size(archive.resolve(Archive.DATABASE_FILE + "-wal")));
            results.diskBytes.put("Kliping Lucene index", Files2.size(archive.resolve(Archive.INDEX_FOLDER)));
        }
        if (results.lucene != null) results.diskBytes.put("bare Lucene index", Files2.size(work("lucene-" + options.articles())));
        if (results.fts5 != null) results.diskBytes.put("FTS5 database", Files2.size(fts5) + Files2.size(Path.of(fts5 + "-wal")));
    }

    private interface Step<T> {
        T run();
    }

    /**
     * Runs one measured step, after {@link #flushWrites}: no step pays for the write-back of the files the step before
     * it wrote.
     */
    private <T> T step(String name, Step<T> work) {
        flushWrites();
        System.out.printf("%tT %s ...%n", System.currentTimeMillis(), name);
        long start = System.nanoTime();
        T result = work.run();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        results.load.put(name, load);
        System.out.printf("%tT %s done in %.1f s (load average %.1f)%n", System.currentTimeMillis(), name,
                (System.nanoTime() - start) / 1e9, load);
        return result;
    }

    /**
     * Writes the kernel's dirty pages to disk ({@code sync}) and waits. Linux keeps written data in memory for up to
     * 30 s before writing it back, so without this the 2 GB an FTS5 or Kliping import wrote were written back by the
     * kernel during the next contender's round, on that round's processors: a 100k import run right after 2 GB were
     * written took 24.9 and 25.3 s, after {@code sync} 23.3 and 22.9 s (alternating). Each contender still syncs its
     * own commits as it runs. Where there is no {@code sync} command (Windows) the step starts at once.
     */
    static void flushWrites() {
        try {
            new ProcessBuilder("sync").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            // no sync command: nothing to wait for
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Path work(String name) {
        try {
            Files.createDirectories(options.work());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the work folder " + options.work(), e);
        }
        return options.work().resolve(name);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
