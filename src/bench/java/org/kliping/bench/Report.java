package org.kliping.bench;

import org.kliping.app.ChildJvmLauncher;

import java.util.Locale;
import java.util.Map;

/** Renders {@link Results} as the Markdown tables of {@code docs/benchmarks.md}, each goal with its verdict. */
final class Report {
    private static final double IMPORT_GOAL = 0.7;
    private static final double P50_GOAL_MS = 10;
    private static final double P99_GOAL_MS = 50;
    private static final double STARTUP_GOAL_MS = 1500;
    private static final double HEAP_GOAL_MB = 512;
    private static final double RSS_GOAL_MB = 1024;

    private final Results r;
    private final BenchOptions options;
    private final StringBuilder out = new StringBuilder();

    Report(Results results, BenchOptions options) {
        this.r = results;
        this.options = options;
    }

    String markdown() {
        line("## %,d articles a corpus, seed %d", r.articles, options.seed());
        line("");
        line("Machine: %d processors, Java %s (%s), %s %s; benchmark JVM max heap %d MB.",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() / 1048576);
        for (Results.Imports i : r.imports.values()) imports(i);
        rebuild();
        search();
        startup();
        disk();
        line("");
        StringBuilder load = new StringBuilder();
        r.load.forEach((step, avg) -> load.append(String.format(Locale.ROOT, "%s %.1f; ", step, avg)));
        line("System load average (1 min) after each step (%d processors): %s", Runtime.getRuntime().availableProcessors(), load);
        return out.toString();
    }

    private void imports(Results.Imports i) {
        line("");
        line("### Import of the %s corpus, %.0f MB of JSONL (read JSONL, parse, store, index, commit)", i.kind.label, i.corpusBytes / 1e6);
        line("");
        line(i.kind == CorpusGenerator.Kind.LIGHT
                ? "Each article a story of its own: near-duplicates only where the recombination repeats paragraphs."
                : "Syndication-heavy: every story in 8 to 12 near-copies (another outlet, dateline and \"Baca juga\" line, three words changed; often a "
                        + "paragraph dropped or two swapped), all copies in shuffled order.");
        line("");
        line("| contender | wall (s) | CPU (s) | articles/s | MB/s | vs bare Lucene (wall) | vs bare Lucene (CPU) |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        importRow(i, "Kliping (ImportService, fresh JVM)", i.kliping);
        importRow(i, "bare Lucene (IndonesianAnalyzer, defaults, 1 thread, fresh JVM): the ceiling", i.lucene);
        importRow(i, "bare Lucene, the same in the benchmark's JVM (warm from round 2)", i.luceneWarm);
        importRow(i, "SQLite FTS5 (unicode61, commit per 256)", i.fts5);
        if (i.kliping != null && i.lucene != null) {
            double ratio = i.lucene.seconds() / i.kliping.seconds();
            line("");
            line("Kliping at %.2f of the naive ceiling in wall time, %.2f in CPU time (goal ≥ %.1f): **%s**.", ratio,
                    i.lucene.cpuSeconds() / i.kliping.cpuSeconds(), IMPORT_GOAL, verdict(ratio >= IMPORT_GOAL));
            if (i.luceneWarm != null) {
                line("Against bare Lucene in the benchmark's warm JVM (how earlier runs measured it): %.2f in wall time.",
                        i.luceneWarm.seconds() / i.kliping.seconds());
            }
            if (i.fts5 != null) line("Kliping at %.2f of FTS5 (stretch goal 1.0).", i.fts5.seconds() / i.kliping.seconds());
        }
        if (i.klipingRounds.size() > 1 || i.luceneRounds.size() > 1) {
            line("");
            line("Each row is the contender's median of %d rounds, run interleaved, each round started after `sync` (the "
                    + "files the round before wrote are on disk, not written back by the kernel during this one). Wall time of every round (s): Kliping %s; "
                    + "bare Lucene %s (fresh JVM), %s (benchmark's JVM); FTS5 %s.", options.rounds(), seconds(i.klipingRounds),
                    seconds(i.luceneRounds), seconds(i.luceneWarmRounds), seconds(i.fts5Rounds));
            if (!i.klipingRounds.isEmpty() && !i.luceneRounds.isEmpty()) {
                line("Ratio of each round (bare Lucene's wall time in a fresh JVM over Kliping's in the same round): %s.", roundRatios(i));
            }
        }
        if (i.kliping == null) return;
        line("");
        line("Near-duplicate pairs Kliping linked: %s (each round). Peak resident memory of the import process (VmHWM): Kliping %s MB, "
                        + "bare Lucene (the JVM's default heap) %s MB (each round; goal for Kliping ≤ %.0f MB: **%s**).",
                join(i.klipingLinks, "%,d"), join(i.klipingPeakRssMb, "%.0f"), join(i.lucenePeakRssMb, "%.0f"), RSS_GOAL_MB,
                verdict(i.klipingPeakRssMb.stream().allMatch(m -> m <= RSS_GOAL_MB)));
        if (!i.klipingWork.isEmpty() && !i.klipingWork.get(0).isEmpty()) {
            line("Near-duplicate work of the median round's import (counted, not timed): %s.", String.join(", ",
                    i.klipingWork.get(i.klipingRounds.indexOf(i.kliping)).entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).toList()));
        }
        line("");
        line("Every Kliping round runs in a fresh JVM with the options `java -jar kliping.jar import` gives the JVM it "
                + "starts (`%s`, decisions 0013 and 0016), so it starts cold as every command-line import does. The ceiling, bare Lucene, "
                + "runs the same way, each round in a fresh JVM, with the JVM's default options and heap; FTS5 (mostly native "
                + "code) runs in the benchmark's JVM.", String.join(" ", ChildJvmLauncher.BULK_OPTIONS));
    }

    private static <T> String join(java.util.List<T> values, String format) {
        return values.isEmpty() ? "-" : String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, format, v)).toList());
    }

    private String roundRatios(Results.Imports i) {
        java.util.List<String> ratios = new java.util.ArrayList<>();
        for (int k = 0; k < Math.min(i.klipingRounds.size(), i.luceneRounds.size()); k++) {
            ratios.add(String.format(Locale.ROOT, "%.2f", i.luceneRounds.get(k).seconds() / i.klipingRounds.get(k).seconds()));
        }
        return String.join(", ", ratios);
    }

    private static String seconds(java.util.List<Timing> rounds) {
        return rounds.isEmpty() ? "-" : String.join(", ", rounds.stream().map(t -> String.format(Locale.ROOT, "%.1f", t.seconds())).toList());
    }

    private void importRow(Results.Imports i, String name, Timing t) {
        if (t == null) return;
        String vs = i.lucene == null ? "" : String.format(Locale.ROOT, "%.2f", i.lucene.seconds() / t.seconds());
        String vsCpu = i.lucene == null ? "" : String.format(Locale.ROOT, "%.2f", i.lucene.cpuSeconds() / t.cpuSeconds());
        line("| %s | %.1f | %.1f | %,.0f | %.2f | %s | %s |", name, t.seconds(), t.cpuSeconds(), t.articlesPerSecond(),
                t.megabytesPerSecond(i.corpusBytes), vs, vsCpu);
    }

    private void rebuild() {
        if (r.rebuild == null) return;
        double seconds = r.rebuild.number("rebuildMs") / 1000;
        line("");
        line("### Index rebuild from the store (fresh JVM, %s and the options of `kliping reindex`)", ChildJvm.HEAP);
        line("");
        line("| what | wall (s) | CPU (s) | articles/s | heap after GC (MB) | peak heap pools (MB) |");
        line("|---|---:|---:|---:|---:|---:|");
        line("| Kliping `reindex` | %.1f | %.1f | %,.0f | %.0f | %.0f |", seconds, r.rebuild.number("rebuildCpuMs") / 1000,
                r.articles / seconds,
                r.rebuild.number("heapAfterGcMb"), r.rebuild.number("heapPeakPoolsMb"));
        line("| then the merge into one segment (`reindex` waits for it; the window merges in the background) | %.1f | %.1f | | | |",
                r.rebuild.number("mergeMs") / 1000, r.rebuild.number("mergeCpuMs") / 1000);
        line("");
        line("The rebuild leaves %.0f segments; the merge leaves %.0f. The start-up and search steps below run on the merged index.",
                r.rebuild.number("segmentsBefore"), r.rebuild.number("segmentsAfter"));
        if (r.rebuildRounds.size() > 1) {
            line("");
            line("The row is the median of %d rounds, each in a fresh JVM; wall time of every round (s): %s.", r.rebuildRounds.size(),
                    String.join(", ", r.rebuildRounds.stream().map(x -> String.format(Locale.ROOT, "%.1f", x.number("rebuildMs") / 1000)).toList()));
        }
        Timing lucene = r.first() == null ? null : r.first().lucene;
        if (lucene != null) {
            line("");
            line("Rebuild of the %s archive takes %.2f of its bare Lucene import time in wall time, %.2f in CPU time (goal ≤ 1.0): **%s**.",
                    r.first().kind.label, seconds / lucene.seconds(), r.rebuild.number("rebuildCpuMs") / 1000 / lucene.cpuSeconds(),
                    verdict(seconds <= lucene.seconds()));
        }
    }

    private void search() {
        if (r.klipingSearch == null) return;
        line("");
        line("### Search: first page of 20 with snippets, exact total and facets (warm, %d queries per type)", options.queries());
        line("");
        line("| query type | example (Kliping / FTS5) | Kliping p50 | Kliping p99 | FTS5 p50 | FTS5 p99 | mean matches K / F | Kliping faster |");
        line("|---|---|---:|---:|---:|---:|---:|---|");
        for (QueryMix.Type t : QueryMix.Type.values()) {
            Latencies.Summary k = r.klipingSearch.of(t);
            Latencies.Summary f = r.fts5Search.of(t);
            QueryMix.Query ex = r.examples.get(t);
            line("| %s | `%s` / `%s` | %.2f | %.2f | %.2f | %.2f | %,.0f / %,.0f | %s |", t.name().toLowerCase(Locale.ROOT),
                    ex.kliping(), ex.fts5(), k.p50Ms(), k.p99Ms(), f.p50Ms(), f.p99Ms(), k.meanHits(), f.meanHits(),
                    verdict(k.p50Ms() < f.p50Ms() && k.p99Ms() < f.p99Ms()));
        }
        Latencies.Summary k = r.klipingSearch.overall();
        Latencies.Summary f = r.fts5Search.overall();
        line("| **mix** | | **%.2f** | **%.2f** | %.2f | %.2f | | |", k.p50Ms(), k.p99Ms(), f.p50Ms(), f.p99Ms());
        line("");
        line("Times in ms. Kliping mix p50 ≤ %.0f ms: **%s**; p99 ≤ %.0f ms: **%s**.", P50_GOAL_MS, verdict(k.p50Ms() <= P50_GOAL_MS),
                P99_GOAL_MS, verdict(k.p99Ms() <= P99_GOAL_MS));
    }

    private void startup() {
        if (r.startup == null) return;
        ChildJvm.Result s = r.startup;
        line("");
        line("### Start-up to a usable archive, and heap (fresh JVM, %s and the window's options: `%s`)", ChildJvm.HEAP,
                String.join(" ", ChildJvmLauncher.WINDOW_OPTIONS));
        line("");
        line("| what | value |");
        line("|---|---:|");
        line("| spawn → usable (JVM start, `Archive.open`, first list page of %d, first search) | **%.0f ms** |", Probe.FIRST_PAGE, s.usableWallMs());
        line("| CPU time of the child JVM until usable (all threads) | %.0f ms |", s.number("cpuToUsableMs"));
        line("| of which JVM start to `main` | %.0f ms |", s.number("jvmStartToMainMs"));
        line("| of which `Archive.open` | %.0f ms |", s.number("openMs"));
        line("| of which first list page (+ count) | %.0f ms |", s.number("firstListMs"));
        line("| of which first search | %.0f ms |", s.number("firstSearchMs"));
        line("| then the mix in that fresh JVM, p50 / p99 | %.1f / %.1f ms |", s.number("coldMixP50Ms"), s.number("coldMixP99Ms"));
        line("| heap used after GC, after opening and the mix | **%.0f MB** |", s.number("heapAfterGcMb"));
        line("| peak of the heap pools during the run | %.0f MB |", s.number("heapPeakPoolsMb"));
        line("");
        line("Start-up ≤ %.0f ms: **%s**; heap ≤ %.0f MB: **%s**.", STARTUP_GOAL_MS, verdict(s.usableWallMs() <= STARTUP_GOAL_MS),
                HEAP_GOAL_MB, verdict(s.number("heapAfterGcMb") <= HEAP_GOAL_MB));
    }

    private void disk() {
        line("");
        line("### Disk");
        line("");
        line("| what | MB |");
        line("|---|---:|");
        for (Map.Entry<String, Long> e : r.diskBytes.entrySet()) {
            if (e.getValue() > 0) line("| %s | %.0f |", e.getKey(), e.getValue() / 1e6);
        }
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }

    private void line(String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
