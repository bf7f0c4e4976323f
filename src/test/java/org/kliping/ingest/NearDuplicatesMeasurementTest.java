package org.kliping.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The measurement behind {@link SimHash#CANDIDATE_MAX_DISTANCE} and {@link NearDuplicates#MIN_RESEMBLANCE}
 * (docs/decisions/0003-export-formats.md) over all 4.8 million pairs of the shared IndoSum copy. Slow and
 * dependent on that file, so it runs only with {@code mvn -B -o verify -Pslow -Dtest=NearDuplicatesMeasurementTest};
 * the table goes to {@code target/near-duplicates-measurement.txt}.
 */
@Tag("slow")
class NearDuplicatesMeasurementTest {

    private static final Path INDOSUM = Path.of("/work/shared/data/indosum-articles/articles.jsonl");
    private static final int[] THRESHOLDS = {3, 14, 16, 18, 20};

    @Test
    void thresholdsSeparateEditedCopiesFromDistinctArticles() throws IOException {
        assumeTrue(Files.isReadable(INDOSUM), "IndoSum copy not present");
        List<String> bodies = new ArrayList<>();
        for (String line : Files.readAllLines(INDOSUM)) bodies.add(KlipingJson.MAPPER.readTree(line).get("body").asText());
        long[] fingerprints = bodies.stream().mapToLong(SimHash::fingerprint).toArray();
        long[][] shingles = bodies.stream().map(SimHash::shingleHashes).toArray(long[][]::new);

        long[] candidates = new long[THRESHOLDS.length];
        long pairs = 0;
        long confirmed = 0;
        for (int i = 0; i < bodies.size(); i++) {
            for (int j = i + 1; j < bodies.size(); j++) {
                pairs++;
                int d = SimHash.distance(fingerprints[i], fingerprints[j]);
                for (int t = 0; t < THRESHOLDS.length; t++) if (d <= THRESHOLDS[t]) candidates[t]++;
                if (d <= SimHash.CANDIDATE_MAX_DISTANCE && jaccard(shingles[i], shingles[j]) >= NearDuplicates.MIN_RESEMBLANCE) {
                    confirmed++;
                }
            }
        }
        Random random = new Random(1);
        int[] replacedFound = new int[THRESHOLDS.length];
        int[] editedFound = new int[THRESHOLDS.length];
        int copies = 0;
        for (String body : bodies) {
            String[] paragraphs = body.split("\n\n");
            if (paragraphs.length < 5 || paragraphs.length > 10) continue;
            copies++;
            int k = 1 + random.nextInt(paragraphs.length - 1);
            String[] other = bodies.get(random.nextInt(bodies.size())).split("\n\n");
            count(body, withParagraph(paragraphs, k, other[random.nextInt(other.length)]), replacedFound);
            count(body, withParagraph(paragraphs, k, everyEighthWordChanged(paragraphs[k])), editedFound);
        }

        StringBuilder table = new StringBuilder("pairs " + pairs + ", edited copies " + copies + "\n"
                + "distance<=  false-candidates  replaced-found  edited-found\n");
        for (int t = 0; t < THRESHOLDS.length; t++) {
            table.append(String.format("%10d  %15.5f%%  %13.1f%%  %11.1f%%%n", THRESHOLDS[t], 100.0 * candidates[t] / pairs,
                    100.0 * replacedFound[t] / copies, 100.0 * editedFound[t] / copies));
        }
        table.append("confirmed distinct pairs (false positives): ").append(confirmed).append('\n');
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/near-duplicates-measurement.txt"), table);

        int chosen = indexOf(SimHash.CANDIDATE_MAX_DISTANCE);
        assertThat(confirmed).isZero();
        assertThat((double) candidates[chosen] / pairs).isLessThan(0.001);
        assertThat((double) replacedFound[chosen] / copies).isGreaterThan(0.95);
        assertThat((double) editedFound[chosen] / copies).isGreaterThan(0.99);
    }

    /** Found at threshold t when the fingerprints are within t and the texts resemble enough. */
    private static void count(String original, String copy, int[] found) {
        int d = SimHash.distance(SimHash.fingerprint(original), SimHash.fingerprint(copy));
        boolean resembles = NearDuplicates.areNearDuplicates(original, copy);
        for (int t = 0; t < THRESHOLDS.length; t++) if (d <= THRESHOLDS[t] && resembles) found[t]++;
    }

    private static String withParagraph(String[] paragraphs, int k, String replacement) {
        String[] copy = paragraphs.clone();
        copy[k] = replacement;
        return String.join("\n\n", copy);
    }

    private static String everyEighthWordChanged(String paragraph) {
        String[] words = paragraph.split(" ");
        for (int w = 0; w < words.length; w += 8) words[w] = "diubah";
        return String.join(" ", words);
    }

    private static double jaccard(long[] x, long[] y) {
        int common = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return x.length + y.length == 0 ? 1 : (double) common / (x.length + y.length - common);
    }

    private static int indexOf(int threshold) {
        for (int t = 0; t < THRESHOLDS.length; t++) if (THRESHOLDS[t] == threshold) return t;
        throw new IllegalStateException("chosen threshold " + threshold + " not measured");
    }
}
