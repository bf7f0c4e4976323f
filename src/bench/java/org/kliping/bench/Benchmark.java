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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        QueryMix mix = new QueryMix(originals);
        List<QueryMix.Query> warmup = mix.draw(options.warmup(), options.seed() + 1);
        List<QueryMix.Query> measured = mix.draw(options.queries(), options.seed() + 2);
        Path queriesFile = work("queries-" + options.articles() + ".tsv");
        QueryFile.write(queriesFile, measured);
        for (QueryMix.Query q : measured) results.examples.putIfAbsent(q.type(), q);
        results.articles = options.articles();

        Path archive = null;
        Path fts5 = null;
        for (CorpusGenerator.Kind kind : options.corpora()) {
            Path corpus = corpus(originals, kind);
            Path kindArchive = work("kliping-" + name(kind));
            Path kindFts5 = work("fts5-" + name(kind) + ".db");
            imports(kind, corpus, kindArchive, kindFts5);
            if (archive == null) {
                archive = kindArchive;
                fts5 = kindFts5;
                recordDiskSizes(results.first(), archive, fts5);
            }
        }
        if (archive != null) {
            probes(archive, queriesFile);
            Path searched = archive;
            Path searchedFts5 = fts5;
            if (options.runs("search")) step("search mix", () -> {
                searchMix(searched, searchedFts5, warmup, measured);
                return null;
            });
        }
        String report = new Report(results, options).markdown();
        System.out.println(report);
        write(work("results-" + options.articles() + ".md"), report);
    }

    /** {@code N} for the light corpus (the names earlier runs used), {@code syndicated-N} for the other. */
    private String name(CorpusGenerator.Kind kind) {
        return (kind == CorpusGenerator.Kind.LIGHT ? "" : kind.label + "-") + options.articles();
    }

    private void imports(CorpusGenerator.Kind kind, Path corpus, Path archive, Path fts5) {
        Results.Imports r = new Results.Imports(kind);
        results.imports.put(kind, r);
        r.corpusBytes = Files2.size(corpus);
        Path lucene = work("lucene-" + name(kind));
        // rounds interleave the contenders, so a slower spell of a shared machine touches them alike
        for (int round = 1; round <= options.rounds(); round++) {
            String of = " (" + kind.label + " corpus" + (options.rounds() == 1 ? "" : ", round " + round + " of " + options.rounds()) + ")";
            if (options.runs("lucene")) {
                r.luceneRounds.add(step("bare Lucene import (fresh JVM)" + of, () -> luceneImport(r, corpus, lucene)));
                r.luceneWarmRounds.add(step("bare Lucene import (benchmark's JVM)" + of, () -> NaiveLucene.importCorpus(corpus, lucene)));
            }
            if (options.runs("fts5")) r.fts5Rounds.add(step("FTS5 import" + of, () -> Fts5Archive.importCorpus(corpus, fts5)));
            if (options.runs("kliping")) r.klipingRounds.add(step("Kliping import (child JVM, the options of `kliping import`)" + of,
                    () -> klipingImport(r, corpus, archive)));
        }
        r.lucene = median(r.luceneRounds, Timing::seconds);
        r.luceneWarm = median(r.luceneWarmRounds, Timing::seconds);
        r.fts5 = median(r.fts5Rounds, Timing::seconds);
        r.kliping = median(r.klipingRounds, Timing::seconds);
    }

    /**
     * Kliping's import runs in a fresh JVM with the options {@code java -jar kliping.jar import} gives its child
     * JVM (its heap limit included): every command-line import starts cold, and the compiler's work is part of what
     * the user waits for. The probe reports the links it made and the process's peak resident memory.
     */
    private Timing klipingImport(Results.Imports r, Path corpus, Path archive) {
        ChildJvm.Result result = ChildJvm.runWith(work("probe-import.log"), childOptions("import"), "import",
                corpus.toString(), archive.toString());
        r.klipingLinks.add((long) result.number("nearDuplicateLinks"));
        r.klipingPeakRssMb.add(result.number("peakRssMb"));
        Map<String, String> work = new LinkedHashMap<>();
        result.values().forEach((k, v) -> {
            if (k.startsWith("work.")) work.put(k.substring(5), v);
        });
        r.klipingWork.add(work);
        return importTiming(result);
    }

    /**
     * The ceiling runs as a program of its own would: a fresh JVM with default options (no heap limit, no tuning),
     * cold as Kliping's import. In the benchmark's JVM its later rounds ran warm, compiled by its earlier ones,
     * which no one-off import is; that measurement is kept beside it.
     */
    private Timing luceneImport(Results.Imports r, Path corpus, Path index) {
        ChildJvm.Result result = ChildJvm.runWith(work("probe-lucene.log"), List.of(), "lucene", corpus.toString(), index.toString());
        r.lucenePeakRssMb.add(result.number("peakRssMb"));
        return importTiming(result);
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

    private Path corpus(List<SourceArticle> originals, CorpusGenerator.Kind kind) {
        Path file = work("corpus-" + name(kind) + "-seed" + options.seed() + ".jsonl");
        if (!Files.exists(file)) {
            step(kind.label + " corpus generation", () -> {
                new CorpusGenerator(originals).write(file, options.articles(), options.seed(), kind);
                return null;
            });
        }
        return file;
    }

    private void searchMix(Path archiveDir, Path fts5File, List<QueryMix.Query> warmup, List<QueryMix.Query> measured) {
        try (Archive archive = Archive.open(archiveDir, ProgressListener.NONE); Fts5Archive fts5 = Fts5Archive.open(fts5File)) {
            // as `kliping import` and `reindex` leave it, and the window within seconds: one segment. Without this a
            // run that skips the rebuild searched the import's segments, then during the window's background merge
            int segments = archive.services().search().indexSegments();
            if (archive.services().search().mergeIndex()) {
                System.out.printf("%tT merged the index's %d segments into one before searching%n", System.currentTimeMillis(), segments);
            }
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

    private void recordDiskSizes(Results.Imports r, Path archive, Path fts5) {
        results.diskBytes.put(r.kind.label + " corpus JSONL", r.corpusBytes);
        if (r.kliping != null) {
            results.diskBytes.put("Kliping SQLite (kliping.db, WAL)", Files2.size(archive.resolve(Archive.DATABASE_FILE))
                    + Files2.size(archive.resolve(Archive.DATABASE_FILE + "-wal")));
            results.diskBytes.put("Kliping Lucene index", Files2.size(archive.resolve(Archive.INDEX_FOLDER)));
        }
        if (r.lucene != null) results.diskBytes.put("bare Lucene index", Files2.size(work("lucene-" + name(r.kind))));
        if (r.fts5 != null) results.diskBytes.put("FTS5 database", Files2.size(fts5) + Files2.size(Path.of(fts5 + "-wal")));
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
