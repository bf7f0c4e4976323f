package org.kliping.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordTest {
    /** The definition of a word, as the regular expression {@link Word#in} used to run. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*");

    @Test
    void joinsHyphenatedWordsAndKeepsMarks() {
        String text = "Kim Jong-un, sumber-sumber 'kata' e\u0301 - 12/4 Rp1.000 don’t x-";
        assertThat(Word.in(text, new TextSpan(0, text.length())).stream().map(Word::text).toList())
                .containsExactly("Kim", "Jong-un", "sumber-sumber", "kata", "e\u0301", "12", "4", "Rp1", "000", "don’t", "x");
    }

    /** The loop finds exactly what {@link #WORD} finds, on random text of every kind of character and region. */
    @Test
    void findsWhatTheRegularExpressionFinds() {
        String[] pieces = {"a", "Z", "k", "7", "0", " ", " ", ".", ",", "-", "'", "’", "\u0301", "\u0903", "é", "Ñ",
                "²", "Ⅻ", "\uD835\uDC00", "\uD835\uDFCE", "\uD835", "\uDC00", "\u00A0", "—", "_", "(", "\u20DD"};
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int i = 0; i < length; i++) sb.append(pieces[random.nextInt(pieces.length)]);
            String text = sb.toString();
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            assertThat(Word.in(text, new TextSpan(from, to))).as("%s [%d, %d)", escaped(text), from, to)
                    .isEqualTo(byRegex(text, from, to));
        }
    }

    private static List<Word> byRegex(String text, int from, int to) {
        Matcher m = WORD.matcher(text).region(from, to);
        List<Word> out = new ArrayList<>();
        while (m.find()) out.add(new Word(m.group(), m.start(), m.end()));
        return out;
    }

    private static String escaped(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) sb.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        return sb.toString();
    }
}
