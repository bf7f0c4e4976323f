package org.kliping.searcheval;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the output of {@code kliping search --batch FILE --limit 10} (one JSON object per line, hits with
 * {@code externalId}) against a qrels file: the same MRR@10 / Recall@10 as {@link SearchQualityEval}, but through
 * the real CLI path (import cleaning, derived titles and dates included), split into the same halves.
 * <p>
 * Usage: {@code BatchRunScore BATCH_OUTPUT.jsonl QRELS.txt}
 */
public final class BatchRunScore {

    private BatchRunScore() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BatchRunScore BATCH_OUTPUT.jsonl QRELS.txt");
            System.exit(2);
        }
        Map<String, Integer> ranks = ranks(RetrievalEval.jsonl(Path.of(args[0])), RetrievalEval.qrels(Path.of(args[1])));
        print("all", RetrievalEval.Scores.of(ranks, q -> true));
        print("half A", RetrievalEval.Scores.of(ranks, RetrievalEval::inHalfA));
        print("half B", RetrievalEval.Scores.of(ranks, q -> !RetrievalEval.inHalfA(q)));
    }

    /** Rank (1-based) of each judged query's relevant article among its hits; 0 when absent. */
    static Map<String, Integer> ranks(List<JsonNode> results, Map<String, String> qrels) {
        Map<String, Integer> ranks = new HashMap<>();
        for (JsonNode r : results) {
            String qid = r.path("qid").asText();
            String relevant = qrels.get(qid);
            if (relevant == null) continue;
            int rank = 0;
            JsonNode hits = r.path("hits");
            for (int i = 0; i < Math.min(hits.size(), RetrievalEval.CUTOFF); i++) {
                if (relevant.equals(hits.get(i).path("externalId").asText())) {
                    rank = i + 1;
                    break;
                }
            }
            ranks.put(qid, rank);
        }
        return ranks;
    }

    private static void print(String name, RetrievalEval.Scores s) {
        System.out.printf(Locale.ROOT, "%s: MRR@10 %s, R@10 %s, %d queries%n", name,
                SearchQualityEval.fmt(s.mrr()), SearchQualityEval.fmt(s.recall()), s.queries());
    }
}
