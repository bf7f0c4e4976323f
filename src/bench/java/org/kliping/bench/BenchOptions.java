package org.kliping.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * {@code MAVEN_OPTS=-XX:StartFlightRecording=...}), {@code --corpus light,syndicated} (both): the corpora whose imports
 * are compared (see {@link CorpusGenerator.Kind}); the rebuild, start-up and search run on the first one's archive.
 */
record BenchOptions(int articles, long seed, int queries, int warmup, Path work, Path data, Set<String> skip,
                    boolean profile, int rounds, List<CorpusGenerator.Kind> corpora) {

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
        List<CorpusGenerator.Kind> corpora = List.of(CorpusGenerator.Kind.LIGHT, CorpusGenerator.Kind.SYNDICATED);
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
                case "--corpus" -> corpora = corpora(required(args[i], value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --articles --seed --queries --warmup --work --data --skip --rounds --corpus --profile)");
            }
            i++;
        }
        return new BenchOptions(articles, seed, queries, warmup, work, data, Set.copyOf(skip), profile, rounds, corpora);
    }

    private static List<CorpusGenerator.Kind> corpora(String value) {
        List<CorpusGenerator.Kind> out = new ArrayList<>();
        for (String name : value.split(",")) {
            CorpusGenerator.Kind kind = Arrays.stream(CorpusGenerator.Kind.values()).filter(k -> k.label.equals(name.strip()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("--corpus: unknown corpus " + name
                            + " (known: light, syndicated)"));
            if (!out.contains(kind)) out.add(kind);
        }
        return List.copyOf(out);
    }

    boolean runs(String part) {
        return !skip.contains(part);
    }

    private static String required(String option, String value) {
        if (value == null) throw new IllegalArgumentException(option + " needs a value");
        return value;
    }
}
