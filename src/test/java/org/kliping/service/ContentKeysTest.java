package org.kliping.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    /** The key text as the general path makes it: what every stored key was made from. */
    private static byte[] generalKeyText(String title, String body) {
        return ContentKeys.collapseWhitespace(Normalizer.normalize(title + "\n" + body, Normalizer.Form.NFKC)
                .replace('\u00A0', ' ')).strip().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theOnePassKeyTextIsTheNormalisersOnSeedsAndEveryPlainCharacter() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("seeds")), Files.walk(Path.of("src/test/resources")))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        int plain = 0;
        for (String t : texts) {
            byte[] fast = ContentKeys.plainKeyText("Judul", t);
            if (fast != null) {
                plain++;
                assertThat(fast).isEqualTo(generalKeyText("Judul", t));
            }
        }
        assertThat(plain).as("texts on the one-pass path").isGreaterThan(texts.size() / 2);
        // every character of the blocks the one pass knows, and some it does not, in random company
        StringBuilder alphabet = new StringBuilder("e\u0301 \u0338\u00A0\u1680\u3000\uFF21\uD835\uDC00");
        for (char c = 0; c < 0x2070; c++) {
            if (c < 0x100 || c >= 0x2000) alphabet.append(c);
        }
        Random random = new Random(5);
        int fallbacks = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder title = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) title.append(alphabet.charAt(random.nextInt(alphabet.length())));
            for (int i = random.nextInt(12); i > 0; i--) {
                body.append(random.nextBoolean() ? ' ' : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            byte[] fast = ContentKeys.plainKeyText(title.toString(), body.toString());
            if (fast == null) {
                fallbacks++;
            } else {
                assertThat(fast).as("%s / %s", title, body).isEqualTo(generalKeyText(title.toString(), body.toString()));
            }
        }
        assertThat(fallbacks).as("texts the general path took").isBetween(1, 19_000);
        assertThat(ContentKeys.plainKeyText("Café", "naïve")).isNotNull();
        assertThat(ContentKeys.plainKeyText("Cafe\u0301", "naïve")).isNull(); // a combining accent composes
        assertThat(ContentKeys.plainKeyText("ﬁnal", "x")).isNull();
    }
}
