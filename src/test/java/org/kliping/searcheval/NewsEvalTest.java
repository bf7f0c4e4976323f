package org.kliping.searcheval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The news-topic measures on hand-made rankings, and the committed collection's consistency. */
class NewsEvalTest {

    @Test
    void ndcgPrecisionAndRecallOfAHandMadeRanking() {
        Map<String, Integer> judged = Map.of("a", 2, "b", 1, "c", 0, "d", 2);
        // gains 2, 0, 1 at ranks 1-3 (c judged 0, x unjudged); ideal 2, 2, 1
        NewsEval.TopicScores s = NewsEval.score(List.of("a", "x", "b", "c"), judged);
        double dcg = 2 + 1 / (Math.log(4) / Math.log(2));
        double idcg = 2 + 2 / (Math.log(3) / Math.log(2)) + 1 / (Math.log(4) / Math.log(2));
        assertThat(s.ndcg()).isCloseTo(dcg / idcg, within(1e-9));
        assertThat(s.p5()).isCloseTo(2 / 5.0, within(1e-9));
        assertThat(s.r20()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.unjudged10()).isCloseTo(0.1, within(1e-9));
        assertThat(NewsEval.score(List.of("a", "d", "b"), judged).ndcg()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void identicalRankingsAreNotSignificantlyDifferent() {
        List<NewsCollection.Topic> topics = List.of(new NewsCollection.Topic("N01", "a", ""), new NewsCollection.Topic("N02", "b", ""));
        Map<String, NewsEval.TopicScores> same = new LinkedHashMap<>();
        for (NewsCollection.Topic t : topics) same.put(t.qid(), new NewsEval.TopicScores(0.5, 0.5, 0.5, 0));
        assertThat(NewsEval.randomisation(same, same, topics)).isEqualTo(1.0);
        assertThat(topics.get(0).tuning()).isTrue();
        assertThat(topics.get(1).tuning()).isFalse();
    }

    @Test
    void everyCommittedTopicIsJudgedAndHasRelevantArticles() throws IOException {
        List<NewsCollection.Topic> topics = NewsCollection.topics(NewsCollection.COMMITTED.resolve("topics.jsonl"));
        Map<String, Map<String, Integer>> qrels = NewsCollection.qrels(NewsCollection.COMMITTED.resolve("qrels.tsv"));
        assertThat(topics).hasSize(64);
        Set<String> qids = new HashSet<>();
        for (NewsCollection.Topic t : topics) {
            qids.add(t.qid());
            assertThat(t.query().split("\\s+").length).as(t.qid()).isBetween(1, 5);
            assertThat(qrels.get(t.qid())).as(t.qid()).isNotEmpty();
            assertThat(qrels.get(t.qid()).values()).as(t.qid()).allMatch(g -> g >= 0 && g <= 2).anyMatch(g -> g > 0);
        }
        assertThat(qrels.keySet()).isEqualTo(qids);
        // every article any pooled system returned in its top 20 is judged
        Map<String, Map<String, List<String>>> pool = NewsEval.tsvRun(NewsCollection.COMMITTED.resolve("pool-runs.tsv"));
        assertThat(pool).hasSize(7);
        pool.values().forEach(run -> run.forEach((qid, ids) -> assertThat(qrels.get(qid)).containsKeys(ids.toArray(String[]::new))));
    }
}
