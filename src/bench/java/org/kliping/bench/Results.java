package org.kliping.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** What one run measured; filled step by step by {@link Benchmark}, rendered by {@link Report}. */
final class Results {
    int articles;
    long corpusBytes;
    Timing kliping;
    Timing lucene;
    Timing fts5;
    /** System load average (1 min) at the end of each step: how much other work shared the machine. */
    final Map<String, Double> load = new LinkedHashMap<>();
    final Map<String, Long> diskBytes = new LinkedHashMap<>();
    ChildJvm.Result rebuild;
    ChildJvm.Result startup;
    Latencies klipingSearch;
    Latencies fts5Search;
    /** One measured query of each type, Kliping's syntax then FTS5's, to show what was asked. */
    final Map<QueryMix.Type, QueryMix.Query> examples = new java.util.EnumMap<>(QueryMix.Type.class);
}
