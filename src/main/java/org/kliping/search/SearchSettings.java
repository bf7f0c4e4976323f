package org.kliping.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Knobs of the index and of query translation. The defaults are the measured ones
 * (docs/search-quality.md); the evaluation tool varies them.
 *
 * @param synonymsFile        abbreviation list in Solr synonym format, or null for the bundled list
 * @param maxClauses          most query parts (words, phrases, fields) used from one query; the rest is dropped with a notice
 * @param maxQueryChars       longer queries are truncated with a notice
 * @param timeout             a search that runs longer stops and returns what it found, with a notice
 * @param maxPrefixExpansions most index terms one {@code prefix*} expands to
 * @param maxNesting          deeper parentheses are read as plain grouping-free text, with a notice
 * @param analysis            the text analysis; changing it needs a rebuild (part of the schema signature)
 * @param titleBoost          weight of a title match relative to a body match
 * @param exactBoost          weight of the unstemmed fields relative to the stemmed ones
 * @param noteBoost           weight of notes and highlight text in plain word searches
 * @param coordination        when true, articles containing every word rank above those that miss some
 * @param proximityBoost      weight of neighbouring query words found near each other (0 = off)
 * @param bm25K1              BM25 term-frequency saturation
 * @param bm25B               BM25 length normalisation
 * @param answerHintBoost     bonus for articles mentioning what a question asks for (a date for "kapan"), 0 = off
 * @param feedbackWeight      weight of the pseudo-relevance feedback terms for questions and long queries, 0 = off
 * @param feedbackDocs        top articles of the first pass taken as relevant for feedback
 * @param feedbackTerms       most terms feedback adds to a query
 * @param combinedFields      when true, title and body are scored as one field (BM25F) instead of a sum of two BM25 scores
 * @param nearSynonymWeight   weight of a typed word's near-synonyms (near-synonyms.txt) relative to the word, 0 = off
 * @param everyWordEnough     a keyword list returns only the articles holding every word when at least this many
 *                            do; {@link Integer#MAX_VALUE} = never (the others always follow, ranked below)
 * @param coordinationBonus   score added to an article holding every word of a keyword list (with
 *                            {@code coordination}); large (1000) = those articles always first, small = a nudge
 *                            within BM25. Default: 1 (judged news topics, docs/search-quality.md)
 */
public record SearchSettings(Path synonymsFile, int maxClauses, int maxQueryChars, Duration timeout,
                             int maxPrefixExpansions, int maxNesting, AnalysisVariant analysis,
                             float titleBoost, float exactBoost, float noteBoost, boolean coordination,
                             float proximityBoost, float bm25K1, float bm25B, float answerHintBoost,
                             float feedbackWeight, int feedbackDocs, int feedbackTerms, boolean combinedFields,
                             float nearSynonymWeight, int everyWordEnough, float coordinationBonus) {

    /**
     * Default {@link #everyWordEnough()}: once this many articles hold every word of a keyword list, only they are
     * results (ten pages of them; each word a required clause, which keeps common two-word searches fast). Below
     * it every article with a word is a result. 20, 100, 200 and never score the same on the judged news topics.
     */
    public static final int EVERY_WORD_ENOUGH = 200;

    public SearchSettings {
        if (maxClauses < 1) throw new IllegalArgumentException("maxClauses < 1: " + maxClauses);
        if (maxQueryChars < 1) throw new IllegalArgumentException("maxQueryChars < 1: " + maxQueryChars);
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (maxPrefixExpansions < 1) throw new IllegalArgumentException("maxPrefixExpansions < 1");
        if (maxNesting < 1) throw new IllegalArgumentException("maxNesting < 1");
        if (proximityBoost < 0) throw new IllegalArgumentException("proximityBoost < 0");
        Objects.requireNonNull(analysis, "analysis");
        if (nearSynonymWeight < 0) throw new IllegalArgumentException("nearSynonymWeight < 0");
        if (feedbackWeight < 0) throw new IllegalArgumentException("feedbackWeight < 0");
        if (feedbackDocs < 1 || feedbackTerms < 1) throw new IllegalArgumentException("feedbackDocs and feedbackTerms must be >= 1");
        if (everyWordEnough < 1) throw new IllegalArgumentException("everyWordEnough < 1");
        if (coordinationBonus < 0) throw new IllegalArgumentException("coordinationBonus < 0");
    }

    /** Settings without pseudo-relevance feedback (the components before feedback existed). */
    public SearchSettings(Path synonymsFile, int maxClauses, int maxQueryChars, Duration timeout,
                          int maxPrefixExpansions, int maxNesting, AnalysisVariant analysis,
                          float titleBoost, float exactBoost, float noteBoost, boolean coordination,
                          float proximityBoost, float bm25K1, float bm25B, float answerHintBoost) {
        this(synonymsFile, maxClauses, maxQueryChars, timeout, maxPrefixExpansions, maxNesting, analysis, titleBoost,
                exactBoost, noteBoost, coordination, proximityBoost, bm25K1, bm25B, answerHintBoost, 0f, 5, 10, false, 0f,
                EVERY_WORD_ENOUGH, 1f);
    }

    public static SearchSettings defaults() {
        return new SearchSettings(null, 64, 2_000, Duration.ofMillis(800), 128, 16,
                AnalysisVariant.KLIPING, 2f, 1.0f, 0.3f, true, 0f, 1.2f, 0.75f, 2f, 0f, 5, 10, true, 0.3f,
                EVERY_WORD_ENOUGH, 1f);
    }

    public SearchSettings withAnalysis(AnalysisVariant variant) {
        return new SearchSettings(synonymsFile, maxClauses, maxQueryChars, timeout, maxPrefixExpansions, maxNesting,
                variant, titleBoost, exactBoost, noteBoost, coordination, proximityBoost, bm25K1, bm25B, answerHintBoost, feedbackWeight, feedbackDocs, feedbackTerms, combinedFields, nearSynonymWeight, everyWordEnough, coordinationBonus);
    }

    public SearchSettings withBoosts(float title, float exact, float note) {
        return new SearchSettings(synonymsFile, maxClauses, maxQueryChars, timeout, maxPrefixExpansions, maxNesting,
                analysis, title, exact, note, coordination, proximityBoost, bm25K1, bm25B, answerHintBoost, feedbackWeight, feedbackDocs, feedbackTerms, combinedFields, nearSynonymWeight, everyWordEnough, coordinationBonus);
    }

    public SearchSettings withCoordination(boolean on) {
        return new SearchSettings(synonymsFile, maxClauses, maxQueryChars, timeout, maxPrefixExpansions, maxNesting,
                analysis, titleBoost, exactBoost, noteBoost, on, proximityBoost, bm25K1, bm25B, answerHintBoost, feedbackWeight, feedbackDocs, feedbackTerms, combinedFields, nearSynonymWeight, everyWordEnough, coordinationBonus);
    }

    public SearchSettings withSynonymsFile(Path file) {
        return new SearchSettings(file, maxClauses, maxQueryChars, timeout, maxPrefixExpansions, maxNesting,
                analysis, titleBoost, exactBoost, noteBoost, coordination, proximityBoost, bm25K1, bm25B, answerHintBoost, feedbackWeight, feedbackDocs, feedbackTerms, combinedFields, nearSynonymWeight, everyWordEnough, coordinationBonus);
    }

    public SearchSettings withLimits(int clauses, int queryChars, Duration searchTimeout) {
        return new SearchSettings(synonymsFile, clauses, queryChars, searchTimeout, maxPrefixExpansions, maxNesting,
                analysis, titleBoost, exactBoost, noteBoost, coordination, proximityBoost, bm25K1, bm25B, answerHintBoost, feedbackWeight, feedbackDocs, feedbackTerms, combinedFields, nearSynonymWeight, everyWordEnough, coordinationBonus);
    }

    public SearchSettings withRanking(float proximity, float k1, float b) {
        return new SearchSettings(synonymsFile, maxClauses, maxQueryChars, timeout, maxPrefixExpansions, maxNesting,
                analysis, titleBoost, exactBoost, noteBoost, coordination, proximity, k1, b, answerHintBoost, feedbackWeight, feedbackDocs, feedbackTerms, combinedFields, nearSynonymWeight, everyWordEnough, coordinationBonus);
    }

    public SearchSettings withAnswerHintBoost(float boost) {
        return new SearchSettings(synonymsFile, maxClauses, maxQueryChars, timeout, maxPrefixExpansions, maxNesting,
                analysis, titleBoost, exactBoost, noteBoost, coordination, proximityBoost, bm25K1, bm25B, boost, feedbackWeight, feedbackDocs, feedbackTerms, combinedFields, nearSynonymWeight, everyWordEnough, coordinationBonus);
    }

    public SearchSettings withFeedback(float weight, int docs, int terms) {
        return new SearchSettings(synonymsFile, maxClauses, maxQueryChars, timeout, maxPrefixExpansions, maxNesting,
                analysis, titleBoost, exactBoost, noteBoost, coordination, proximityBoost, bm25K1, bm25B, answerHintBoost,
                weight, docs, terms, combinedFields, nearSynonymWeight, everyWordEnough, coordinationBonus);
    }

    public SearchSettings withCombinedFields(boolean on) {
        return new SearchSettings(synonymsFile, maxClauses, maxQueryChars, timeout, maxPrefixExpansions, maxNesting,
                analysis, titleBoost, exactBoost, noteBoost, coordination, proximityBoost, bm25K1, bm25B, answerHintBoost,
                feedbackWeight, feedbackDocs, feedbackTerms, on, nearSynonymWeight, everyWordEnough, coordinationBonus);
    }

    public SearchSettings withNearSynonymWeight(float weight) {
        return new SearchSettings(synonymsFile, maxClauses, maxQueryChars, timeout, maxPrefixExpansions, maxNesting,
                analysis, titleBoost, exactBoost, noteBoost, coordination, proximityBoost, bm25K1, bm25B, answerHintBoost,
                feedbackWeight, feedbackDocs, feedbackTerms, combinedFields, weight, everyWordEnough, coordinationBonus);
    }

    /** How a keyword list treats the articles holding every word (see the parameters of the same names). */
    public SearchSettings withEveryWord(int enough, float bonus) {
        return new SearchSettings(synonymsFile, maxClauses, maxQueryChars, timeout, maxPrefixExpansions, maxNesting,
                analysis, titleBoost, exactBoost, noteBoost, coordination, proximityBoost, bm25K1, bm25B, answerHintBoost,
                feedbackWeight, feedbackDocs, feedbackTerms, combinedFields, nearSynonymWeight, enough, bonus);
    }
}
