package org.kliping.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The index chain's tokenizer must give exactly StandardTokenizer's tokens: snippets re-tokenize with the latter. */
class PlainTextTokenizerTest {
    private final Tokenizer plain = new PlainTextTokenizer();
    private final Tokenizer standard = new StandardTokenizer();

    /** Each token as text, start-end, position increment and type, then the final offset and increment. */
    private static List<String> tokens(Tokenizer t, String text) throws IOException {
        List<String> out = new ArrayList<>();
        t.setReader(new StringReader(text));
        CharTermAttribute term = t.getAttribute(CharTermAttribute.class);
        OffsetAttribute offset = t.getAttribute(OffsetAttribute.class);
        PositionIncrementAttribute inc = t.getAttribute(PositionIncrementAttribute.class);
        TypeAttribute type = t.getAttribute(TypeAttribute.class);
        t.reset();
        while (t.incrementToken()) {
            out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +" + inc.getPositionIncrement() + " " + type.type());
        }
        t.end();
        out.add("end " + offset.endOffset() + " +" + inc.getPositionIncrement());
        t.close();
        return out;
    }

    private void assertSame(String text) throws IOException {
        assertThat(tokens(plain, text)).as(text).isEqualTo(tokens(standard, text));
    }

    @Test
    void sameTokensOnSeedsAndIndoSum() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.sorted().toList()) texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        // CC BY-SA 4.0, src/bench/data/README.md
        ObjectMapper json = new ObjectMapper();
        try (var in = new GZIPInputStream(Files.newInputStream(Path.of("src/bench/data/indosum-subset.jsonl.gz")));
             var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                var article = json.readTree(line);
                texts.add(article.get("title").asText());
                texts.add(article.get("body").asText());
            }
        }
        assertThat(texts).hasSizeGreaterThan(6_000);
        for (String text : texts) assertSame(text);
    }

    @Test
    void sameTokensOnRandomTextOverEveryScannedCharacter() throws IOException {
        String alphabet = "aZ09 _.,;:'\"\u2018\u2019\u201C\u201D\u2013\u2014\u00A0\t\n\r-#*@/()!?$%&+=<>[]{}|~`^\\";
        String[] pieces = {"a", "b", "Z", "1", "0", "_", "__", ".", ",", ";", ":", "'", "\u2019", "\u2018", " ", "\u201C",
                "\u201D", "\u2013", "-", "\u00A0", "Jum\u2019at", "14.000", "1.500.000,50", "U.S.A.", "x_1", "é", "\u00AD",
                "\uD83D\uDE00", "ſ", "\u0301", "日本", "#\uFE0F\u20E3", "don't", "a:b", "3.a", "a.3"};
        Random random = new Random(23);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(random.nextInt(3) == 0 ? pieces[random.nextInt(pieces.length)]
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            assertSame(text.toString());
        }
    }

    @Test
    void tokensAsLongAsTheLimitAndLongerAreStandardTokenizers() throws IOException {
        for (int n : new int[] {254, 255, 256, 600}) {
            assertSame("kata " + "x".repeat(n) + " kata " + "1".repeat(n) + "_" + "y".repeat(n) + ".");
        }
    }

    @Test
    void aReusedTokenizerGoesBackToScanningAfterAnotherText() throws IOException {
        assertSame("Presiden café Jokowi");
        assertSame("Presiden Jokowi, 14.000 orang");
        assertSame("");
        assertSame("   ");
        assertThat(tokens(plain, "Jum\u2019at 1.500,50 U.S.A. x__1 _a a_")).containsExactly(
                "Jum\u2019at 0-6 +1 <ALPHANUM>", "1.500,50 7-15 +1 <NUM>", "U.S.A 16-21 +1 <ALPHANUM>",
                "x__1 23-27 +1 <ALPHANUM>", "_a 28-30 +1 <ALPHANUM>", "a_ 31-33 +1 <ALPHANUM>", "end 33 +0");
    }
}
