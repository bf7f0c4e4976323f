package org.kliping.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kliping.server.TeamServer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The team server under load, on this machine (issue 26): the demo (its PostgreSQL, three Solr nodes in this JVM)
 * filled with generated articles through the HTTP API, import throughput, search p50/p99 with 8 and 32 concurrent
 * clients, then the same searches with one Solr node stopped (errors counted). Requests go to the loopback only;
 * every loop is bounded in count.
 * <pre>
 * mvn -B -q -Pbench test-compile exec:java -Dexec.mainClass=org.kliping.bench.ServerBenchmark \
 *     -Dexec.args="--articles 20000 --queries 400"
 * </pre>
 */
public final class ServerBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        Path work = Files.createTempDirectory("kliping-server-bench");
        Path corpus = work.resolve("corpus.jsonl");
        new CorpusGenerator(SourceArticle.load(options.data())).write(corpus, options.articles(), options.seed(),
                CorpusGenerator.Kind.LIGHT);
        try (TeamServer server = TeamServer.demo(work.resolve("demo"), 0)) {
            String url = server.url();
            String token = server.adminToken();
            // import: the corpus in JSONL files of 1,000 articles, sent one after another as a client would
            List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
            long start = System.nanoTime();
            int imported = 0;
            for (int i = 0; i < lines.size(); i += 1000) {
                String part = String.join("\n", lines.subList(i, Math.min(lines.size(), i + 1000))) + "\n";
                Map<String, Object> body = Map.of("files", List.of(Map.of("name", "part-" + i + ".jsonl",
                        "data", Base64.getEncoder().encodeToString(part.getBytes(StandardCharsets.UTF_8)))));
                imported += post(url, token, "/api/import", body).path("imported").asInt();
            }
            double stored = (System.nanoTime() - start) / 1e9;
            long last = server.archive().store().lastChange();
            while (server.archive().follower().applied() < last) Thread.sleep(50);
            double indexed = (System.nanoTime() - start) / 1e9;
            System.out.printf("import: %d articles stored in %.1f s (%.0f/s), searchable after %.1f s (%.0f/s)%n",
                    imported, stored, imported / stored, indexed, imported / indexed);

            List<String> queries = queries(lines, options.queries(), options.seed());
            for (int clients : new int[]{8, 32}) {
                report("search, " + clients + " clients", url, token, queries, clients);
            }
            server.cluster().stopNode(1);
            report("search, 8 clients, one of three nodes stopped", url, token, queries, 8);
            server.cluster().startNode(1);
        }
        System.out.println("(timings on a shared 2-core machine are indicative only)");
    }

    private static List<String> queries(List<String> lines, int n, long seed) throws Exception {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            JsonNode a = JSON.readTree(lines.get(random.nextInt(lines.size())));
            String[] words = a.path("title").asText().split("\\s+");
            if (words.length < 3) continue;
            int i = random.nextInt(words.length - 1);
            out.add(random.nextBoolean() ? words[i] : words[i] + " " + words[i + 1]);
        }
        return out;
    }

    private static void report(String label, String url, String token, List<String> queries, int clients) throws Exception {
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> all = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            all.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < queries.size()) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/search?q="
                                + URLEncoder.encode(queries.get(i), StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token)
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    times.add(System.nanoTime() - t);
                }
                return null;
            }));
        }
        for (Future<?> f : all) f.get();
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("%s: %d searches, p50 %.1f ms, p99 %.1f ms, %.0f/s, %d errors%n", label, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1e6,
                sorted.size() / seconds, errors.get());
    }

    private static JsonNode post(String url, String token, String path, Object body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(path + ": HTTP " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }
}
