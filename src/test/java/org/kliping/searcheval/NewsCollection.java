package org.kliping.searcheval;

import com.fasterxml.jackson.databind.JsonNode;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleDraft;
import org.kliping.domain.IndexEntry;
import org.kliping.ingest.ArticleReaders;
import org.kliping.ingest.ImportLimits;
import org.kliping.ingest.ReadOutcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The judged news collection: IndoSum articles, topics ({@code qid, query, description, notes}) and graded
 * judgments ({@code qid<TAB>doc<TAB>grade}, 0-2). Topics and judgments are committed beside this class's
 * resources ({@code news-topics/}); the articles come from the shared data folder.
 */
final class NewsCollection {
    /** Where the committed topics and judgments live (test resources). */
    static final Path COMMITTED = Path.of("src/test/resources/org/kliping/searcheval/news-topics");

    record Topic(String qid, String query, String description) {
        /** The fixed split: topics with an odd number tune, the others confirm. */
        boolean tuning() {
            return number() % 2 == 1;
        }

        int number() {
            String digits = qid.replaceAll("\\D", "");
            return digits.isEmpty() ? Math.floorMod(qid.hashCode(), 2) : Integer.parseInt(digits.substring(Math.max(0, digits.length() - 6)));
        }
    }

    /** One IndoSum article as the shared data holds it. */
    record NewsArticle(String id, String title, String source, String date, String body) {
    }

    private NewsCollection() {
    }

    static List<Topic> topics(Path file) throws IOException {
        List<Topic> out = new ArrayList<>();
        for (JsonNode n : RetrievalEval.jsonl(file)) {
            out.add(new Topic(n.get("qid").asText(), n.get("query").asText(), n.path("description").asText("")));
        }
        return out;
    }

    /** qid to doc to grade; a missing file or line means unjudged (grade 0 for scoring). */
    static Map<String, Map<String, Integer>> qrels(Path file) throws IOException {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) continue;
            String[] f = line.strip().split("\\s+");
            if (f.length != 3) throw new IllegalArgumentException(file + ":" + lineNo + ": expected qid, doc, grade: " + line);
            out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Integer.parseInt(f[2]));
        }
        return out;
    }

    static List<NewsArticle> articles(Path jsonl) throws IOException {
        List<NewsArticle> out = new ArrayList<>();
        for (JsonNode n : RetrievalEval.jsonl(jsonl)) {
            out.add(new NewsArticle(n.get("id").asText(), n.path("title").isNull() ? "" : n.path("title").asText(""),
                    n.path("source").asText(""), n.path("date").asText(""), n.get("body").asText()));
        }
        return out;
    }

    /** The articles read through the import pipeline, as {@code kliping import} reads them (ids from 1). */
    static List<IndexEntry> imported(Path jsonl) {
        List<IndexEntry> entries = new ArrayList<>();
        new ArticleReaders(ImportLimits.defaults()).read(jsonl, outcome -> {
            if (!(outcome instanceof ReadOutcome.Parsed parsed)) throw new IllegalStateException("not imported: " + outcome);
            ArticleDraft d = parsed.draft();
            Article a = new Article(entries.size() + 1L, d.externalId(), d.title(), d.titleDerived(), d.lede(), d.body(),
                    d.source(), d.place(), d.published(), d.publishedText(), d.url(), d.language(), "eval", null, "", false, false);
            entries.add(new IndexEntry(a, List.of(), List.of(), List.of()));
        });
        return entries;
    }
}
