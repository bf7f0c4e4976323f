package org.kliping.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Title, body and notes index each word as written plus its differing stems, marked, at the same position. */
class MarkedStemFilterTest {
    @TempDir
    static Path tmp;

    private final TextAnalysis analysis = new TextAnalysis(AnalysisVariant.KLIPING, null);

    @Test
    void aDerivedWordIsFollowedByItsMarkedStemWithTheWordsOffsets() {
        assertThat(tokens(analysis.indexAnalyzer(), "Polisi membebaskan tahanan"))
                .containsExactly("polisi/0-6/+1", "membebaskan/7-18/+1", "#bebas/7-18/+0", "tahanan/19-26/+1", "#tahan/19-26/+0",
                        "end/26/+0");
    }

    @Test
    void candidateRootsOfNasalWordsAreAllMarkedAndAWordThatIsItsOwnStemGetsNone() {
        assertThat(tokens(analysis.indexAnalyzer(), "menulis berita bebas"))
                .containsExactly("menulis/0-7/+1", "#ulis/0-7/+0", "#tulis/0-7/+0", "#nulis/0-7/+0",
                        "berita/8-14/+1", "bebas/15-20/+1", "end/20/+0");
    }

    @Test
    void positionsAfterStopWordsAreKept() {
        assertThat(tokens(analysis.indexAnalyzer(), "dibebaskan dan yang ditulis"))
                .containsExactly("dibebaskan/0-10/+1", "#bebas/0-10/+0", "ditulis/20-27/+3", "#tulis/20-27/+0", "end/27/+0");
    }

    /**
     * Against the separate word and stem chains (a synonym list of two made-up words, so query and index chains agree): at every position
     * the unmarked term is the word and the marked terms are exactly its stems that differ from it.
     */
    @Test
    void seedsAndRandomTextsHoldTheWordsAndTheirDifferingStems() throws IOException {
        Path none = Files.writeString(tmp.resolve("no-synonyms.txt"), "zzqxa, zzqxb\n");
        TextAnalysis plain = new TextAnalysis(AnalysisVariant.KLIPING, none);
        List<String> texts = new ArrayList<>();
        for (Path f : SeedArticles.files()) texts.add(Files.readString(f));
        String[] words = {"membebaskan", "dibebaskan", "yang", "dan", "14.000", "Korea", "Utara", "menulis", "di",
                "pemerintah", "negara-negara", "café", "(*/S-01)", "MOSKOW", "–", "itu", "", "\n\n", "Rp1,5", "ke", "Megawati"};
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : ", ");
            texts.add(text.toString());
        }
        for (String text : texts) {
            List<List<String>> indexed = positions(tokens(plain.indexAnalyzer(), text));
            List<List<String>> written = positions(tokens(plain.queryAnalyzer(), text));
            List<List<String>> stems = positions(tokens(plain.stemQueryAnalyzer(), text));
            assertThat(indexed).as(text).hasSameSizeAs(written).hasSameSizeAs(stems);
            for (int p = 0; p < indexed.size(); p++) {
                String word = written.get(p).get(0);
                Set<String> expected = new LinkedHashSet<>();
                expected.add(word);
                stems.get(p).stream().filter(t -> !StemMarks.isMarked(t) && !t.equals(word)).map(StemMarks::mark).forEach(expected::add);
                assertThat(indexed.get(p)).as("%s at %d", text, p).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void rootsGiveOneRepresentativePerWord() {
        assertThat(tokens(analysis.rootsAnalyzer(), "membebaskan bebas berita dan menulis"))
                .containsExactly("#bebas/0-11/+1", "bebas/12-17/+1", "berita/18-24/+1", "#ulis/29-36/+2", "#tulis/29-36/+0",
                        "#nulis/29-36/+0", "end/36/+0");
    }

    @Test
    void queriesPairEachStemWithItsMarkedTwin() {
        assertThat(tokens(analysis.stemQueryAnalyzer(), "dibebaskan"))
                .containsExactly("bebas/0-10/+1", "#bebas/0-10/+0", "end/10/+0");
        assertThat(tokens(analysis.queryAnalyzer(), "dibebaskan")).containsExactly("dibebaskan/0-10/+1", "end/10/+0");
    }

    /** The one token StandardTokenizer starts with '#' is the keycap emoji, which is not a marked stem. */
    @Test
    void noWordIsReadAsAMark() {
        List<String> terms = tokens(analysis.indexAnalyzer(), "#\uFE0F\u20E3 #\u20E3 #bebas C# a#b ＃tulis").stream()
                .map(t -> t.substring(0, t.indexOf('/'))).toList();
        assertThat(terms).contains("#\uFE0F\u20E3", "#\u20E3", "bebas", "tulis");
        List<String> marked = terms.stream().filter(StemMarks::isMarked).toList();
        assertThat(marked).isEmpty();
        assertThat(StemMarks.isMarked("#bebas")).isTrue();
    }

    private static List<List<String>> positions(List<String> tokens) {
        List<List<String>> out = new ArrayList<>();
        for (String t : tokens.subList(0, tokens.size() - 1)) { // the last is the end state
            String[] parts = t.split("/");
            if (out.isEmpty() || !parts[parts.length - 1].equals("+0")) out.add(new ArrayList<>());
            out.get(out.size() - 1).add(t.substring(0, t.indexOf('/', 1)));
        }
        return out;
    }

    /** Each token as text/start-end/+increment, then the end state. */
    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + offset.startOffset() + "-" + offset.endOffset() + "/+" + posInc.getPositionIncrement());
            }
            ts.end();
            out.add("end/" + offset.endOffset() + "/+" + posInc.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
