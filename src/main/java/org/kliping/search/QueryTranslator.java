package org.kliping.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.kliping.search.IndexFields.*;

/**
 * Turns a parsed query into a Lucene query. Words are matched on stemmed and exact fields of title, body,
 * source, place and notes ({@link WordQueries}: title and body as one BM25F field, near-synonyms at a lower
 * weight); when several words are given, articles that contain all of them
 * (ignoring words no article contains) get a constant bonus ({@link SearchSettings#coordinationBonus()}), so they
 * rank first without emptying the results when a word is missing; when
 * {@link SearchSettings#everyWordEnough()} articles or more contain them all, only those are results.
 */
final class QueryTranslator {
    /** Longer word lists (pasted text) are ranked by BM25 alone. */
    static final int MAX_COORDINATED_WORDS = 6;
    /** Words at most this many positions apart count as "near" for the proximity bonus. */
    static final int PROXIMITY_SLOP = 2;
    /** Word lists at least this long read as a sentence or a pasted passage: they get pseudo-relevance feedback. */
    static final int FEEDBACK_MIN_WORDS = 5;

    private final QueryBuilder builder;
    private final QueryBuilder stemBuilder;
    private final SearchSettings settings;
    private final IndexReader reader;
    private final IndexedBodies bodies;
    private final List<String> notices;
    private final PrefixExpansion prefixes;
    private final WordQueries wordQueries;
    private final FieldedQueries fielded;
    private int parts;
    private boolean partsNoticed;
    private boolean droppedOnlyStopWords;
    private boolean naturalLanguage;
    private final Analyzer feedbackAnalyzer;
    private boolean atRoot = true;
    /** The articles holding every typed word of the top-level word list, when it has several words. */
    private Query everyTypedWord;
    /** True when the top-level word list returns only the articles holding every word. */
    private boolean onlyEveryWord;
    /** How many results hold every typed word when translating already counted them all, else -1. */
    private long everyWordResults = -1;

    QueryTranslator(TextAnalysis analysis, SearchSettings settings, IndexReader reader, IndexedBodies bodies,
                    List<String> notices) {
        this.bodies = bodies;
        this.builder = new QueryBuilder(analysis.queryAnalyzer());
        this.stemBuilder = new QueryBuilder(analysis.stemQueryAnalyzer());
        this.feedbackAnalyzer = analysis.rootsAnalyzer();
        this.settings = settings;
        this.reader = reader;
        this.notices = notices;
        this.prefixes = new PrefixExpansion(reader, settings.maxPrefixExpansions(), notices);
        this.wordQueries = new WordQueries(analysis, settings, NearSynonyms.BUNDLED);
        this.fielded = new FieldedQueries(builder, stemBuilder, notices);
    }

    Query translate(QueryNode root) {
        if (root == null) return new MatchAllDocsQuery();
        Query q = node(root);
        if (q == null) {
            if (droppedOnlyStopWords) notices.add("The query has only very common words; nothing was searched.");
            return droppedOnlyStopWords ? new MatchNoDocsQuery() : new MatchAllDocsQuery();
        }
        // keyword searches stay literal (and fast); questions and sentences gain the answer's vocabulary
        if (naturalLanguage && settings.feedbackWeight() > 0) {
            return new PseudoRelevanceFeedback(reader, bodies, feedbackAnalyzer, settings).expand(q);
        }
        return q;
    }

    /**
     * The query matching the results that hold every typed word of the top-level word list (near-synonyms not
     * counted), or empty when the query is not such a list of two or more words: what the total "with all
     * words" counts beside the total of the results.
     */
    Optional<Query> everyWordCount(Query translated) {
        if (everyTypedWord == null || onlyEveryWord || everyWordResults >= 0) return Optional.empty();
        return Optional.of(new BooleanQuery.Builder().add(translated, Occur.MUST).add(everyTypedWord, Occur.FILTER).build());
    }

    /**
     * The number of results holding every typed word of the top-level word list, when translating counted it
     * exactly: the query is that list alone (nothing excluded or required beside it) and fewer articles than
     * {@link SearchSettings#everyWordEnough()} hold every word (so the count of them was not cut short).
     */
    java.util.OptionalLong everyWordResults() {
        return everyWordResults >= 0 ? java.util.OptionalLong.of(everyWordResults) : java.util.OptionalLong.empty();
    }

    private Query node(QueryNode n) {
        boolean top = atRoot;
        atRoot = false;
        if (n instanceof QueryNode.All all) return all(all.items(), top);
        if (n instanceof QueryNode.Any any) return any(any.items());
        if (n instanceof QueryNode.Not not) {
            Query inner = node(not.inner());
            if (inner == null) return null;
            return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).add(inner, Occur.MUST_NOT).build();
        }
        if (!takePart()) return null;
        if (n instanceof QueryNode.Word w) return word(w.text());
        if (n instanceof QueryNode.Phrase p) return phrase(p.text());
        if (n instanceof QueryNode.Prefix p) return prefix(p.text());
        if (n instanceof QueryNode.Fielded f) return fielded.query(f);
        throw new IllegalStateException("unknown query node " + n);
    }

    private Query all(List<QueryNode> items, boolean top) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<Query> words = new ArrayList<>();
        List<Query> literals = new ArrayList<>(); // the same words without near-synonyms, for "has every word"
        List<String> wordTexts = new ArrayList<>();
        boolean positive = false;
        boolean excluded = false;
        boolean scored = false; // a required clause that is not a filter
        boolean question = settings.answerHintBoost() > 0 && QuestionHints.isQuestion(wordsOf(items));
        for (QueryNode item : items) {
            if (item instanceof QueryNode.Word w && question && QuestionHints.isQuestionFrame(w.text())) {
                droppedOnlyStopWords = true;
            } else if (item instanceof QueryNode.Word w) {
                Query q = takePart() ? word(w.text()) : null;
                if (q != null) {
                    words.add(q);
                    literals.add(wordQueries.word(w.text(), false).orElse(q));
                    wordTexts.add(w.text());
                }
            } else if (item instanceof QueryNode.Prefix p) {
                Query q = takePart() ? prefix(p.text()) : null; // ranks like a word
                if (q != null) {
                    words.add(q);
                    literals.add(q);
                }
            } else if (item instanceof QueryNode.Not not) {
                Query q = node(not.inner());
                if (q != null) b.add(q, Occur.MUST_NOT);
                excluded |= q != null;
            } else {
                Query q = node(item);
                if (q != null) {
                    boolean filter = isFilter(item);
                    b.add(q, filter ? Occur.FILTER : Occur.MUST);
                    positive = true;
                    scored |= !filter;
                }
            }
        }
        if (!words.isEmpty()) {
            naturalLanguage |= question || words.size() >= FEEDBACK_MIN_WORDS;
            // a filter (source:, place:, tag:, date:, a facet click) narrows the words' results; only a required
            // phrase or field query makes the plain words optional (they then rank)
            if (top && literals.size() > 1) everyTypedWord = conjunction(literals);
            // nothing else required or ranked beside the words: they can stand as optional clauses of this query
            boolean alone = !positive && (settings.proximityBoost() <= 0 || wordTexts.size() < 2)
                    && (settings.answerHintBoost() <= 0 || QuestionHints.asked(wordsOf(items)).isEmpty());
            addWords(b, words, literals, twoWordNearSynonyms(items), scored, coordinates(items, words.size()), top, alone);
            if (!top || excluded || !alone || lastEveryWordCount >= settings.everyWordEnough()
                    || literals.size() != words.size() || everyTypedWord == null || lastPresent != literals.size()) {
                everyWordResults = -1;
            } else {
                everyWordResults = lastEveryWordCount;
            }
            addProximity(b, wordTexts);
            addAnswerHints(b, items);
            positive = true;
        }
        if (!positive) {
            if (words.isEmpty() && items.stream().allMatch(i -> i instanceof QueryNode.Word)) return null;
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return b.build();
    }

    /**
     * Every-word-first ranking suits a list of keywords, not a question or a pasted paragraph: there the
     * answer often lacks some of the words (measured: it costs 0.01 MRR@10 on TyDi questions).
     */
    private boolean coordinates(List<QueryNode> items, int wordCount) {
        if (!settings.coordination() || wordCount < 2 || wordCount > MAX_COORDINATED_WORDS) return false;
        return !QuestionHints.isQuestion(wordsOf(items));
    }

    /**
     * {@code alternatives}: optional clauses that may match in place of the words (two-word near-synonyms).
     * {@code alone}: {@code b} holds nothing but the words (and exclusions), so when any word is enough the words
     * are its optional clauses rather than one required disjunction: the same matches and scores (an every-word
     * bonus only matches where the words do), but Lucene then scores the whole query a window of documents at a
     * time ({@code BooleanScorer}) instead of a heap of nested scorers per document, a large share of a two-word
     * search that ranks every article with a word (measured in docs/search-quality.md, "Speed").
     */
    private void addWords(BooleanQuery.Builder b, List<Query> words, List<Query> literals, List<Query> alternatives,
                          boolean othersRequired, boolean coordinate, boolean top, boolean alone) {
        lastPresent = 0;
        lastEveryWordCount = Long.MAX_VALUE;
        if (words.size() == 1 && alternatives.isEmpty()) {
            b.add(words.get(0), othersRequired ? Occur.SHOULD : Occur.MUST);
            return;
        }
        List<Query> present = coordinate ? literals.stream().filter(this::occursInIndex).toList() : List.of();
        lastPresent = present.size();
        Query everyWord = null;
        if (present.size() > 1) {
            BooleanQuery.Builder every = new BooleanQuery.Builder();
            for (Query w : present) every.add(w, Occur.FILTER);
            everyWord = every.build();
            if (!othersRequired && present.size() == words.size() && enough(everyWord)) {
                // enough articles have every word: they are the results (they would fill the first pages anyway),
                // and the total and facets count them, not every article with any of the words
                requireEveryWord(b, words, literals, alternatives);
                onlyEveryWord = top;
                return;
            }
        }
        if (alone && !othersRequired) {
            for (Query w : words) b.add(w, Occur.SHOULD);
            for (Query a : alternatives) b.add(a, Occur.SHOULD);
        } else {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (Query w : words) any.add(w, Occur.SHOULD);
            for (Query a : alternatives) any.add(a, Occur.SHOULD);
            b.add(any.build(), othersRequired ? Occur.SHOULD : Occur.MUST);
        }
        if (everyWord == null) return;
        if (!othersRequired && present.size() < words.size() && enough(everyWord)) {
            b.add(everyWord, Occur.FILTER); // a word no article has does not empty the results
        } else if (settings.coordinationBonus() > 0) {
            b.add(new BoostQuery(new ConstantScoreQuery(everyWord), settings.coordinationBonus()), Occur.SHOULD);
        }
    }

    /** How many words of the last {@link #addWords} occur in the index (0 when it did not look). */
    private int lastPresent;
    /** How many articles hold every word of the last {@link #addWords}, counted up to everyWordEnough; MAX_VALUE: not counted. */
    private long lastEveryWordCount;

    private boolean enough(Query everyWord) {
        if (settings.everyWordEnough() == Integer.MAX_VALUE) return false;
        if (lastEveryWordCount == Long.MAX_VALUE) lastEveryWordCount = atMost(everyWord, settings.everyWordEnough());
        return lastEveryWordCount >= settings.everyWordEnough();
    }

    private static Query conjunction(List<Query> queries) {
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        for (Query q : queries) every.add(q, Occur.FILTER);
        return every.build();
    }

    /**
     * The results are the articles with every word: each word is a scored required clause, so an article scores
     * what it would in the any-word disjunction (the sum of its matching clauses), which is not evaluated at all.
     * A word whose query adds near-synonyms is also filtered on the word itself. Two-word near-synonyms stay
     * optional. Scoring the disjunction and filtering on the conjunction beside it read every posting twice,
     * a large share of a two-word search on a large archive.
     */
    private static void requireEveryWord(BooleanQuery.Builder b, List<Query> words, List<Query> literals,
                                         List<Query> alternatives) {
        for (int i = 0; i < words.size(); i++) {
            b.add(words.get(i), Occur.MUST);
            if (!literals.get(i).equals(words.get(i))) b.add(literals.get(i), Occur.FILTER);
        }
        for (Query a : alternatives) b.add(a, Occur.SHOULD);
    }

    /** How many articles match, counting no further than {@code n}. */
    private int atMost(Query q, int n) {
        int[] seen = {0};
        try {
            new IndexSearcher(reader).search(q, new SimpleCollector() {
                @Override
                protected void doSetNextReader(LeafReaderContext context) {
                    if (seen[0] >= n) throw new CollectionTerminatedException();
                }

                @Override
                public void collect(int doc) {
                    if (++seen[0] >= n) throw new CollectionTerminatedException();
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the articles with every word", e);
        }
        return seen[0];
    }

    /**
     * Neighbouring query words that also stand near each other in the text ("Balai Kota", "Douwes Dekker")
     * add a bonus: a sequential-dependence term, measured in docs/search-quality.md.
     */
    private void addProximity(BooleanQuery.Builder b, List<String> wordTexts) {
        if (settings.proximityBoost() <= 0 || wordTexts.size() < 2) return;
        for (int i = 0; i + 1 < wordTexts.size(); i++) {
            String pair = wordTexts.get(i) + " " + wordTexts.get(i + 1);
            add(b, stemBuilder.createPhraseQuery(BODY, pair, PROXIMITY_SLOP), settings.proximityBoost());
            add(b, stemBuilder.createPhraseQuery(TITLE, pair, PROXIMITY_SLOP), settings.proximityBoost() * settings.titleBoost());
        }
    }

    /**
     * Two typed words that form one entry of the near-synonym list ("ibu kota") also find its other entries
     * ("ibukota"), at the near-synonym weight; single words do so in {@link WordQueries}.
     */
    private List<Query> twoWordNearSynonyms(List<QueryNode> items) {
        if (settings.nearSynonymWeight() <= 0) return List.of();
        List<Query> out = new ArrayList<>();
        for (int i = 0; i + 1 < items.size(); i++) {
            if (items.get(i) instanceof QueryNode.Word first && items.get(i + 1) instanceof QueryNode.Word second) {
                Query q = wordQueries.nearSynonyms(first.text() + " " + second.text());
                if (q != null) out.add(new BoostQuery(q, settings.nearSynonymWeight()));
            }
        }
        return out;
    }

    /** Question words are stop words for matching, but still say what the answer mentions. */
    private void addAnswerHints(BooleanQuery.Builder b, List<QueryNode> items) {
        if (settings.answerHintBoost() <= 0) return;
        for (QuestionHints.Mention m : QuestionHints.asked(wordsOf(items))) {
            Query mention = new ConstantScoreQuery(new TermQuery(new Term(MENTIONS, m.term())));
            b.add(new BoostQuery(mention, settings.answerHintBoost()), Occur.SHOULD);
        }
    }

    private static List<String> wordsOf(List<QueryNode> items) {
        return items.stream().filter(i -> i instanceof QueryNode.Word).map(i -> ((QueryNode.Word) i).text()).toList();
    }

    private Query any(List<QueryNode> items) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int added = 0;
        for (QueryNode item : items) {
            Query q = node(item);
            if (q != null) {
                b.add(q, Occur.SHOULD);
                added++;
            }
        }
        return added == 0 ? null : b.build();
    }

    private Query word(String text) {
        Optional<Query> q = wordQueries.word(text, true);
        if (q.isEmpty()) droppedOnlyStopWords = true;
        return q.orElse(null);
    }

    private Query phrase(String text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int added = add(b, builder.createPhraseQuery(BODY, text), 1f)
                + add(b, builder.createPhraseQuery(TITLE, text), settings.titleBoost())
                + add(b, builder.createPhraseQuery(NOTES, text), settings.noteBoost());
        return added == 0 ? null : b.build();
    }

    /** Words only: a typed mark is dropped, so a prefix never expands to marked stems ({@link StemMarks}). */
    private Query prefix(String text) {
        String p = TextAnalysis.fold(text);
        while (!p.isEmpty() && p.charAt(0) == StemMarks.MARK) p = p.substring(1);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int added = add(b, prefixes.query(BODY, p), 1f) + add(b, prefixes.query(TITLE, p), settings.titleBoost());
        return added == 0 ? null : b.build();
    }

    private static boolean isFilter(QueryNode n) {
        return n instanceof QueryNode.Fielded f && Set.of("source", "place", "tag", "date").contains(f.field());
    }

    private static int add(BooleanQuery.Builder b, Query q, float boost) {
        if (q == null) return 0;
        b.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
        return 1;
    }

    private boolean takePart() {
        if (parts < settings.maxClauses()) {
            parts++;
            return true;
        }
        if (!partsNoticed) {
            notices.add("The query has more than " + settings.maxClauses() + " parts; only the first "
                    + settings.maxClauses() + " were used.");
            partsNoticed = true;
        }
        return false;
    }

    /**
     * True when some article has the word. A prefix is only built when the index has a word starting with it
     * ({@link PrefixExpansion}), so it counts as present (its terms are not known before it is rewritten).
     */
    private boolean occursInIndex(Query q) {
        Set<Term> terms = new HashSet<>();
        boolean[] prefix = {false};
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... ts) {
                terms.addAll(Arrays.asList(ts));
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                prefix[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        if (prefix[0]) return true;
        try {
            for (Term t : terms) if (reader.docFreq(t) > 0) return true;
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read term statistics", e);
        }
    }
}
