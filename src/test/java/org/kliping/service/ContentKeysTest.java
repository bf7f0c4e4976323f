package org.kliping.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Stored duplicate keys depend on the whitespace collapse giving exactly what the regular expression gave. */
class ContentKeysTest {

    @Test
    void collapsesWhitespaceExactlyAsTheRegularExpressionDid() throws IOException {
        List<String> samples = new java.util.ArrayList<>(List.of("", " ", "a", "  a  b  ", "a\t\n\u000B\f\r b",
                "a\u00A0b\u2003c\u0085d\u2028e", "\r\n\r\nx\r\n", "tail \t"));
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("seeds")), Files.walk(Path.of("src/test/resources")))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                samples.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        for (String s : samples) {
            assertThat(ContentKeys.collapseWhitespace(s)).isEqualTo(s.replaceAll("\\s+", " "));
        }
        assertThat(samples).hasSizeGreaterThan(20);
    }

    @Test
    void everyCharacterIsASpaceExactlyWhenTheRegularExpressionSaysSo() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = "a" + (char) c + (char) c + "b";
            assertThat(ContentKeys.collapseWhitespace(s)).as("U+%04X", c).isEqualTo(s.replaceAll("\\s+", " "));
        }
    }

    @Test
    void keyIgnoresWhitespaceAndNonBreakingSpaces() {
        assertThat(ContentKeys.contentKey("Judul", "Satu  dua\r\n\ttiga"))
                .isEqualTo(ContentKeys.contentKey("Judul ", "Satu\u00A0dua tiga "))
                .isNotEqualTo(ContentKeys.contentKey("Judul", "Satu dua empat"));
    }
}
