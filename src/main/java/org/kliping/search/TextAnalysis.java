package org.kliping.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The analyzers of every text field, for indexing and for queries. Stemmed fields find {@code bebas} in
 * {@code membebaskan}; the exact (unstemmed) fields keep names and words the stemmer bends
 * ({@code Megawati}, {@code berita}) and serve phrases and prefixes. Query-time and index-time chains differ
 * only in the abbreviation synonyms, applied to queries alone (both directions, since the map expands).
 */
final class TextAnalysis {
    private static final String RESOURCES = "/org/kliping/search/";

    private final AnalysisVariant variant;
    private final CharArraySet stopWords;
    private final CharArraySet protectedWords;
    private final SynonymMap synonyms;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final int resourcesHash;

    TextAnalysis(AnalysisVariant variant, Path synonymsFile) {
        this.variant = variant;
        this.stopWords = stopWordsFor(variant);
        this.protectedWords = new CharArraySet(readLines(resource("protected-words.txt")), true);
        String synonymsText = synonymsFile == null ? resource("synonyms.txt") : readFile(synonymsFile);
        this.synonyms = variant == AnalysisVariant.KLIPING ? loadSynonyms(synonymsText, synonymsFile) : null;
        this.resourcesHash = java.util.Objects.hash(synonymsText, resource("protected-words.txt"), resource("question-words.txt"));
        this.indexAnalyzer = perField(true);
        this.queryAnalyzer = perField(false);
    }

    /** Changes when the synonym, protected-word or question-word lists change: part of the schema signature. */
    String resourcesHash() {
        return Integer.toHexString(resourcesHash);
    }

    Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** Lowercases and folds a keyword (tag, source, prefix text) the way the exact fields do. */
    static String fold(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        char[] out = new char[lower.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, out, 0, lower.length());
        return new String(out, 0, n);
    }

    private Analyzer perField(boolean indexTime) {
        Analyzer stemmed = chain(true, indexTime);
        Analyzer exact = chain(false, indexTime);
        Map<String, Analyzer> fields = new HashMap<>();
        for (String f : IndexFields.EXACT_TEXT_FIELDS) fields.put(f, exact);
        return new PerFieldAnalyzerWrapper(stemmed, fields);
    }

    private Analyzer chain(boolean stem, boolean indexTime) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = buildFilters(source, stem, indexTime);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                TokenStream ts = new LowerCaseFilter(in);
                return variant == AnalysisVariant.KLIPING ? new ASCIIFoldingFilter(ts) : ts;
            }
        };
    }

    private TokenStream buildFilters(Tokenizer source, boolean stem, boolean indexTime) {
        TokenStream ts = sharedFilters(source, indexTime);
        return stem ? stemming(ts) : ts;
    }

    /** Everything before stemming: the whole chain of the unstemmed fields. */
    private TokenStream sharedFilters(TokenStream source, boolean indexTime) {
        TokenStream ts = source;
        if (variant == AnalysisVariant.KLIPING) ts = new NumberFormatFilter(ts);
        ts = new LowerCaseFilter(ts);
        if (variant == AnalysisVariant.KLIPING) {
            ts = new ASCIIFoldingFilter(ts);
            // synonyms at query time only: the map is built with expand=true, so either form of a query
            // finds both forms in the text; at index time they cost 27% of an import's CPU (measured)
            if (!indexTime) ts = new SynonymGraphFilter(ts, synonyms, false);
        }
        if (!stopWords.isEmpty()) ts = new StopFilter(ts, stopWords);
        return ts;
    }

    private TokenStream stemming(TokenStream ts) {
        if (variant == AnalysisVariant.STANDARD) return ts;
        if (variant == AnalysisVariant.KLIPING) return new NasalPrefixStemFilter(new SetKeywordMarkerFilter(ts, protectedWords));
        return new IndonesianStemFilter(ts);
    }

    /**
     * Index-time streams of the stemmed and unstemmed body from one analysis, the same tokens as
     * {@link #indexAnalyzer()} gives the two fields. One per indexing thread.
     */
    BodyTokenStreams newBodyTokenStreams() {
        return new BodyTokenStreams(new StandardTokenizer(), t -> sharedFilters(t, true), this::stemming);
    }

    private static CharArraySet stopWordsFor(AnalysisVariant variant) {
        if (variant == AnalysisVariant.STANDARD) return CharArraySet.EMPTY_SET;
        CharArraySet set = new CharArraySet(IndonesianAnalyzer.getDefaultStopSet(), true);
        if (variant == AnalysisVariant.KLIPING) set.addAll(readLines(resource("question-words.txt")));
        return CharArraySet.unmodifiableSet(set);
    }

    private static SynonymMap loadSynonyms(String text, Path file) {
        Analyzer lower = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(new NumberFormatFilter(source)));
                return new TokenStreamComponents(source, ts);
            }
        };
        try (Reader reader = new StringReader(text)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, lower);
            parser.parse(reader);
            return parser.build();
        } catch (IOException | ParseException e) {
            throw new IllegalArgumentException("unreadable synonym list " + (file == null ? "(bundled)" : file)
                    + ": " + e.getMessage(), e);
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synonym list " + file, e);
        }
    }

    static String resource(String name) {
        try (InputStream in = TextAnalysis.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCES + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCES + name, e);
        }
    }

    /** Non-empty lines without '#' comments. */
    static List<String> readLines(String text) {
        return text.lines().map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
    }
}
