package org.kliping.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortcuts of the near-duplicate check (sets kept from earlier batches, one pivot read an article, pairs decided
 * from the links a run made) link exactly the pairs that comparing every candidate on both full shingle sets links: the
 * same syndicated corpus, in two runs of several batches, imported both ways, with a small memory of sets (a corpus of a
 * few thousand articles would otherwise have them all at hand).
 */
class NearDuplicateLinksTest {

    @TempDir
    Path dir;

    @Test
    void theShortcutsLinkExactlyThePairsThatReadingEveryCandidateLinks() throws IOException, SQLException {
        List<Path> files = syndicatedCorpus(dir.resolve("corpus"), 1200, new Random(28));
        Map<String, Long> fast = importAll(files, dir.resolve("fast"), false);
        Map<String, Long> plain = importAll(files, dir.resolve("plain"), true);

        Set<String> fastLinks = links(dir.resolve("fast"));
        Set<String> plainLinks = links(dir.resolve("plain"));
        assertThat(plainLinks).hasSizeGreaterThan(2 * 1200);
        assertThat(fastLinks).isEqualTo(plainLinks);
        assertThat(fast.get("pairsLinked")).isEqualTo(plain.get("pairsLinked"));

        assertThat(plain.get("decidedByLinks")).isZero();
        assertThat(fast.get("decidedByLinks")).as("pairs decided without a read or a comparison").isPositive();
        assertThat(fast.get("pairsCompared") + fast.get("decidedByLinks")).isEqualTo(plain.get("pairsCompared"));
        // both ways some pairs are not linked: copies edited beyond the threshold, and articles sharing a paragraph
        assertThat(plain.get("pairsCompared") + plain.get("ruledOutBySignature")).isGreaterThan(plain.get("pairsLinked"));
    }

    private static Map<String, Long> importAll(List<Path> files, Path archiveDir, boolean readEveryCandidate) {
        try (Archive archive = Archive.open(archiveDir, ProgressListener.NONE)) {
            ImportService imports = archive.services().imports();
            if (readEveryCandidate) imports.readEveryNearDuplicateCandidate();
            imports.batchesOf(100);
            imports.keepNearDuplicateSetsOf(20_000); // a hundred sets or so: most candidates are not at hand
            for (Path file : files) { // two runs: the second finds the first's articles stored
                ImportReport report = imports.importPaths(List.of(file), ImportListener.NONE);
                assertThat(report.rejected()).isEmpty();
            }
            return imports.nearDuplicateWork();
        }
    }

    private static Set<String> links(Path archiveDir) throws SQLException {
        Set<String> links = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + archiveDir.resolve("kliping.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT article_id, other_id FROM near_duplicate")) {
            while (rs.next()) links.add(rs.getLong(1) + "-" + rs.getLong(2));
        }
        return links;
    }

    /**
     * {@code n} articles in two files: stories in 4 to 14 copies, each copy edited more or less (so that some pairs of
     * copies fall either side of the threshold), a few articles on their own, and a paragraph many articles share; all
     * shuffled, so a story's copies fall in different batches and runs.
     */
    private static List<Path> syndicatedCorpus(Path root, int n, Random random) throws IOException {
        Files.createDirectories(root);
        List<String> common = story(random, 1);
        List<String> bodies = new ArrayList<>();
        while (bodies.size() < n) {
            List<String> story = story(random, 6 + random.nextInt(6));
            if (random.nextInt(3) == 0) story.add(common.get(0));
            int copies = random.nextInt(5) == 0 ? 1 : 4 + random.nextInt(11);
            for (int c = 0; c < copies && bodies.size() < n; c++) bodies.add(String.join("\\n\\n", copy(story, random)));
        }
        Collections.shuffle(bodies, random);
        List<Path> files = new ArrayList<>();
        for (int half = 0; half < 2; half++) {
            StringBuilder jsonl = new StringBuilder();
            for (int i = half * n * 3 / 4; i < (half == 0 ? n * 3 / 4 : n); i++) {
                jsonl.append("{\"title\":\"Berita ").append(i).append("\",\"source\":\"outlet").append(i % 40)
                        .append("\",\"body\":\"").append(bodies.get(i)).append("\"}\n");
            }
            Path file = root.resolve("part-" + half + ".jsonl");
            Files.writeString(file, jsonl);
            files.add(file);
        }
        return files;
    }

    private static List<String> story(Random random, int paragraphs) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 30; w++) text.append(w == 0 ? "" : " ").append("kata").append(random.nextInt(20000));
            out.add(text.append('.').toString());
        }
        return out;
    }

    /** A copy as another outlet runs it: up to 14 words changed, sometimes a paragraph left out or two swapped. */
    private static List<String> copy(List<String> story, Random random) {
        List<String> body = new ArrayList<>(story);
        if (body.size() > 2 && random.nextInt(3) == 0) body.remove(random.nextInt(body.size()));
        if (body.size() > 2 && random.nextInt(3) == 0) Collections.swap(body, 0, 1 + random.nextInt(body.size() - 1));
        int edits = random.nextInt(15);
        for (int e = 0; e < edits; e++) {
            int p = random.nextInt(body.size());
            String[] words = body.get(p).split(" ");
            words[random.nextInt(words.length)] = "ubah" + random.nextInt(100000);
            body.set(p, String.join(" ", words));
        }
        return body;
    }
}
