package org.kliping.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** What one run measured; filled step by step by {@link Benchmark}, rendered by {@link Report}. */
final class Results {
    int articles;
    long corpusBytes;
    /** Each contender's median round (by wall time), which the tables show; every round below. */
    Timing kliping;
    /** Bare Lucene in a fresh JVM with default options: the ceiling (Kliping's import is a fresh JVM too). */
    Timing lucene;
    /** Bare Lucene in the benchmark's own JVM, warm from its second round on: shown beside the ceiling. */
    Timing luceneWarm;
    Timing fts5;
    final java.util.List<Timing> klipingRounds = new java.util.ArrayList<>();
    final java.util.List<Timing> luceneRounds = new java.util.ArrayList<>();
    final java.util.List<Timing> luceneWarmRounds = new java.util.ArrayList<>();
    final java.util.List<Timing> fts5Rounds = new java.util.ArrayList<>();
    final java.util.List<ChildJvm.Result> rebuildRounds = new java.util.ArrayList<>();
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
