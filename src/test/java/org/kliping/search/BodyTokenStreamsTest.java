package org.kliping.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** One analysis of the body gives both body fields exactly the tokens their analyzers would. */
class BodyTokenStreamsTest {

    private final TextAnalysis analysis = new TextAnalysis(AnalysisVariant.KLIPING, null);

    @Test
    void seedsGetTheAnalyzersTokensInBothFields() throws IOException {
        BodyTokenStreams streams = analysis.newBodyTokenStreams();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path f : files.sorted().toList()) {
                assertSameAsAnalyzers(streams, Files.readString(f));
            }
        }
    }

    @Test
    void randomTextsWithStopWordsNumbersAndNasalPrefixesToo() throws IOException {
        String[] words = {"membebaskan", "dibebaskan", "yang", "dan", "14.000", "Korea", "Utara", "menulis", "di",
                "pemerintah", "negara-negara", "café", "(*/S-01)", "MOSKOW", "–", "itu", "", "\n\n", "Rp1,5", "ke"};
        BodyTokenStreams streams = analysis.newBodyTokenStreams();
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : ", ");
            assertSameAsAnalyzers(streams, text.toString());
        }
    }

    @Test
    void aLongBodyThenAShortOneLeaveNothingBehind() throws IOException {
        BodyTokenStreams streams = analysis.newBodyTokenStreams();
        assertSameAsAnalyzers(streams, "kata ".repeat(300_000));
        assertSameAsAnalyzers(streams, "Pembebasan tahanan");
        tokens(streams.stemmed(""));
        assertThat(tokens(streams.exact())).containsExactly("end/0/+0");
    }

    private void assertSameAsAnalyzers(BodyTokenStreams streams, String text) throws IOException {
        List<String> stemmed = tokens(streams.stemmed(text));
        List<String> exact = tokens(streams.exact());
        assertThat(stemmed).as("stemmed: %s", text).isEqualTo(tokens(analysis.indexAnalyzer().tokenStream(IndexFields.BODY, text)));
        assertThat(exact).as("exact: %s", text).isEqualTo(tokens(analysis.indexAnalyzer().tokenStream(IndexFields.BODY_EXACT, text)));
    }

    /** Each token as text/start-end/+increment, then the end state, consuming the stream as the indexer does. */
    private static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + offset.startOffset() + "-" + offset.endOffset() + "/+" + posInc.getPositionIncrement());
            }
            ts.end();
            out.add("end/" + offset.endOffset() + "/+" + posInc.getPositionIncrement());
        }
        return out;
    }
}
