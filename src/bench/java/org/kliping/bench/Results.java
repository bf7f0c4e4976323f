package org.kliping.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one run measured; filled step by step by {@link Benchmark}, rendered by {@link Report}. */
final class Results {
    int articles;

    /** The import comparison on one corpus. */
    static final class Imports {
        final CorpusGenerator.Kind kind;
        long corpusBytes;
        /** Each contender's median round (by wall time), which the tables show; every round below. */
        Timing kliping;
        /** Bare Lucene in a fresh JVM with default options: the ceiling (Kliping's import is a fresh JVM too). */
        Timing lucene;
        /** Bare Lucene in the benchmark's own JVM, warm from its second round on: shown beside the ceiling. */
        Timing luceneWarm;
        Timing fts5;
        final List<Timing> klipingRounds = new ArrayList<>();
        final List<Timing> luceneRounds = new ArrayList<>();
        final List<Timing> luceneWarmRounds = new ArrayList<>();
        final List<Timing> fts5Rounds = new ArrayList<>();
        /** Per Kliping round: near-duplicate pairs linked, and the import process's peak resident memory (MB). */
        final List<Long> klipingLinks = new ArrayList<>();
        final List<Double> klipingPeakRssMb = new ArrayList<>();
        /** Per Kliping round: the import's near-duplicate work counters, as the probe printed them. */
        final List<Map<String, String>> klipingWork = new ArrayList<>();
        final List<Double> lucenePeakRssMb = new ArrayList<>();

        Imports(CorpusGenerator.Kind kind) {
            this.kind = kind;
        }
    }

    /** By corpus, in the order run; the first (light, unless skipped) is the archive the later steps use. */
    final Map<CorpusGenerator.Kind, Imports> imports = new EnumMap<>(CorpusGenerator.Kind.class);

    /** The first corpus' imports (the archive rebuild, start-up and search run on), or null. */
    Imports first() {
        return imports.isEmpty() ? null : imports.values().iterator().next();
    }

    final List<ChildJvm.Result> rebuildRounds = new ArrayList<>();
    /** System load average (1 min) at the end of each step: how much other work shared the machine. */
    final Map<String, Double> load = new LinkedHashMap<>();
    final Map<String, Long> diskBytes = new LinkedHashMap<>();
    /** The median rebuild round (by wall time). */
    ChildJvm.Result rebuild;
    ChildJvm.Result startup;
    Latencies klipingSearch;
    Latencies fts5Search;
    /** One measured query of each type, Kliping's syntax then FTS5's, to show what was asked. */
    final Map<QueryMix.Type, QueryMix.Query> examples = new java.util.EnumMap<>(QueryMix.Type.class);
}
