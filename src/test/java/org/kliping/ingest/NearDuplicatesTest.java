package org.kliping.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    private static List<String> indosum;

    @BeforeAll
    static void loadIndosum() throws IOException {
        indosum = new ArrayList<>();
        try (InputStream in = NearDuplicatesTest.class.getResourceAsStream("/near-duplicates/indosum-30.jsonl");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode node = KlipingJson.MAPPER.readTree(line);
                indosum.add(node.get("body").asText());
            }
        }
        assertThat(indosum).hasSize(30);
    }

    @Test
    void seedWithOneParagraphRewrittenIsANearDuplicate() throws IOException {
        String original = seed("000_d00ca00b6c077c31.txt");
        String sentence = "Gerasimov memuji ketahanan dan kepahlawanan militer Korea Utara yang berjuang bersama dengan "
                + "pasukan Rusia di wilayah tersebut.";
        assertThat(original).contains(sentence);
        String edited = original.replace(sentence,
                "Ia juga memuji keberanian prajurit Pyongyang yang bertempur berdampingan dengan tentara Rusia.");

        int distance = SimHash.distance(SimHash.fingerprint(original), SimHash.fingerprint(edited));
        assertThat(distance).isLessThanOrEqualTo(SimHash.CANDIDATE_MAX_DISTANCE);
        assertThat(NearDuplicates.areNearDuplicates(original, edited)).isTrue();
    }

    @Test
    void seedsAboutTheSameEventAreNotDuplicates() throws IOException {
        List<String> seeds = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path p : files.sorted().toList()) seeds.add(Files.readString(p));
        }
        assertThat(seeds).hasSize(5);
        for (int i = 0; i < seeds.size(); i++) {
            for (int j = i + 1; j < seeds.size(); j++) {
                assertThat(NearDuplicates.resemblance(seeds.get(i), seeds.get(j))).as("seeds %d-%d", i, j)
                        .isLessThan(0.05);
                assertThat(NearDuplicates.isCandidate(SimHash.fingerprint(seeds.get(i)), SimHash.fingerprint(seeds.get(j))))
                        .as("seeds %d-%d", i, j).isFalse();
            }
        }
    }

    @Test
    void noTwoDistinctIndosumArticlesAreDuplicates() {
        long[] fingerprints = indosum.stream().mapToLong(SimHash::fingerprint).toArray();
        int pairs = 0;
        int candidates = 0;
        for (int i = 0; i < indosum.size(); i++) {
            for (int j = i + 1; j < indosum.size(); j++) {
                pairs++;
                if (NearDuplicates.isCandidate(fingerprints[i], fingerprints[j])) candidates++;
                assertThat(NearDuplicates.areNearDuplicates(indosum.get(i), indosum.get(j))).as("pair %d-%d", i, j)
                        .isFalse();
            }
        }
        assertThat(pairs).isEqualTo(435);
        // The sample holds the fingerprint pairs that came closest among 4.8 million: the texts overrule them.
        assertThat(candidates).isBetween(1, 10);
    }

    @Test
    void indosumArticlesWithWordsEditedInOneParagraphAreFound() {
        for (String body : indosum) {
            String edited = editMiddleParagraph(body);
            assertThat(edited).isNotEqualTo(body);
            assertThat(NearDuplicates.isCandidate(SimHash.fingerprint(body), SimHash.fingerprint(edited))).isTrue();
            assertThat(NearDuplicates.areNearDuplicates(body, edited)).isTrue();
        }
    }

    @Test
    void signaturesEstimateTheResemblanceClosely() {
        int pairs = 0;
        for (int i = 0; i < indosum.size(); i++) {
            String body = indosum.get(i);
            String edited = editMiddleParagraph(body);
            String spliced = body.substring(0, body.length() / 2) + indosum.get((i + 1) % indosum.size())
                    .substring(indosum.get((i + 1) % indosum.size()).length() / 2);
            for (String other : List.of(edited, spliced, indosum.get((i + 7) % indosum.size()))) {
                long[] x = NearDuplicates.shingles(body);
                long[] y = NearDuplicates.shingles(other);
                double exact = NearDuplicates.resemblance(x, y);
                double estimate = NearDuplicates.estimatedResemblance(NearDuplicates.signature(x), NearDuplicates.signature(y));
                assertThat(estimate).as("pair %d", pairs).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.2));
                if (exact >= NearDuplicates.MIN_RESEMBLANCE) assertThat(estimate).isGreaterThanOrEqualTo(NearDuplicates.SURELY_DISTINCT_ESTIMATE);
                pairs++;
            }
        }
        long[] same = NearDuplicates.shingles(indosum.get(0));
        assertThat(NearDuplicates.estimatedResemblance(NearDuplicates.signature(same), NearDuplicates.signature(same))).isEqualTo(1.0);
        assertThat(NearDuplicates.signature(same)).hasSize(NearDuplicates.SIGNATURE_SIZE);
        long[] few = NearDuplicates.shingles("satu dua tiga empat lima enam");
        long[] fewOther = NearDuplicates.shingles("satu dua tiga empat lima tujuh");
        assertThat(NearDuplicates.estimatedResemblance(NearDuplicates.signature(few), NearDuplicates.signature(fewOther)))
                .as("short texts: exact").isEqualTo(NearDuplicates.resemblance(few, fewOther));
    }

    @Test
    void formattingAndCaseDoNotChangeTheFingerprint() {
        String text = indosum.get(0);
        String reformatted = "  " + text.toUpperCase(java.util.Locale.ROOT).replace("\n\n", "\n").replace(",", " ,") + "\n";
        assertThat(SimHash.fingerprint(reformatted)).isEqualTo(SimHash.fingerprint(text));
    }

    @Test
    void distanceCountsDifferingBits() {
        assertThat(SimHash.distance(0b1011L, 0b0001L)).isEqualTo(2);
        assertThat(SimHash.distance(-1L, 0L)).isEqualTo(64);
        assertThat(SimHash.fingerprint(" ... ")).isZero();
        assertThat(NearDuplicates.areNearDuplicates("Banjir di Jakarta", "banjir di jakarta!")).isTrue();
    }

    /** Replaces every fifth word of the middle paragraph, as an editor's pass over one paragraph would. */
    private static String editMiddleParagraph(String body) {
        String[] paragraphs = body.split("\n\n");
        int middle = paragraphs.length / 2;
        String[] words = paragraphs[middle].split(" ");
        for (int w = 0; w < words.length; w += 5) words[w] = "disunting";
        paragraphs[middle] = String.join(" ", words);
        return String.join("\n\n", paragraphs);
    }

    private static String seed(String name) throws IOException {
        return Files.readString(Path.of("seeds", name));
    }
}
