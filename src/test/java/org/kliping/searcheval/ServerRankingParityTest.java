package org.kliping.searcheval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SortOrder;
import org.kliping.search.ArticleIndex;
import org.kliping.search.SearchSettings;
import org.kliping.server.DemoCluster;
import org.kliping.server.index.SolrArchiveIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The held-out TyDi questions (half B, RetrievalEval) searched through a three-node SolrCloud with Kliping's plugin
 * and on the desktop's index, over the same imported passages: MRR@10 within 0.01 (issue 26). Slow profile; needs
 * /work/shared/data (or KLIPING_DATA), else skipped with a message.
 */
@Tag("slow")
class ServerRankingParityTest {
    @TempDir
    Path dir;

    @Test
    void heldOutQuestionsRankAsOnTheDesktop() throws Exception {
        Path data = Path.of(System.getenv().getOrDefault("KLIPING_DATA", "/work/shared/data")).resolve("tydiqa-id-train");
        Assumptions.assumeTrue(Files.exists(data.resolve("corpus.jsonl")), "no TyDi data at " + data + ": skipped");
        List<IndexEntry> entries = NewsCollection.imported(data.resolve("corpus.jsonl"));
        Map<String, String> qrels = RetrievalEval.qrels(data.resolve("qrels.txt"));
        List<String[]> queries = new ArrayList<>();
        for (JsonNode n : RetrievalEval.jsonl(data.resolve("queries.jsonl"))) {
            String qid = n.get("qid").asText();
            if (!RetrievalEval.inHalfA(qid) && qrels.containsKey(qid)) queries.add(new String[]{qid, n.get("query").asText()});
        }
        double desktop;
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("desktop"), SearchSettings.defaults())) {
            entries.forEach(index::upsert);
            index.commit(1);
            desktop = mrr(queries, qrels, q -> index.search(new SearchRequest(q, 10, 0, SortOrder.RELEVANCE)).hits());
        }
        double server;
        try (DemoCluster cluster = DemoCluster.start(dir.resolve("solr"), 3);
             SolrArchiveIndex index = SolrArchiveIndex.connect(cluster.nodeUrls(), "parity")) {
            index.ensureCollection(3);
            cluster.waitForActive("parity", 3);
            for (int i = 0; i < entries.size(); i += 500) {
                index.apply(entries.subList(i, Math.min(entries.size(), i + 500)), List.of());
            }
            assertThat(index.count()).isEqualTo(entries.size());
            server = mrr(queries, qrels, q -> index.search(new SearchRequest(q, 10, 0, SortOrder.RELEVANCE)).hits());
        }
        System.out.printf("TyDi held-out half (%d questions, %d passages): MRR@10 desktop %.4f, server %.4f%n",
                queries.size(), entries.size(), desktop, server);
        assertThat(Math.abs(desktop - server)).isLessThanOrEqualTo(0.01);
    }

    interface Searcher {
        List<SearchHit> top(String query) throws Exception;
    }

    private static double mrr(List<String[]> queries, Map<String, String> qrels, Searcher s) throws Exception {
        double sum = 0;
        for (String[] q : queries) {
            List<SearchHit> hits = s.top(q[1]);
            for (int r = 0; r < hits.size(); r++) {
                if (qrels.get(q[0]).equals(hits.get(r).externalId())) {
                    sum += 1.0 / (r + 1);
                    break;
                }
            }
        }
        return sum / queries.size();
    }
}
