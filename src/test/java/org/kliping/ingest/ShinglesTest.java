package org.kliping.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The import's shingles give exactly the sketch, signature and full set of {@link NearDuplicates#shingles}. */
class ShinglesTest {

    private static void assertSameAsSortingAll(String text) {
        long[] all = NearDuplicates.shingles(text);
        Shingles s = Shingles.of(text);
        assertThat(s.smallest()).isEqualTo(Arrays.copyOf(all, Math.min(NearDuplicates.SIGNATURE_SIZE, all.length)));
        assertThat(NearDuplicates.sketchOf(s.smallest())).isEqualTo(NearDuplicates.sketch(text));
        assertThat(NearDuplicates.signature(s.smallest())).isEqualTo(NearDuplicates.signature(all));
        assertThat(s.all()).isEqualTo(all);
        assertThat(s.all()).isEqualTo(all); // asked twice: the same
    }

    @Test
    void sameAsSortingAllOnSeedsAndTextsOfEveryLength() throws IOException {
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("seeds"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                assertSameAsSortingAll(text);
                words.addAll(Arrays.asList(text.split("\\s+")));
            }
        }
        Random random = new Random(17);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(round < 150 ? 400 : 3000); i > 0; i--) {
                text.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            assertSameAsSortingAll(text.toString());
        }
    }

    @Test
    void aTextRepeatingItselfFallsBackToSortingAll() {
        // 1,000 shingles, but only 40 distinct: too few below the guessed threshold, so all are sorted
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1004; i++) text.append("kata").append(i % 40).append(' ');
        assertSameAsSortingAll(text.toString());
        assertThat(Shingles.smallestDistinct(SimHash.unsortedShingleHashes(text.toString()), NearDuplicates.SIGNATURE_SIZE)).isNull();
        StringBuilder varied = new StringBuilder();
        for (int i = 0; i < 1004; i++) varied.append("kata").append(i).append(' ');
        assertThat(Shingles.smallestDistinct(SimHash.unsortedShingleHashes(varied.toString()), NearDuplicates.SIGNATURE_SIZE))
                .isEqualTo(Arrays.copyOf(NearDuplicates.shingles(varied.toString()), NearDuplicates.SIGNATURE_SIZE));
    }

    @Test
    void emptyAndShortTexts() {
        for (String text : List.of("", "  ", "satu", "satu dua tiga empat", "satu dua tiga empat lima enam")) {
            assertSameAsSortingAll(text);
        }
        assertThat(Shingles.of("").smallest()).isEmpty();
    }
}
