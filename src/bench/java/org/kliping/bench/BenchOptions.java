package org.kliping.bench;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Command-line options of {@link Benchmark}: {@code --articles N} (10000), {@code --seed S} (7),
 * {@code --queries Q} per type (200), {@code --warmup W} per type (50), {@code --work DIR} (target/bench),
 * {@code --data FILE} (src/bench/data/indosum-subset.jsonl.gz), {@code --skip a,b} of
 * {@code lucene, fts5, kliping, rebuild, startup, search} (to profile one part), {@code --rounds R} (3): the imports
 * run R times interleaved and the rebuild R times, and the tables show each one's median round (on a shared
 * machine single runs moved by 15 %), {@code --profile}: the child JVMs
 * record a JFR profile to {@code <work>/probe-<mode>.jfr} (for the benchmark JVM itself, set
 * {@code MAVEN_OPTS=-XX:StartFlightRecording=...}).
 */
record BenchOptions(int articles, long seed, int queries, int warmup, Path work, Path data, Set<String> skip,
                    boolean profile, int rounds) {

    static BenchOptions parse(String[] args) {
        int articles = 10_000;
        long seed = 7;
        int queries = 200;
        int warmup = 50;
        Path work = Path.of("target", "bench");
        Path data = Path.of("src", "bench", "data", "indosum-subset.jsonl.gz");
        Set<String> skip = new HashSet<>();
        boolean profile = false;
        int rounds = 3;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--profile")) {
                profile = true;
                continue;
            }
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(required(args[i], value));
                case "--seed" -> seed = Long.parseLong(required(args[i], value));
                case "--queries" -> queries = Integer.parseInt(required(args[i], value));
                case "--warmup" -> warmup = Integer.parseInt(required(args[i], value));
                case "--work" -> work = Path.of(required(args[i], value));
                case "--data" -> data = Path.of(required(args[i], value));
                case "--skip" -> skip.addAll(Set.of(required(args[i], value).split(",")));
                case "--rounds" -> rounds = Math.max(1, Integer.parseInt(required(args[i], value)));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --articles --seed --queries --warmup --work --data --skip --rounds --profile)");
            }
            i++;
        }
        return new BenchOptions(articles, seed, queries, warmup, work, data, Set.copyOf(skip), profile, rounds);
    }

    boolean runs(String part) {
        return !skip.contains(part);
    }

    private static String required(String option, String value) {
        if (value == null) throw new IllegalArgumentException(option + " needs a value");
        return value;
    }
}
