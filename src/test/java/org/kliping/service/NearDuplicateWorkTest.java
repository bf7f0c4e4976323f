package org.kliping.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The near-duplicate work of an import grows with what is new, not with the size of a family of copies: each article
 * has at most a few candidates, and each candidate costs at most one comparison or one read, however many copies of
 * its story the archive already holds. Work is counted ({@link ImportService#nearDuplicateWork}), not timed.
 */
class NearDuplicateWorkTest {

    @TempDir
    Path dir;

    @Test
    void workPerArticleStaysFlatAsAFamilyGrows() throws IOException {
        Map<String, Long> small = importFamily(8, dir.resolve("small"));
        Map<String, Long> large = importFamily(64, dir.resolve("large"));
        for (Map<String, Long> w : List.of(small, large)) {
            long articles = w.get("articlesLookedUp");
            assertThat(w.get("candidates")).isLessThanOrEqualTo(5 * articles); // bounded per article
            // every candidate is decided once: ruled out, compared, or by a link already made
            assertThat(w.get("ruledOutBySignature") + w.get("pairsCompared") + w.get("decidedByLinks"))
                    .isLessThanOrEqualTo(w.get("candidates"));
            assertThat(w.get("storedArticlesRead")).isLessThanOrEqualTo(w.get("candidates"));
        }
        // eight times the family, the same work per article (within what the smaller family's first copies save)
        for (String counter : List.of("candidates", "pairsCompared", "storedArticlesRead", "pairsLinked")) {
            double perArticleSmall = (double) small.get(counter) / small.get("articlesLookedUp");
            double perArticleLarge = (double) large.get(counter) / large.get("articlesLookedUp");
            assertThat(perArticleLarge).as(counter + " per article, 64 copies against 8").isLessThanOrEqualTo(perArticleSmall * 1.5 + 0.5);
        }
        // a family's copies are linked, a copy to several others (the large family: all but the first few)
        assertThat(large.get("pairsLinked")).isGreaterThanOrEqualTo(4L * 64 - 10);
        assertThat(large.get("storedArticlesRead")).as("the second import reads the first's copies at most once each candidate")
                .isLessThanOrEqualTo(5L * 32);
    }

    /** One story in {@code copies} near-copies, imported in two runs (half each: the second finds the first's stored). */
    private static Map<String, Long> importFamily(int copies, Path root) throws IOException {
        Files.createDirectories(root);
        List<String> story = story(new Random(copies));
        Random edits = new Random(31L * copies);
        List<Path> files = new ArrayList<>();
        for (int half = 0; half < 2; half++) {
            StringBuilder jsonl = new StringBuilder();
            for (int c = half * copies / 2; c < (half + 1) * copies / 2; c++) {
                jsonl.append("{\"title\":\"Kisah keluarga ").append(c).append("\",\"source\":\"outlet").append(c)
                        .append("\",\"body\":\"").append(String.join("\\n\\n", copy(story, edits))).append("\"}\n");
            }
            Path file = root.resolve("copies-" + half + ".jsonl");
            Files.writeString(file, jsonl);
            files.add(file);
        }
        try (Archive archive = Archive.open(root.resolve("archive"), ProgressListener.NONE)) {
            for (Path file : files) {
                ImportReport report = archive.services().imports().importPaths(List.of(file), ImportListener.NONE);
                assertThat(report.imported()).isEqualTo(copies / 2);
            }
            return archive.services().imports().nearDuplicateWork();
        }
    }

    /** Ten paragraphs of forty words. */
    private static List<String> story(Random random) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) text.append(w == 0 ? "" : " ").append("kata").append(random.nextInt(5000));
            paragraphs.add(text.append('.').toString());
        }
        return paragraphs;
    }

    /** A copy as another outlet runs it: three words changed, sometimes a paragraph left out. */
    private static List<String> copy(List<String> story, Random random) {
        List<String> body = new ArrayList<>(story);
        if (random.nextBoolean()) body.remove(1 + random.nextInt(body.size() - 1));
        for (int e = 0; e < 3; e++) {
            int p = random.nextInt(body.size());
            String[] words = body.get(p).split(" ");
            words[random.nextInt(words.length)] = "ubah" + random.nextInt(1000);
            body.set(p, String.join(" ", words));
        }
        return body;
    }
}
