package org.kliping.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The character-loop word split must give exactly the words of the regular expressions it replaced. */
class SimHashWordsTest {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** The former implementation, kept here as the reference. */
    private static List<String> regexWords(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String p : NOT_WORD.split(folded.toLowerCase(Locale.ROOT))) {
            if (!p.isEmpty()) words.add(p);
        }
        return words;
    }

    @Test
    void sameWordsAsTheRegularExpressionsOnTrickyText() {
        List<String> samples = List.of("", " ", "--", "Kim Jong-un, berkata.", "kim jong un",
                "Café naïve Ḱ Ǆemal ΣΟΦΟΣ σοφός İstanbul ŞİŞLİ", "ﬁnal ２０２４ Ⅻ ½ ① x²",
                "Rp1.500.000,00 (15/3) — \"kutipan\" …", "日本語テキスト 한국어 عربي हिन्दी",
                "\uD835\uDC00\uD835\uDFCE bold math", "e\u0301\u20DD a\u0903b", "tab\tnew\nline\u00A0nbsp",
                "lone \uD800 surrogate \uDC00 x", "A\u0308B");
        for (String s : samples) {
            assertThat(SimHash.words(s)).as(s).isEqualTo(regexWords(s));
        }
        assertThat(SimHash.words("Kim Jong-un,")).containsExactly("kim", "jong", "un");
    }

    @Test
    void sameWordsAsTheRegularExpressionsOnSeedsAndSamples() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("seeds")), Files.walk(Path.of("src/test/resources")))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        int texts = 0;
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                assertThat(SimHash.words(line)).as(file + ": " + line).isEqualTo(regexWords(line));
                texts++;
            }
            assertThat(SimHash.words(text)).as(file.toString()).isEqualTo(regexWords(text));
        }
        assertThat(texts).isGreaterThan(300);
    }
}
