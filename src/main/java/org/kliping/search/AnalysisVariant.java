package org.kliping.search;

/**
 * Which text analysis the index uses. {@link #KLIPING} is the default; the others exist so the quality
 * evaluation can compare against Lucene's stock analyzers with the same query pipeline.
 */
public enum AnalysisVariant {
    /** StandardTokenizer + lowercase, no stop words, no stemming. */
    STANDARD,
    /** Lucene's IndonesianAnalyzer chain: lowercase, Lucene's stop words, IndonesianStemFilter. */
    LUCENE_INDONESIAN,
    /** Lucene's chain plus number normalisation, abbreviations, diacritics folding, question words, protected names. */
    KLIPING
}
