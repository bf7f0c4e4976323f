package org.kliping.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Snippets are chosen exactly as before: the allocation-free score equals Lucene's default passage score. */
class PassageRankingTest {

    @Test
    void scoresEveryPassageExactlyAsLucenesDefaultScorer() {
        PassageScorer lucene = new PassageScorer();
        PassageRanking ours = new PassageRanking();
        String[] words = {"bebas", "kim", "jong", "un", "korea", "utara", "pasukan"};
        Random random = new Random(3);
        for (int round = 0; round < 5_000; round++) {
            Passage p = new Passage();
            int start = random.nextInt(5_000);
            p.setStartOffset(start);
            p.setEndOffset(start + 20 + random.nextInt(400));
            int matches = random.nextInt(9);
            for (int m = 0; m < matches; m++) {
                String w = words[random.nextInt(words.length)];
                p.addMatch(start + m * 2, start + m * 2 + 1, new BytesRef(w), 1 + Math.abs(w.hashCode() % 7));
            }
            int contentLength = 400 + random.nextInt(20_000);
            assertThat(ours.score(p, contentLength)).as("passage %s", p).isEqualTo(lucene.score(p, contentLength));
        }
    }

    @Test
    void repeatedTermsScoreHigherThanOne() {
        PassageRanking ours = new PassageRanking();
        Passage once = passage("bebas");
        Passage twice = passage("bebas", "bebas");
        assertThat(ours.score(twice, 1000)).isGreaterThan(ours.score(once, 1000));
    }

    private static Passage passage(String... terms) {
        Passage p = new Passage();
        p.setStartOffset(0);
        p.setEndOffset(100);
        for (int i = 0; i < terms.length; i++) p.addMatch(i * 10, i * 10 + 5, new BytesRef(terms[i]), 3);
        return p;
    }
}
