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
 * The analyzers of every text field, for indexing and for queries. Title, body and notes hold each word as
 * written plus its marked stems at the same position ({@link MarkedStemFilter}, {@link StemMarks}): the words
 * keep names and words the stemmer bends ({@code Megawati}, {@code berita}) and serve phrases and prefixes, the
 * marked stems find {@code bebas} in {@code membebaskan}. Queries analyse a word twice: as written
 * ({@link #queryAnalyzer()}) and as stems with their marked twins ({@link #stemQueryAnalyzer()}). Query-time and
 * index-time chains differ only in the abbreviation synonyms, applied to queries alone (both directions, since
 * the map expands). Source and place text keep a plain stemmed chain.
 */
final class TextAnalysis {
    private static final String RESOURCES = "/org/kliping/search/";

    private final AnalysisVariant variant;
    private final CharArraySet stopWords;
    private final CharArraySet protectedWords;
    private final SynonymMap synonyms;
    private final Analyzer indexAnalyzer;
    private final Analyzer referenceIndexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final Analyzer stemQueryAnalyzer;
    private final Analyzer plainQueryAnalyzer;
    private final Analyzer plainStemQueryAnalyzer;
    private final Analyzer rootsAnalyzer;
    private final int resourcesHash;

    TextAnalysis(AnalysisVariant variant, Path synonymsFile) {
        this.variant = variant;
        this.stopWords = stopWordsFor(variant);
        this.protectedWords = new CharArraySet(readLines(resource("protected-words.txt")), true);
        String synonymsText = synonymsFile == null ? resource("synonyms.txt") : readFile(synonymsFile);
        this.synonyms = variant == AnalysisVariant.KLIPING ? loadSynonyms(synonymsText, synonymsFile) : null;
        this.resourcesHash = java.util.Objects.hash(synonymsText, resource("protected-words.txt"), resource("question-words.txt"));
        this.indexAnalyzer = perField(cachedMarkedChain(), chain(Form.STEMS, true));
        this.referenceIndexAnalyzer = perField(chain(Form.WORDS_AND_MARKED_STEMS, true), chain(Form.STEMS, true));
        this.queryAnalyzer = perField(chain(Form.WORDS, false), chain(Form.STEMS, false));
        this.stemQueryAnalyzer = perField(chain(Form.STEMS_AND_TWINS, false), chain(Form.STEMS, false));
        this.plainQueryAnalyzer = perField(chain(Form.WORDS, true), chain(Form.STEMS, true));
        this.plainStemQueryAnalyzer = perField(chain(Form.STEMS_AND_TWINS, true), chain(Form.STEMS, true));
        this.rootsAnalyzer = perField(chain(Form.ROOTS, true), chain(Form.STEMS, true));
    }

    /** What a chain gives for each word. */
    private enum Form {
        /** the word as written (lowercased, folded) */
        WORDS,
        /** the stem candidates */
        STEMS,
        /** the word, then its marked stems that differ from it: what title, body and notes index */
        WORDS_AND_MARKED_STEMS,
        /** each stem s, then #s: a stemmed match on title, body and notes */
        STEMS_AND_TWINS,
        /** one representative of each word as indexed: its marked stems, or the word when it is its own stem */
        ROOTS
    }

    /** Changes when the synonym, protected-word or question-word lists change: part of the schema signature. */
    String resourcesHash() {
        return Integer.toHexString(resourcesHash);
    }

    Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    /**
     * The index analysis without the per-thread cache of {@link CachedIndexChainFilter}: the filters the cache
     * runs on a miss, over the whole text. The cached chain must give exactly its tokens (tested).
     */
    Analyzer referenceIndexAnalyzer() {
        return referenceIndexAnalyzer;
    }

    /** Words as written on title, body and notes (phrases, exact matches), stems on source and place text. */
    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** Stems each followed by its marked twin on title, body and notes (stemmed matches), stems elsewhere. */
    Analyzer stemQueryAnalyzer() {
        return stemQueryAnalyzer;
    }

    /** {@link #queryAnalyzer()} without the abbreviation synonyms: the word as typed. */
    Analyzer plainQueryAnalyzer() {
        return plainQueryAnalyzer;
    }

    /** {@link #stemQueryAnalyzer()} without the abbreviation synonyms. */
    Analyzer plainStemQueryAnalyzer() {
        return plainStemQueryAnalyzer;
    }

    /**
     * Index-time analysis with one indexed term per word on title, body and notes: the marked stems of a word,
     * or the word itself when it is its own stem ("more like this", feedback terms).
     */
    Analyzer rootsAnalyzer() {
        return rootsAnalyzer;
    }

    /** Lowercases and folds a keyword (tag, source, prefix text) the way the words of the text fields are. */
    static String fold(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        char[] out = new char[lower.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, out, 0, lower.length());
        return new String(out, 0, n);
    }

    private static Analyzer perField(Analyzer textFields, Analyzer others) {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String f : IndexFields.MARKED_TEXT_FIELDS) fields.put(f, textFields);
        return new PerFieldAnalyzerWrapper(others, fields);
    }

    private Analyzer chain(Form form, boolean indexTime) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = buildFilters(source, form, indexTime);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return normalizeWords(in);
            }
        };
    }

    /**
     * The index chain of title, body and notes with everything after the tokenizer remembered per raw token
     * ({@link CachedIndexChainFilter}): those filters are a pure function of the token's characters and cost
     * a third of indexing (JFR).
     */
    private Analyzer cachedMarkedChain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new CachedIndexChainFilter(source, TextAnalysis.this::markedIndexFilters);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return normalizeWords(in);
            }
        };
    }

    private TokenStream normalizeWords(TokenStream in) {
        TokenStream ts = new LowerCaseFilter(in);
        return variant == AnalysisVariant.KLIPING ? new ASCIIFoldingFilter(ts) : ts;
    }

    /** The index-time filters of title, body and notes after the tokenizer, the reference the cache replays. */
    TokenStream markedIndexFilters(TokenStream tokens) {
        return buildFilters(tokens, Form.WORDS_AND_MARKED_STEMS, true);
    }

    private TokenStream buildFilters(TokenStream source, Form form, boolean indexTime) {
        TokenStream ts = sharedFilters(source, indexTime);
        return switch (form) {
            case WORDS -> ts;
            case STEMS -> stemming(ts);
            case STEMS_AND_TWINS -> new StemTwinFilter(stemming(ts));
            case WORDS_AND_MARKED_STEMS -> new MarkedStemFilter(ts, this::stemming, MarkedStemFilter.Mode.INDEX);
            case ROOTS -> new MarkedStemFilter(ts, this::stemming, MarkedStemFilter.Mode.ROOTS);
        };
    }

    /** Everything before stemming: the words as written. */
    private TokenStream sharedFilters(TokenStream source, boolean indexTime) {
        TokenStream ts = source;
        if (variant == AnalysisVariant.KLIPING) ts = new NumberFormatFilter(ts);
        ts = new LowerCaseFilter(ts);
        if (variant == AnalysisVariant.KLIPING) {
            ts = new ASCIIFoldingFilter(ts);
            // synonyms at query time only: the map is built with expand=true, so either form of a query
            // finds both forms in the text; at index time they cost a large share of an import's CPU
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
