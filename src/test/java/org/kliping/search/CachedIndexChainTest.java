package org.kliping.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cached index chain ({@link CachedIndexChainFilter}) gives exactly the tokens of the reference chain it
 * replaces: same terms, positions, offsets, position lengths and types, same end state, on real news texts and
 * on the edge cases of each filter it remembers. An index built either way is the same index.
 */
class CachedIndexChainTest {
    private static final Path INDOSUM = Path.of("src/bench/data/indosum-subset.jsonl.gz");
    private static final Path INGEST_SAMPLE = Path.of("src/test/resources/ingest/indosum-sample.jsonl");

    /** One long word (beyond StandardTokenizer's 255 chars, so it is split) and one just over the cached length. */
    private static final String LONG_WORD = "mempertanggungjawabkan".repeat(14);
    private static final String UNCACHED_WORD = "pe" + "n".repeat(CachedIndexChainFilter.MAX_CACHED_LENGTH) + "ulis";

    static final List<String> EDGE_CASES = List.of(
            "",
            " \n\t ",
            "yang",
            "dan yang di ke",
            "Yang menulis itu adalah dia dan",
            "dan, yang; di: ke. Polisi membebaskan tahanan yang dan di ke dari",
            "YANG yang Yang yAnG",
            "Harga naik menjadi Rp14.000 per kilo, bukan 14.000 atau 14000, dan 3.5 persen, versi 1.2.3, Rp1,5 juta, 2.000.000",
            "1.000.0000 12.34 .500 1234.567 Rp.14.000 Rp14.00",
            "café Café CAFÉ naïve Ærø straße ﬁle İstanbul \u212Aelvin ŉ",
            "Megawati Kediri berita pemerintah menteri Pertamina perang MEGAWATI",
            "menulis mengatakan penyakit memilih menyanyi menyapu menanti mengambil pengusaha pemimpin penulis",
            "membebaskan dibebaskan perindustrian keluarga terkenal kenal negara-negara",
            LONG_WORD + " dan " + LONG_WORD,
            UNCACHED_WORD + " " + UNCACHED_WORD + " yang",
            "#\uFE0F\u20E3 #\u20E3 #bebas C# a#b ＃tulis 😀 👍🏽 yang",
            "北京 東京 서울 กรุงเทพ العربية русский МОСКВА",
            "(*/S-01) – — … “kutipan” 'kata' e-mail user@example.com https://kliping.example/berita?id=1");

    private static final TextAnalysis KLIPING = new TextAnalysis(AnalysisVariant.KLIPING, null);

    @ParameterizedTest
    @EnumSource(AnalysisVariant.class)
    void edgeCasesAreAnalysedExactlyAsByTheReferenceChain(AnalysisVariant variant) {
        TextAnalysis analysis = new TextAnalysis(variant, null);
        List<String> texts = new ArrayList<>(EDGE_CASES);
        texts.add(String.join(" ", EDGE_CASES)); // the same words again, now from the cache
        for (String text : texts) {
            for (String field : IndexFields.MARKED_TEXT_FIELDS) {
                assertThat(tokens(analysis.indexAnalyzer(), field, text)).as("%s %s: %s", variant, field, text)
                        .containsExactlyElementsOf(tokens(analysis.referenceIndexAnalyzer(), field, text));
            }
        }
    }

    @Test
    void theCachedChainStillMakesWordsAndMarkedStems() {
        assertThat(tokens(KLIPING.indexAnalyzer(), IndexFields.BODY, "dan menulis yang Rp14.000 Café"))
                .containsExactly("menulis/4-11/+2/1/<ALPHANUM>", "#ulis/4-11/+0/1/<ALPHANUM>", "#tulis/4-11/+0/1/<ALPHANUM>",
                        "#nulis/4-11/+0/1/<ALPHANUM>", "rp14000/17-25/+2/1/<ALPHANUM>", "cafe/26-30/+1/1/<ALPHANUM>",
                        "end/30/+0");
        assertThat(tokens(KLIPING.indexAnalyzer(), IndexFields.BODY, "menulis itu dan yang"))
                .containsExactly("menulis/0-7/+1/1/<ALPHANUM>", "#ulis/0-7/+0/1/<ALPHANUM>", "#tulis/0-7/+0/1/<ALPHANUM>",
                        "#nulis/0-7/+0/1/<ALPHANUM>", "end/20/+3");
    }

    @Test
    void seedArticlesAreAnalysedExactlyAsByTheReferenceChain() throws IOException {
        for (Path seed : SeedArticles.files()) assertSameTokens(Files.readString(seed, StandardCharsets.UTF_8));
    }

    @Test
    void indoSumArticlesAreAnalysedExactlyAsByTheReferenceChain() throws IOException {
        List<String> texts = indoSumTexts();
        assertThat(texts).hasSizeGreaterThan(3000);
        for (String text : texts) assertSameTokens(text);
    }

    /** A full cache stops learning; the words it did not learn are still analysed by the reference filters. */
    @Test
    void aFullCacheKeepsTheTokensOfTheReferenceChain() throws IOException {
        Analyzer tinyCache = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new CachedIndexChainFilter(source, KLIPING::markedIndexFilters, 8));
            }
        };
        for (String text : indoSumTexts().subList(0, 50)) {
            assertThat(tokens(tinyCache, IndexFields.BODY, text)).as(text)
                    .containsExactlyElementsOf(tokens(KLIPING.referenceIndexAnalyzer(), IndexFields.BODY, text));
        }
    }

    private static void assertSameTokens(String text) {
        List<String> expected = tokens(KLIPING.referenceIndexAnalyzer(), IndexFields.BODY, text);
        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(tokens(KLIPING.indexAnalyzer(), IndexFields.BODY, text)).as(text).containsExactlyElementsOf(expected);
    }

    /** Titles and bodies of the bench's IndoSum subset and of the ingest sample. */
    private static List<String> indoSumTexts() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(INDOSUM)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) addArticle(json.readTree(line), texts);
        }
        for (String line : Files.readAllLines(INGEST_SAMPLE, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) addArticle(json.readTree(line), texts);
        }
        return texts;
    }

    private static void addArticle(JsonNode article, List<String> texts) {
        texts.add(article.path("title").asText());
        texts.add(article.path("body").asText());
    }

    /** Each token as term/start-end/+increment/length/type, then the end state. */
    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute posLength = ts.addAttribute(PositionLengthAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + offset.startOffset() + "-" + offset.endOffset() + "/+" + posInc.getPositionIncrement()
                        + "/" + posLength.getPositionLength() + "/" + type.type());
            }
            ts.end();
            out.add("end/" + offset.endOffset() + "/+" + posInc.getPositionIncrement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
