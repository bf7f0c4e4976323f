package org.kliping.bench;

import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;
import org.kliping.search.ArticleIndex;
import org.kliping.search.SearchSettings;
import org.kliping.service.Archive;
import org.kliping.store.ArticleStore;
import org.kliping.store.Database;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Search rankings compared on one archive in one JVM, interleaved: every query of the benchmark's mix runs under
 * each ranking in turn (the order rotating from query to query), for several rounds, so a loaded machine slows
 * them alike. Each ranking opens the archive's index read-only with its own {@link SearchSettings}, bodies from the
 * store, and searches as the window does (first page of 20, snippets, facets, exact totals). Prints per query type
 * and ranking: wall and thread-CPU p50/p99, and the work: matches collected (every one is scored and faceted),
 * the share of searches ranked softly (articles missing a word among the results), and how many differ from the
 * first ranking's results.
 *
 * <p>Usage (after the benchmark built its archive): {@code SearchAB ARCHIVE [--articles N] [--rounds R]
 * [--queries Q] [--seed S] NAME=ENOUGH:BONUS ...}, e.g. {@code target/bench/kliping-100000 before=20:1000
 * now=200:1}. ENOUGH is {@link SearchSettings#everyWordEnough()} ({@code never} for none), BONUS the every-word bonus.
 */
public final class SearchAB {
    private record Variant(String name, SearchSettings settings) {
    }

    private static final class Series {
        final Map<QueryMix.Type, List<Long>> wall = new EnumMap<>(QueryMix.Type.class);
        final Map<QueryMix.Type, List<Long>> cpu = new EnumMap<>(QueryMix.Type.class);
        final Map<QueryMix.Type, long[]> work = new EnumMap<>(QueryMix.Type.class); // searches, matches, soft

        void add(QueryMix.Type type, long wallNanos, long cpuNanos, SearchResult r, boolean record) {
            if (!record) return;
            wall.computeIfAbsent(type, t -> new ArrayList<>()).add(wallNanos);
            cpu.computeIfAbsent(type, t -> new ArrayList<>()).add(cpuNanos);
            long[] w = work.computeIfAbsent(type, t -> new long[3]);
            w[0]++;
            w[1] += r.total();
            w[2] += r.rankedSoftly() ? 1 : 0;
        }
    }

    private SearchAB() {
    }

    public static void main(String[] args) {
        Path archive = Path.of(args[0]);
        int rounds = 3;
        int perType = 200;
        long seed = 7;
        List<Variant> variants = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--queries" -> perType = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> variants.add(variant(args[i]));
            }
        }
        if (variants.isEmpty()) throw new IllegalArgumentException("name at least one ranking: NAME=ENOUGH:BONUS");
        // the benchmark's own mix: the same seeds as Benchmark (warm-up seed + 1, measured seed + 2)
        QueryMix mix = new QueryMix(SourceArticle.load(Path.of("src", "bench", "data", "indosum-subset.jsonl.gz")));
        List<QueryMix.Query> warmup = mix.draw(50, seed + 1);
        List<QueryMix.Query> measured = mix.draw(perType, seed + 2);

        Database db = Database.openReadOnly(archive.resolve(Archive.DATABASE_FILE));
        ArticleStore store = new ArticleStore(db);
        List<ArticleIndex> indexes = new ArrayList<>();
        try {
            for (Variant v : variants) {
                indexes.add(ArticleIndex.openReadOnly(archive.resolve(Archive.INDEX_FOLDER), v.settings(), store::bodies)
                        .orElseThrow(() -> new IllegalStateException("no usable index in " + archive)));
            }
            run(variants, indexes, warmup, measured, rounds);
        } finally {
            indexes.forEach(ArticleIndex::close);
            db.close();
        }
    }

    private static void run(List<Variant> variants, List<ArticleIndex> indexes, List<QueryMix.Query> warmup,
                            List<QueryMix.Query> measured, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Series> series = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) series.add(new Series());
        long[] differing = new long[variants.size()];
        for (int round = 0; round <= rounds; round++) { // round 0: warm-up, not recorded
            List<QueryMix.Query> queries = round == 0 ? warmup : measured;
            for (int q = 0; q < queries.size(); q++) {
                QueryMix.Query query = queries.get(q);
                SearchResult[] results = new SearchResult[variants.size()];
                for (int k = 0; k < variants.size(); k++) {
                    int v = (q + round + k) % variants.size(); // each ranking goes first as often as the others
                    long cpu = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    results[v] = indexes.get(v).search(SearchRequest.of(query.kliping()));
                    long wall = System.nanoTime() - start;
                    series.get(v).add(query.type(), wall, threads.getCurrentThreadCpuTime() - cpu, results[v], round > 0);
                }
                if (round == 1) {
                    for (int v = 1; v < variants.size(); v++) if (!sameResults(results[0], results[v])) differing[v]++;
                }
            }
            System.out.printf(Locale.ROOT, "round %d of %d done (load average %.1f)%n", round, rounds,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        print(variants, series, differing, measured.size());
    }

    private static boolean sameResults(SearchResult a, SearchResult b) {
        if (a.total() != b.total() || a.totalAllWords() != b.totalAllWords() || a.hits().size() != b.hits().size()) return false;
        for (int i = 0; i < a.hits().size(); i++) if (a.hits().get(i).id() != b.hits().get(i).id()) return false;
        return a.facets().equals(b.facets());
    }

    private static void print(List<Variant> variants, List<Series> series, long[] differing, int queries) {
        System.out.println();
        System.out.println("| type | ranking | wall p50 | wall p99 | CPU p50 | CPU p99 | mean matches | ranked softly |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        List<QueryMix.Type> types = new ArrayList<>(List.of(QueryMix.Type.values()));
        for (QueryMix.Type type : types) {
            for (int v = 0; v < variants.size(); v++) {
                Series s = series.get(v);
                long[] w = s.work.get(type);
                System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %,.0f | %.0f %% |%n",
                        type.name().toLowerCase(Locale.ROOT), variants.get(v).name(),
                        ms(s.wall.get(type), 0.5), ms(s.wall.get(type), 0.99), ms(s.cpu.get(type), 0.5), ms(s.cpu.get(type), 0.99),
                        (double) w[1] / w[0], 100.0 * w[2] / w[0]);
            }
        }
        for (int v = 0; v < variants.size(); v++) {
            Series s = series.get(v);
            List<Long> wall = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            s.wall.values().forEach(wall::addAll);
            s.cpu.values().forEach(cpu::addAll);
            long matches = s.work.values().stream().mapToLong(w -> w[1]).sum();
            long searches = s.work.values().stream().mapToLong(w -> w[0]).sum();
            System.out.printf(Locale.ROOT, "| **mix** | %s | %.2f | %.2f | %.2f | %.2f | %,.0f | |%n", variants.get(v).name(),
                    ms(wall, 0.5), ms(wall, 0.99), ms(cpu, 0.5), ms(cpu, 0.99), (double) matches / searches);
        }
        System.out.println();
        System.out.println("Times in ms over every round; CPU is the searching thread's. Results (total, with all words, "
                + "page of 20, facets) differing from " + variants.get(0).name() + "'s, of " + queries + " queries:");
        for (int v = 1; v < variants.size(); v++) System.out.println("  " + variants.get(v).name() + ": " + differing[v]);
    }

    private static double ms(List<Long> nanos, double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return Latencies.rank(sorted, p) / 1e6;
    }

    private static Variant variant(String spec) {
        String[] nameRest = spec.split("=", 2);
        String[] parts = nameRest.length == 2 ? nameRest[1].split(":") : new String[0];
        if (parts.length != 2) throw new IllegalArgumentException("a ranking is NAME=ENOUGH:BONUS, not " + spec);
        int enough = parts[0].equals("never") ? Integer.MAX_VALUE : Integer.parseInt(parts[0]);
        return new Variant(nameRest[0], SearchSettings.defaults().withEveryWord(enough, Float.parseFloat(parts[1])));
    }
}
