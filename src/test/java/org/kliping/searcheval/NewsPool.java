package org.kliping.searcheval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.kliping.search.SearchSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pools the top {@value #DEPTH} articles of seven systems for each news topic, for graders who must not know
 * which system returned what:
 * <ul>
 *   <li>{@code RUNS.tsv} (kept by the engineer): {@code qid system rank doc}, every system's ranking;</li>
 *   <li>{@code POOL_DIR/<qid>.jsonl}: one line per distinct pooled article ({@code qid, query, description, doc,
 *       title, source, date, text}), in a seeded random order unrelated to any ranking; {@code SUMMARY.txt}; and
 *       {@code READY}, written last.</li>
 * </ul>
 * Usage: {@code NewsPool DATA_DIR TOPICS.jsonl POOL_DIR RUNS.tsv}. Refuses to write into a pool folder that
 * already has {@code READY}.
 */
public final class NewsPool {
    static final int DEPTH = 20;
    /** Fixed, so the order of a pool file is reproducible; it says nothing about any ranking. */
    private static final long SHUFFLE_SEED = 20261207L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private NewsPool() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: NewsPool DATA_DIR TOPICS.jsonl POOL_DIR RUNS.tsv");
            System.exit(2);
        }
        Path articlesFile = Path.of(args[0]).resolve("indosum-articles/articles.jsonl");
        Path poolDir = Path.of(args[2]);
        Path runsFile = Path.of(args[3]);
        if (Files.exists(poolDir.resolve("READY"))) {
            System.err.println("NewsPool: " + poolDir + " already has READY; not overwriting a pool graders may be using");
            System.exit(1);
        }
        List<NewsCollection.Topic> topics = NewsCollection.topics(Path.of(args[1]));
        List<NewsCollection.NewsArticle> articles = NewsCollection.articles(articlesFile);
        Map<String, List<String>> emptyCheck = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> runs = runs(articlesFile, articles, topics);
        for (NewsCollection.Topic t : topics) emptyCheck.put(t.qid(), runs.get("bare-or").get(t.qid()));
        writeRuns(runsFile, runs);
        writePool(poolDir, topics, articles, runs);
        for (Map.Entry<String, List<String>> e : emptyCheck.entrySet()) {
            if (e.getValue().isEmpty()) System.err.println("NewsPool: note: bare OR finds nothing for " + e.getKey());
        }
    }

    /** system to qid to top {@value #DEPTH} ids. */
    static Map<String, Map<String, List<String>>> runs(Path articlesFile, List<NewsCollection.NewsArticle> articles,
                                                        List<NewsCollection.Topic> topics) throws IOException {
        Map<String, Map<String, List<String>>> runs = new LinkedHashMap<>();
        try (LuceneBaselines id = LuceneBaselines.indonesian(articles);
             LuceneBaselines std = LuceneBaselines.standard(articles)) {
            for (LuceneBaselines.NewsSystem s : List.of(
                    id.parsed("bare-or", QueryParser.Operator.OR),
                    id.parsed("bare-and", QueryParser.Operator.AND),
                    id.titleWeighted("bm25-title2-k0.9-b0.4", 2f, 0.9f, 0.4f),
                    id.proximity("phrase-proximity"),
                    std.parsed("standard-or", QueryParser.Operator.OR))) {
                Map<String, List<String>> run = new LinkedHashMap<>();
                for (NewsCollection.Topic t : topics) run.put(t.qid(), s.top(t.query(), DEPTH));
                runs.put(s.name(), run);
            }
        }
        runs.put("kliping-default-service", KlipingRuns.service(articlesFile, topics, DEPTH));
        try (KlipingRuns.Indexed indexed = new KlipingRuns.Indexed(NewsCollection.imported(articlesFile))) {
            runs.put("kliping-bm25f-no-every-word-first",
                    indexed.run(SearchSettings.defaults().withCoordination(false), KlipingRuns.queries(topics), DEPTH));
        }
        return runs;
    }

    private static void writeRuns(Path file, Map<String, Map<String, List<String>>> runs) throws IOException {
        StringBuilder sb = new StringBuilder();
        runs.forEach((system, run) -> run.forEach((qid, ids) -> {
            for (int i = 0; i < ids.size(); i++) sb.append(qid).append('\t').append(system).append('\t').append(i + 1).append('\t').append(ids.get(i)).append('\n');
        }));
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static void writePool(Path dir, List<NewsCollection.Topic> topics, List<NewsCollection.NewsArticle> articles,
                                  Map<String, Map<String, List<String>>> runs) throws IOException {
        Files.createDirectories(dir);
        Map<String, NewsCollection.NewsArticle> byId = articles.stream()
                .collect(Collectors.toMap(NewsCollection.NewsArticle::id, Function.identity()));
        StringBuilder summary = new StringBuilder();
        int total = 0;
        List<String> perTopic = new ArrayList<>();
        for (NewsCollection.Topic t : topics) {
            TreeSet<String> pooled = new TreeSet<>(); // sorted first, so the shuffle alone decides the order
            for (Map<String, List<String>> run : runs.values()) pooled.addAll(run.getOrDefault(t.qid(), List.of()));
            List<String> order = new ArrayList<>(pooled);
            Collections.shuffle(order, new Random(SHUFFLE_SEED ^ t.qid().hashCode()));
            StringBuilder lines = new StringBuilder();
            for (String doc : order) {
                NewsCollection.NewsArticle a = byId.get(doc);
                if (a == null) throw new IllegalStateException("pooled article not in the collection: " + doc);
                ObjectNode o = JSON.createObjectNode();
                o.put("qid", t.qid());
                o.put("query", t.query());
                o.put("description", t.description());
                o.put("doc", a.id());
                o.put("title", a.title());
                o.put("source", a.source());
                o.put("date", a.date());
                o.put("text", a.body());
                lines.append(JSON.writeValueAsString(o)).append('\n');
            }
            Path tmp = dir.resolve(t.qid() + ".jsonl.tmp");
            Files.writeString(tmp, lines.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(t.qid() + ".jsonl"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            perTopic.add(t.qid() + "\t" + order.size());
            total += order.size();
        }
        summary.append("topics: ").append(topics.size()).append('\n');
        summary.append("articles to grade: ").append(total).append('\n');
        summary.append("articles per topic (qid, count):\n");
        perTopic.forEach(l -> summary.append(l).append('\n'));
        Files.writeString(dir.resolve("SUMMARY.txt"), summary.toString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("READY"), "pool complete: " + topics.size() + " topics, " + total + " articles\n",
                StandardCharsets.UTF_8);
        System.out.print(summary);
    }
}
