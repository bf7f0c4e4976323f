package org.kliping.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import static org.kliping.search.IndexFields.*;

/**
 * The ranked query of one typed word over the text fields: stemmed and exact forms in title and body, plus
 * source, place and notes. The exact form is the word as written; the stemmed form is each stem s with its
 * marked twin #s ({@link StemMarks}), since a text word whose stem is s holds s when it is its own stem and #s
 * otherwise. With {@link SearchSettings#combinedFields()} title and body are scored as one field
 * (BM25F, Lucene's {@link CombinedFieldQuery}): a word's occurrences in both are added before BM25 saturates
 * them, so a derived title that repeats the lede does not count the subject twice as a sum of two BM25 scores
 * does. Otherwise (and for a word that analyses into several positions) each field is a separate BM25 clause.
 */
final class WordQueries {
    private final Analyzer words;
    private final Analyzer stems;
    private final Analyzer plainWords;
    private final Analyzer plainStems;
    private final QueryBuilder wordBuilder;
    private final QueryBuilder stemBuilder;
    private final SearchSettings settings;
    private final NearSynonyms nearSynonyms;

    WordQueries(TextAnalysis analysis, SearchSettings settings, NearSynonyms nearSynonyms) {
        this.words = analysis.queryAnalyzer();
        this.stems = analysis.stemQueryAnalyzer();
        this.plainWords = analysis.plainQueryAnalyzer();
        this.plainStems = analysis.plainStemQueryAnalyzer();
        this.wordBuilder = new QueryBuilder(words);
        this.stemBuilder = new QueryBuilder(stems);
        this.settings = settings;
        this.nearSynonyms = nearSynonyms;
    }

    /**
     * The word's query, or empty when it analyses to nothing (a stop word). {@code withNearSynonyms}: the word's
     * near-synonyms count too, at their lower weight (for ranking; "has every word" tests the typed words only).
     */
    Optional<Query> word(String text, boolean withNearSynonyms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int added = titleAndBody(b, text);
        if (added > 0 && withNearSynonyms && settings.nearSynonymWeight() > 0) {
            add(b, nearSynonyms(text), settings.nearSynonymWeight());
        }
        added += add(b, wordBuilder.createPhraseQuery(SOURCE_TEXT, text), 1f);
        added += add(b, wordBuilder.createPhraseQuery(PLACE_TEXT, text), 1f);
        added += add(b, stemBuilder.createPhraseQuery(NOTES, text), settings.noteBoost());
        added += add(b, wordBuilder.createPhraseQuery(NOTES, text), settings.noteBoost() * settings.exactBoost());
        return added == 0 ? Optional.empty() : Optional.of(b.build());
    }

    private int titleAndBody(BooleanQuery.Builder b, String text) {
        if (settings.combinedFields()) {
            Optional<List<List<BytesRef>>> stemmed = positions(stems, text);
            Optional<List<List<BytesRef>>> exact = positions(words, text);
            if (stemmed.isPresent() && exact.isPresent()) {
                return add(b, combinedParts(stemmed.get()), 1f) + add(b, combinedParts(exact.get()), settings.exactBoost());
            }
            Optional<Query> abbreviation = abbreviation(text);
            if (abbreviation.isPresent()) return add(b, abbreviation.get(), 1f);
        }
        return add(b, stemBuilder.createPhraseQuery(BODY, text), 1f)
                + add(b, wordBuilder.createPhraseQuery(BODY, text), settings.exactBoost())
                + add(b, stemBuilder.createPhraseQuery(TITLE, text), settings.titleBoost())
                + add(b, wordBuilder.createPhraseQuery(TITLE, text), settings.titleBoost() * settings.exactBoost());
    }

    /**
     * A word with a multi-word synonym ({@code kpk} = {@code komisi pemberantasan korupsi}): the word as typed scored
     * like any word (BM25F over title and body), or the long form as a phrase in the body, whichever scores more. A
     * sum of per-field scores with the title weighted on top would let a title naming the abbreviation outweigh the
     * other words of the query (measured on the news topics: {@code zumi zola kpk}, {@code pilkada dki 2017}).
     */
    private Optional<Query> abbreviation(String text) {
        Optional<List<List<BytesRef>>> stemmed = positions(plainStems, text);
        Optional<List<List<BytesRef>>> exact = positions(plainWords, text);
        Query longForm = stemBuilder.createPhraseQuery(BODY, text);
        if (stemmed.isEmpty() || exact.isEmpty() || longForm == null) return Optional.empty();
        BooleanQuery.Builder typed = new BooleanQuery.Builder();
        if (add(typed, combinedParts(stemmed.get()), 1f) + add(typed, combinedParts(exact.get()), settings.exactBoost()) == 0) {
            return Optional.empty();
        }
        return Optional.of(new DisjunctionMaxQuery(List.of(typed.build(), longForm), 0f));
    }

    /**
     * The word's near-synonyms in title and body, scored as one term (a text with two of them counts once, like a
     * text repeating the word), or null when the word has none. Stems (and their marked twins) the typed word
     * already has are left out.
     */
    Query nearSynonyms(String text) {
        List<String> alternatives = nearSynonyms.of(text);
        if (alternatives.isEmpty()) return null;
        List<BytesRef> typed = oneTermPosition(text).orElse(List.of());
        Set<BytesRef> terms = new LinkedHashSet<>();
        List<Query> options = new ArrayList<>();
        for (String alternative : alternatives) {
            Optional<List<BytesRef>> single = oneTermPosition(alternative);
            if (single.isPresent()) {
                single.get().stream().filter(t -> !typed.contains(t)).forEach(terms::add);
            } else {
                Query phrase = stemBuilder.createPhraseQuery(BODY, alternative);
                if (phrase != null) options.add(phrase);
            }
        }
        if (!terms.isEmpty()) options.add(settings.combinedFields() ? combined(List.copyOf(terms)) : synonyms(terms));
        return options.isEmpty() ? null : new DisjunctionMaxQuery(options, 0f);
    }

    private Query synonyms(Set<BytesRef> terms) {
        SynonymQuery.Builder body = new SynonymQuery.Builder(BODY);
        SynonymQuery.Builder title = new SynonymQuery.Builder(TITLE);
        for (BytesRef t : terms) {
            body.addTerm(new Term(BODY, t));
            title.addTerm(new Term(TITLE, t));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        add(b, body.build(), 1f);
        add(b, title.build(), settings.titleBoost());
        return b.build();
    }

    /**
     * A word of several parts ({@code al-Wahhab}, {@code Bangsa-Bangsa}) requires each distinct part, each scored
     * as one title + body field: a phrase would keep the parts' order but not BM25F, which ranks better.
     */
    private Query combinedParts(List<List<BytesRef>> positions) {
        if (positions.size() <= 1) return positions.isEmpty() ? null : combined(positions.get(0));
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<BytesRef> part : new LinkedHashSet<>(positions)) all.add(combined(part), Occur.MUST);
        return all.build();
    }

    /**
     * Body and title as one field. {@link CombinedFieldQuery} only takes weights of at least 1, so a title weight
     * t below 1 is written as body 1/t, title 1, and {@link RankingSimilarity} divides the term frequencies back
     * by raising k1 by the same factor (BM25 depends on tf/k1 only, lengths are relative).
     */
    private Query combined(List<BytesRef> terms) {
        if (terms.isEmpty()) return null;
        CombinedFieldQuery.Builder q = new CombinedFieldQuery.Builder();
        float t = settings.titleBoost();
        float scale = RankingSimilarity.combinedScale(settings);
        q.addField(BODY, scale);
        if (t > 0) q.addField(TITLE, t * scale);
        terms.forEach(q::addTerm);
        return q.build();
    }

    /** The stemmed terms of a word that analyses into one position, or empty when it spans several (or none). */
    private Optional<List<BytesRef>> oneTermPosition(String text) {
        return positions(stems, text).filter(p -> p.size() <= 1).map(p -> p.isEmpty() ? List.of() : p.get(0));
    }

    /**
     * The body terms of each position of a word: one position for most words (the stem and the stem's
     * alternatives with their marked twins, or a one-word synonym), several for a hyphenated word
     * ({@code al-Wahhab}); empty when the analysis is a graph (a multi-word synonym), which only a phrase query
     * represents.
     */
    private static Optional<List<List<BytesRef>>> positions(Analyzer analyzer, String text) {
        List<List<BytesRef>> positions = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            ts.reset();
            boolean graph = false;
            while (ts.incrementToken()) {
                if (len.getPositionLength() != 1) graph = true;
                if (positions.isEmpty() || inc.getPositionIncrement() != 0) positions.add(new ArrayList<>());
                positions.get(positions.size() - 1).add(new BytesRef(term));
            }
            ts.end();
            return graph ? Optional.empty() : Optional.of(positions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse query word '" + text + "'", e);
        }
    }

    static int add(BooleanQuery.Builder b, Query q, float boost) {
        if (q == null) return 0;
        b.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
        return 1;
    }
}
