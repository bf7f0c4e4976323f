package org.kliping.searcheval;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.lucene.queryparser.classic.QueryParser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Scores rankings of the judged news topics (graded 0/1/2, {@code news-topics/}): nDCG@10 (gain = grade),
 * P@5 and Recall@20 (relevant = grade 1 or 2), on all topics and on each half (odd qids tune, even qids confirm);
 * per-topic wins and losses against bare OR (Lucene's classic parser, OR, {@code IndonesianAnalyzer}, title and
 * body as one field, BM25 defaults), the largest loss, and a paired randomisation test on nDCG@10.
 * <p>
 * Usage: {@code NewsEval DATA_DIR [CONFIG ...] [--run NAME=BATCH.jsonl ...] [--per-topic]} where CONFIG is a
 * Kliping configuration as in {@link SearchQualityEval} ({@code name=KLIPING,title=2,enough=never,...}) and
 * BATCH.jsonl the output of {@code kliping search --batch topics.jsonl --limit 20 --json}. Without configs it
 * scores the Lucene baselines, Kliping's previous default and the current default. {@code --topics F} and
 * {@code --qrels F} read other files than the committed ones; {@code --write-runs F} writes every ranking scored
 * ({@code qid system rank doc}) and {@code --runs-tsv F} scores such a file (e.g. the committed pool runs).
 */
public final class NewsEval {
    static final int NDCG_DEPTH = 10;
    static final int P_DEPTH = 5;
    static final int R_DEPTH = 20;
    static final int PERMUTATIONS = 20_000;
    /** A topic more than this below bare OR counts as a large loss (issue 23). */
    static final double LARGE_LOSS = 0.15;

    record TopicScores(double ndcg, double p5, double r20, double unjudged10) {
    }

    private NewsEval() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: NewsEval DATA_DIR [name=KLIPING,k=v,... ...] [--run NAME=BATCH.jsonl ...] [--per-topic]"
                    + " [--topics F] [--qrels F] [--write-runs F] [--runs-tsv F]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path topicsFile = NewsCollection.COMMITTED.resolve("topics.jsonl");
        Path qrelsFile = NewsCollection.COMMITTED.resolve("qrels.tsv");
        List<SearchQualityEval.EvalConfig> configs = new ArrayList<>();
        Map<String, Path> batchRuns = new LinkedHashMap<>();
        List<Path> tsvRuns = new ArrayList<>();
        boolean perTopic = false;
        Path writeRuns = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--per-topic" -> perTopic = true;
                case "--write-runs" -> writeRuns = Path.of(args[++i]);
                case "--runs-tsv" -> tsvRuns.add(Path.of(args[++i]));
                case "--topics" -> topicsFile = Path.of(args[++i]);
                case "--qrels" -> qrelsFile = Path.of(args[++i]);
                case "--run" -> {
                    String[] kv = args[++i].split("=", 2);
                    batchRuns.put(kv[0], Path.of(kv[1]));
                }
                default -> configs.add(SearchQualityEval.EvalConfig.parse(args[i]));
            }
        }
        if (configs.isEmpty() && batchRuns.isEmpty() && tsvRuns.isEmpty()) {
            configs = List.of(SearchQualityEval.EvalConfig.parse("kliping-before=KLIPING,enough=20,bonus=1000"),
                    SearchQualityEval.EvalConfig.parse("kliping=KLIPING"));
        }
        List<NewsCollection.Topic> topics = NewsCollection.topics(topicsFile);
        Map<String, Map<String, Integer>> qrels = NewsCollection.qrels(qrelsFile);
        Path articlesFile = data.resolve("indosum-articles/articles.jsonl");

        Map<String, Map<String, List<String>>> runs = new LinkedHashMap<>();
        List<NewsCollection.NewsArticle> articles = NewsCollection.articles(articlesFile);
        try (LuceneBaselines id = LuceneBaselines.indonesian(articles)) {
            List<LuceneBaselines.NewsSystem> baselines = new ArrayList<>(List.of(id.parsed("bare-or", QueryParser.Operator.OR)));
            if (configs.size() + batchRuns.size() + tsvRuns.size() <= 2) {
                baselines.add(id.parsed("bare-and", QueryParser.Operator.AND));
                baselines.add(id.titleWeighted("bm25-title2-k0.9-b0.4", 2f, 0.9f, 0.4f));
                baselines.add(id.proximity("phrase-proximity"));
            }
            for (LuceneBaselines.NewsSystem s : baselines) {
                Map<String, List<String>> run = new LinkedHashMap<>();
                for (NewsCollection.Topic t : topics) run.put(t.qid(), s.top(t.query(), R_DEPTH));
                runs.put(s.name(), run);
            }
        }
        if (!configs.isEmpty()) {
            try (KlipingRuns.Indexed indexed = new KlipingRuns.Indexed(NewsCollection.imported(articlesFile))) {
                for (SearchQualityEval.EvalConfig c : configs) {
                    runs.put(c.name(), indexed.run(c.settings(), KlipingRuns.queries(topics), R_DEPTH));
                }
            }
        }
        for (Map.Entry<String, Path> b : batchRuns.entrySet()) runs.put(b.getKey(), batchRun(b.getValue()));
        for (Path tsv : tsvRuns) {
            tsvRun(tsv).forEach((system, run) -> runs.put(runs.containsKey(system) ? system + " (" + tsv.getFileName() + ")" : system, run));
        }
        if (writeRuns != null) {
            StringBuilder sb = new StringBuilder();
            runs.forEach((system, run) -> run.forEach((qid, ids) -> {
                for (int r = 0; r < ids.size(); r++) sb.append(qid).append('\t').append(system).append('\t').append(r + 1).append('\t').append(ids.get(r)).append('\n');
            }));
            java.nio.file.Files.writeString(writeRuns, sb.toString());
        }
        report(topics, qrels, runs, perTopic);
    }

    /** qid to the external ids of the hits, from {@code kliping search --batch} output. */
    static Map<String, List<String>> batchRun(Path file) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (JsonNode r : RetrievalEval.jsonl(file)) {
            List<String> ids = new ArrayList<>();
            for (JsonNode h : r.path("hits")) ids.add(h.path("externalId").asText());
            out.put(r.path("qid").asText(), ids);
        }
        return out;
    }

    /** system to qid to ids in rank order, from lines {@code qid system rank doc} (what NewsPool and --write-runs write). */
    static Map<String, Map<String, List<String>>> tsvRun(Path file) throws IOException {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        for (String line : java.nio.file.Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            if (f.length != 4) throw new IllegalArgumentException(file + ": expected qid, system, rank, doc: " + line);
            List<String> ids = out.computeIfAbsent(f[1], k -> new LinkedHashMap<>()).computeIfAbsent(f[0], k -> new ArrayList<>());
            if (Integer.parseInt(f[2]) != ids.size() + 1) throw new IllegalArgumentException(file + ": ranks out of order: " + line);
            ids.add(f[3]);
        }
        return out;
    }

    static void report(List<NewsCollection.Topic> topics, Map<String, Map<String, Integer>> qrels,
                       Map<String, Map<String, List<String>>> runs, boolean perTopic) {
        List<NewsCollection.Topic> judged = topics.stream()
                .filter(t -> qrels.getOrDefault(t.qid(), Map.of()).values().stream().anyMatch(g -> g > 0)).toList();
        if (judged.size() < topics.size()) {
            System.out.printf(Locale.ROOT, "note: %d of %d topics have no relevant article judged and are left out%n",
                    topics.size() - judged.size(), topics.size());
        }
        Map<String, Map<String, TopicScores>> scores = new LinkedHashMap<>();
        runs.forEach((name, run) -> {
            Map<String, TopicScores> s = new LinkedHashMap<>();
            for (NewsCollection.Topic t : judged) {
                s.put(t.qid(), score(run.getOrDefault(t.qid(), List.of()), qrels.get(t.qid())));
            }
            scores.put(name, s);
        });
        long tuneCount = judged.stream().filter(NewsCollection.Topic::tuning).count();
        System.out.printf(Locale.ROOT, "%d judged topics: %d tune (odd qid), %d confirm (even qid)%n%n", judged.size(),
                tuneCount, judged.size() - tuneCount);
        System.out.println("| system | nDCG@10 all | tune | confirm | P@5 all | tune | confirm | R@20 all | tune | confirm "
                + "| unjudged in top 10 | vs bare OR: won / tied / lost (confirm) | worst vs bare OR | below by > 0.15 | p (randomisation, nDCG@10) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        Map<String, TopicScores> base = scores.get("bare-or");
        for (Map.Entry<String, Map<String, TopicScores>> e : scores.entrySet()) {
            Map<String, TopicScores> s = e.getValue();
            StringBuilder row = new StringBuilder("| " + e.getKey());
            for (java.util.function.ToDoubleFunction<TopicScores> m : List.<java.util.function.ToDoubleFunction<TopicScores>>of(
                    TopicScores::ndcg, TopicScores::p5, TopicScores::r20)) {
                row.append(" | ").append(f(mean(s, judged, t -> true, m)))
                        .append(" | ").append(f(mean(s, judged, NewsCollection.Topic::tuning, m)))
                        .append(" | ").append(f(mean(s, judged, t -> !t.tuning(), m)));
            }
            row.append(" | ").append(f(mean(s, judged, t -> true, TopicScores::unjudged10)));
            if (e.getKey().equals("bare-or")) {
                row.append(" | - | - | - | - |");
            } else {
                int[] all = wtl(s, base, judged, t -> true);
                int[] confirm = wtl(s, base, judged, t -> !t.tuning());
                double worst = 0;
                String worstQid = "";
                List<String> large = new ArrayList<>();
                for (NewsCollection.Topic t : judged) {
                    double d = s.get(t.qid()).ndcg() - base.get(t.qid()).ndcg();
                    if (d < worst) {
                        worst = d;
                        worstQid = t.qid();
                    }
                    if (d < -LARGE_LOSS) large.add(t.qid());
                }
                row.append(String.format(Locale.ROOT, " | %d / %d / %d (%d / %d / %d) | %s %s | %s | %.4f |", all[0], all[1], all[2],
                        confirm[0], confirm[1], confirm[2], f(worst), worstQid, large.isEmpty() ? "none" : String.join(" ", large),
                        randomisation(s, base, judged)));
            }
            System.out.println(row);
        }
        if (perTopic) perTopic(judged, scores);
    }

    private static void perTopic(List<NewsCollection.Topic> judged, Map<String, Map<String, TopicScores>> scores) {
        System.out.println();
        System.out.println("nDCG@10 per topic (* = tuning half):");
        StringBuilder head = new StringBuilder("| qid | query");
        scores.keySet().forEach(n -> head.append(" | ").append(n));
        System.out.println(head + " |");
        System.out.println("|---|---" + "|---".repeat(scores.size()) + "|");
        for (NewsCollection.Topic t : judged) {
            StringBuilder row = new StringBuilder("| " + t.qid() + (t.tuning() ? "*" : "") + " | " + t.query());
            scores.values().forEach(s -> row.append(" | ").append(f(s.get(t.qid()).ndcg())));
            System.out.println(row + " |");
        }
    }

    static TopicScores score(List<String> ranking, Map<String, Integer> judgments) {
        List<Integer> ideal = judgments.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
        double dcg = 0;
        double idcg = 0;
        int relevantAt5 = 0;
        int relevantAt20 = 0;
        int unjudged = 0;
        for (int i = 0; i < Math.min(R_DEPTH, ranking.size()); i++) {
            Integer g = judgments.get(ranking.get(i));
            int grade = g == null ? 0 : g;
            if (i < NDCG_DEPTH) {
                dcg += grade / log2(i + 2);
                if (g == null) unjudged++;
            }
            if (grade > 0 && i < P_DEPTH) relevantAt5++;
            if (grade > 0) relevantAt20++;
        }
        for (int i = 0; i < Math.min(NDCG_DEPTH, ideal.size()); i++) idcg += ideal.get(i) / log2(i + 2);
        return new TopicScores(idcg == 0 ? 0 : dcg / idcg, relevantAt5 / (double) P_DEPTH,
                ideal.isEmpty() ? 0 : relevantAt20 / (double) ideal.size(), unjudged / (double) NDCG_DEPTH);
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    private static double mean(Map<String, TopicScores> s, List<NewsCollection.Topic> topics, Predicate<NewsCollection.Topic> keep,
                               java.util.function.ToDoubleFunction<TopicScores> metric) {
        double sum = 0;
        int n = 0;
        for (NewsCollection.Topic t : topics) {
            if (!keep.test(t)) continue;
            sum += metric.applyAsDouble(s.get(t.qid()));
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Topics won, tied and lost on nDCG@10 against the baseline (a difference under 0.0005 is a tie). */
    private static int[] wtl(Map<String, TopicScores> s, Map<String, TopicScores> base, List<NewsCollection.Topic> topics,
                             Predicate<NewsCollection.Topic> keep) {
        int[] out = new int[3];
        for (NewsCollection.Topic t : topics) {
            if (!keep.test(t)) continue;
            double d = s.get(t.qid()).ndcg() - base.get(t.qid()).ndcg();
            out[d > 0.0005 ? 0 : d < -0.0005 ? 2 : 1]++;
        }
        return out;
    }

    /**
     * Two-sided paired randomisation test on the mean nDCG@10 difference: each topic's difference flips sign at
     * random ({@value #PERMUTATIONS} times, fixed seed); p = share of flips at least as extreme as observed.
     */
    static double randomisation(Map<String, TopicScores> s, Map<String, TopicScores> base, List<NewsCollection.Topic> topics) {
        double[] d = new double[topics.size()];
        double observed = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] = s.get(topics.get(i).qid()).ndcg() - base.get(topics.get(i).qid()).ndcg();
            observed += d[i];
        }
        Random random = new Random(23);
        int extreme = 0;
        for (int p = 0; p < PERMUTATIONS; p++) {
            double sum = 0;
            for (double x : d) sum += random.nextBoolean() ? x : -x;
            if (Math.abs(sum) >= Math.abs(observed) - 1e-12) extreme++;
        }
        return (extreme + 1) / (double) (PERMUTATIONS + 1);
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }
}
