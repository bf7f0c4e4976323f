package org.kliping.searcheval;

import com.fasterxml.jackson.databind.JsonNode;
import org.kliping.domain.Article;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SortOrder;
import org.kliping.search.ArticleIndex;
import org.kliping.search.SearchSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A rough latency probe (not the benchmark): indexes IndoSum articles COPIES times over and times keyword and
 * phrase searches (page of 20, snippets, facets, exact total). Usage: {@code SearchLatencyProbe DATA_DIR [COPIES [CONFIG]]}.
 */
public final class SearchLatencyProbe {
    private SearchLatencyProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        // optional third argument: a configuration as in SearchQualityEval (name=KLIPING,bm25f=false,...)
        SearchSettings settings = args.length > 2 ? SearchQualityEval.EvalConfig.parse(args[2]).settings()
                : SearchSettings.defaults();
        List<JsonNode> articles = RetrievalEval.jsonl(data.resolve("indosum-articles/articles.jsonl"));
        List<String> queries = new ArrayList<>();
        for (JsonNode n : articles) {
            String[] t = n.path("title").asText("").split(" ");
            if (t.length >= 4) {
                queries.add(t[1] + " " + t[2]);
                queries.add("\"" + t[2] + " " + t[3] + "\"");
            }
        }
        Path dir = Files.createTempDirectory("kliping-probe");
        try (ArticleIndex index = ArticleIndex.open(dir, settings)) {
            long id = 1;
            for (int c = 0; c < copies; c++) {
                for (JsonNode n : articles) {
                    LocalDate date = LocalDate.parse(n.get("date").asText());
                    Article a = new Article(id++, n.get("id").asText(), n.path("title").asText("-"), false, "",
                            n.get("body").asText(), n.path("source").asText(null), null, date, null, null, "id", "probe",
                            null, "", false, false);
                    index.upsert(new IndexEntry(a, List.of("kategori/" + n.path("category").asText("x")), List.of(), List.of()));
                }
                index.commit(id);
            }
            for (int i = 0; i < 500; i++) index.search(SearchRequest.of(queries.get(i % queries.size()))); // warm-up
            int n = Math.min(2000, queries.size());
            long[] nanos = new long[n];
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                index.search(new SearchRequest(queries.get(i), 20, 0, SortOrder.RELEVANCE));
                nanos[i] = System.nanoTime() - t0;
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) order[i] = i;
            final long[] raw = nanos.clone();
            Arrays.sort(order, (a, b) -> Long.compare(raw[b], raw[a]));
            for (int i = 0; i < 5; i++) System.out.printf(Locale.ROOT, "slow: %.1f ms %s%n", raw[order[i]] / 1e6, queries.get(order[i]));
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%d articles, %d queries: p50 %.1f ms, p99 %.1f ms%n", index.count(), n,
                    nanos[n / 2] / 1e6, nanos[(int) (n * 0.99)] / 1e6);
        }
    }
}
