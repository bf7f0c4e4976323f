package org.kliping.searcheval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kliping.domain.Article;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SortOrder;
import org.kliping.search.ArticleIndex;
import org.kliping.search.SearchSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Indexes a corpus through {@link ArticleIndex} and scores known-item/QA retrieval (one relevant doc per query). */
final class RetrievalEval {
    static final int CUTOFF = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Scores(double mrr, double recall, int queries) {
        static final Scores NONE = new Scores(Double.NaN, Double.NaN, 0);

        /** Scores of the queries {@code keep} accepts, from each query's rank (0 = not in the top 10). */
        static Scores of(Map<String, Integer> ranks, java.util.function.Predicate<String> keep) {
            double rr = 0;
            int found = 0;
            int n = 0;
            for (Map.Entry<String, Integer> e : ranks.entrySet()) {
                if (!keep.test(e.getKey())) continue;
                n++;
                if (e.getValue() > 0) {
                    rr += 1.0 / e.getValue();
                    found++;
                }
            }
            return n == 0 ? NONE : new Scores(rr / n, (double) found / n, n);
        }
    }

    /** All TyDi questions, and the two halves (tune on A, confirm on B). */
    record TydiScores(Scores all, Scores halfA, Scores halfB) {
        static final TydiScores NONE = new TydiScores(Scores.NONE, Scores.NONE, Scores.NONE);
    }

    /**
     * Half A or B of the TyDi questions, split by source article (the qid without its question number), so that
     * questions about the same Wikipedia article never fall in both halves.
     */
    static boolean inHalfA(String qid) {
        int cut = qid.lastIndexOf('-');
        String article = cut > 0 ? qid.substring(0, cut) : qid;
        return Math.floorMod(article.hashCode(), 2) == 0;
    }

    record IndosumScores(Scores titleBodyOnly, Scores summaryBodyOnly, Scores summaryWithTitles) {
        static final IndosumScores NONE = new IndosumScores(Scores.NONE, Scores.NONE, Scores.NONE);
    }

    record Query(String qid, String text) {
    }

    private RetrievalEval() {
    }

    static TydiScores tydi(Path dir, SearchSettings settings) throws IOException {
        List<IndexEntry> entries = RAW_TYDI ? rawPassages(dir.resolve("corpus.jsonl")) : imported(dir.resolve("corpus.jsonl"));
        List<Query> queries = new ArrayList<>();
        for (JsonNode n : jsonl(dir.resolve("queries.jsonl"))) queries.add(new Query(n.get("qid").asText(), n.get("query").asText()));
        Map<String, Integer> ranks = ranks(entries, queries, qrels(dir.resolve("qrels.txt")), settings);
        return new TydiScores(Scores.of(ranks, q -> true), Scores.of(ranks, RetrievalEval::inHalfA),
                Scores.of(ranks, q -> !inHalfA(q)));
    }

    /**
     * True: passages indexed as bare bodies without titles (the measurements before 2026-11-22). False (default):
     * read through the import pipeline like {@code kliping import}, which derives a title from the first sentence,
     * so the numbers match {@code kliping search --batch} (checked with {@link BatchRunScore}).
     */
    static final boolean RAW_TYDI = Boolean.getBoolean("kliping.eval.rawTydi");

    private static List<IndexEntry> rawPassages(Path corpus) throws IOException {
        List<IndexEntry> entries = new ArrayList<>();
        long id = 1;
        for (JsonNode n : jsonl(corpus)) entries.add(entry(id++, n.get("id").asText(), "", n.get("text").asText(), null, null));
        return entries;
    }

    private static List<IndexEntry> imported(Path corpus) {
        return NewsCollection.imported(corpus);
    }

    /** IndoSum scores; {@code titlesOnly}: only the T- queries (the quickest part, ~1/3 of the time). */
    static IndosumScores indosum(Path articlesDir, Path queriesDir, SearchSettings settings, boolean titlesOnly)
            throws IOException {
        List<IndexEntry> bodyOnly = new ArrayList<>();
        List<IndexEntry> withTitles = new ArrayList<>();
        long id = 1;
        for (JsonNode n : jsonl(articlesDir.resolve("articles.jsonl"))) {
            String ext = n.get("id").asText();
            String title = n.path("title").isNull() ? "" : n.path("title").asText("");
            LocalDate date = n.hasNonNull("date") ? LocalDate.parse(n.get("date").asText()) : null;
            String source = n.path("source").asText(null);
            bodyOnly.add(entry(id, ext, "", n.get("body").asText(), source, date));
            withTitles.add(entry(id, ext, title, n.get("body").asText(), source, date));
            id++;
        }
        List<Query> titles = new ArrayList<>();
        List<Query> summaries = new ArrayList<>();
        for (JsonNode n : jsonl(queriesDir.resolve("queries.jsonl"))) {
            Query q = new Query(n.get("qid").asText(), n.get("query").asText());
            (q.qid().startsWith("T-") ? titles : summaries).add(q);
        }
        Map<String, String> qrels = qrels(queriesDir.resolve("qrels.txt"));
        // Titles are derived from the URL slug, so title queries run against bodies only (see the data README).
        if (titlesOnly) return new IndosumScores(run(bodyOnly, titles, qrels, settings), Scores.NONE, Scores.NONE);
        return new IndosumScores(run(bodyOnly, titles, qrels, settings), run(bodyOnly, summaries, qrels, settings),
                run(withTitles, summaries, qrels, settings));
    }

    private static Scores run(List<IndexEntry> entries, List<Query> queries, Map<String, String> qrels,
                              SearchSettings settings) throws IOException {
        return Scores.of(ranks(entries, queries, qrels, settings), q -> true);
    }

    /** Rank (1-based) of each query's relevant document in its top 10, 0 when absent. */
    private static Map<String, Integer> ranks(List<IndexEntry> entries, List<Query> queries, Map<String, String> qrels,
                                              SearchSettings settings) throws IOException {
        Path dir = Files.createTempDirectory("kliping-eval");
        try (ArticleIndex index = ArticleIndex.open(dir, settings)) {
            entries.forEach(index::upsert);
            index.commit(entries.size());
            Map<String, Integer> ranks = new HashMap<>();
            StringBuilder misses = new StringBuilder();
            for (Query q : queries) {
                String relevant = qrels.get(q.qid());
                List<SearchHit> hits = index.search(new SearchRequest(q.text(), CUTOFF, 0, SortOrder.RELEVANCE)).hits();
                int rank = 0;
                while (rank < hits.size() && !hits.get(rank).externalId().equals(relevant)) rank++;
                ranks.put(q.qid(), rank < hits.size() ? rank + 1 : 0);
                if (rank > 0 && !hits.isEmpty()) {
                    misses.append(q.qid()).append('\t').append(rank < hits.size() ? rank + 1 : -1).append('\t')
                            .append(q.text()).append("\n   relevant ").append(relevant).append("\n   top ")
                            .append(hits.get(0).snippet()).append('\n');
                }
            }
            String dump = System.getenv("KLIPING_EVAL_DUMP");
            if (dump != null) Files.writeString(Path.of(dump), misses.toString(), StandardCharsets.UTF_8);
            return ranks;
        } finally {
            deleteRecursively(dir);
        }
    }

    private static IndexEntry entry(long id, String externalId, String title, String body, String source, LocalDate date) {
        Article a = new Article(id, externalId, title, false, "", body, source, null, date, null, null, "id",
                "eval", null, "", false, false);
        return new IndexEntry(a, List.of(), List.of(), List.of());
    }

    static List<JsonNode> jsonl(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) out.add(JSON.readTree(line));
        }
        return out;
    }

    static Map<String, String> qrels(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && !f[3].equals("0")) out.put(f[0], f[2]);
        }
        return out;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
