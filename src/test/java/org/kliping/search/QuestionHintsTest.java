package org.kliping.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kliping.search.QuestionHints.Mention.DATE;
import static org.kliping.search.QuestionHints.Mention.NUMBER;

/** The index-time mention scanner marks exactly what the regular expressions it replaced marked. */
class QuestionHintsTest {

    /** The definitions the scanner must agree with (the index was built with them). */
    private static final Pattern DATE_REGEX = Pattern.compile(
            "\\b(1[0-9]{3}|20[0-9]{2})\\b|\\b(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober"
                    + "|november|desember|abad)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_REGEX = Pattern.compile("\\d|\\b(ratus|ribu|juta|miliar|triliun)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final List<String> PIECES = List.of("2014", "1945", "2099", "2100", "999", "12345", "0",
            "Januari", "MEI", "mei", "Meia", "abad", "abadi", "Agustus", "ribu", "Ribuan", "juta", "TRILIUN",
            "desember", "rusia", "kota", "_", "-", ".", " ", "\n", "(", "/", "é", "\u0301", "ı", "İ", "\uD835\uDC00",
            "٣", "x", "Ⅻ", "miliar", "ratusan", "bulan");

    @Test
    void agreesWithTheRegularExpressionsOnRandomText() {
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(8);
            for (int p = 0; p < parts; p++) text.append(PIECES.get(random.nextInt(PIECES.size())));
            assertThat(QuestionHints.mentions(text.toString())).as("text %s", text).isEqualTo(byRegex(text.toString()));
        }
    }

    @Test
    void agreesWithTheRegularExpressionsOnTheSeeds() throws IOException {
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                for (String paragraph : text.split("\n")) {
                    assertThat(QuestionHints.mentions(paragraph)).as("%s: %s", f, paragraph).isEqualTo(byRegex(paragraph));
                }
            }
        }
    }

    /** The bench's IndoSum subset, paragraph by paragraph (most paragraphs mention neither, or only one). */
    @Test
    void agreesWithTheRegularExpressionsOnIndoSumParagraphs() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int paragraphs = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(Path.of("src/bench/data/indosum-subset.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                for (String paragraph : json.readTree(line).path("body").asText().split("\n")) {
                    assertThat(QuestionHints.mentions(paragraph)).as(paragraph).isEqualTo(byRegex(paragraph));
                    paragraphs++;
                }
            }
        }
        assertThat(paragraphs).isGreaterThan(10_000);
    }

    @Test
    void marksDatesAndNumbersByWholeWords() {
        assertThat(QuestionHints.mentions("Pada 17 Agustus 1945")).containsExactlyInAnyOrder(DATE, NUMBER);
        assertThat(QuestionHints.mentions("abadi selamanya")).isEmpty();
        assertThat(QuestionHints.mentions("ribuan orang")).isEmpty();
        assertThat(QuestionHints.mentions("tiga ribu orang")).containsExactly(NUMBER);
        assertThat(QuestionHints.mentions("abad pertengahan")).containsExactly(DATE);
        assertThat(QuestionHints.mentions("kode 21000")).containsExactly(NUMBER);
    }

    private static Set<QuestionHints.Mention> byRegex(String text) {
        Set<QuestionHints.Mention> out = EnumSet.noneOf(QuestionHints.Mention.class);
        if (DATE_REGEX.matcher(text).find()) out.add(DATE);
        if (NUMBER_REGEX.matcher(text).find()) out.add(NUMBER);
        return out;
    }
}
