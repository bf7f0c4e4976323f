package org.kliping.bench;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed search mix, drawn (seeded) from the real articles so that every query has matches: one word,
 * two words, a phrase, a prefix and a field filter, each written both in Kliping's query language and as an
 * FTS5 MATCH expression. Words are of middle frequency (in 0.5% to 20% of the originals, not stop words):
 * the words people search for, neither hapaxes nor "yang".
 */
final class QueryMix {

    enum Type { ONE_WORD, TWO_WORDS, PHRASE, PREFIX, FIELD }

    /** One query for both engines. */
    record Query(Type type, String kliping, String fts5) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int PREFIX_LENGTH = 5;

    private final List<SourceArticle> originals;
    private final CharArraySet stopWords = IndonesianAnalyzer.getDefaultStopSet();
    private final Set<String> middleWords;

    QueryMix(List<SourceArticle> originals) {
        this.originals = originals;
        this.middleWords = middleFrequencyWords(originals);
    }

    /** {@code perType} queries of every type, interleaved (one of each type, then the next). */
    List<Query> draw(int perType, long seed) {
        Random random = new Random(seed);
        List<Query> out = new ArrayList<>();
        for (int i = 0; i < perType; i++) {
            for (Type t : Type.values()) out.add(draw(t, random));
        }
        return out;
    }

    private Query draw(Type type, Random random) {
        SourceArticle a = originals.get(random.nextInt(originals.size()));
        List<String> words = wordsOf(a, random);
        return switch (type) {
            case ONE_WORD -> {
                String w = pick(words, random);
                yield new Query(type, w, quote(w));
            }
            case TWO_WORDS -> twoWords(words, random);
            case PHRASE -> phrase(a, random);
            case PREFIX -> prefix(words, random);
            case FIELD -> {
                String w = pick(words, random);
                yield new Query(type, "source:\"" + a.source() + "\" " + w,
                        quote(w) + " AND source : " + quote(a.source()));
            }
        };
    }

    private Query twoWords(List<String> words, Random random) {
        String w1 = pick(words, random);
        String w2 = pick(words, random);
        for (int tries = 0; w2.equals(w1) && tries < 10; tries++) w2 = pick(words, random);
        return new Query(Type.TWO_WORDS, w1 + " " + w2, quote(w1) + " " + quote(w2));
    }

    private Query phrase(SourceArticle a, Random random) {
        for (int tries = 0; tries < 100; tries++) {
            String p = a.paragraphs().get(random.nextInt(a.paragraphs().size()));
            List<String> tokens = tokens(p);
            if (tokens.size() < 2) continue;
            int i = random.nextInt(tokens.size() - 1);
            String w1 = tokens.get(i);
            String w2 = tokens.get(i + 1);
            if (isSearchable(w1) && isSearchable(w2)) {
                String phrase = w1 + " " + w2;
                return new Query(Type.PHRASE, "\"" + phrase + "\"", quote(phrase));
            }
        }
        return phrase(originals.get(random.nextInt(originals.size())), random);
    }

    private Query prefix(List<String> words, Random random) {
        List<String> longWords = words.stream().filter(w -> w.length() >= PREFIX_LENGTH + 2).toList();
        if (longWords.isEmpty()) longWords = middleWords.stream().filter(w -> w.length() >= PREFIX_LENGTH + 2).sorted().toList();
        String p = pick(longWords, random).substring(0, PREFIX_LENGTH);
        return new Query(Type.PREFIX, p + "*", quote(p) + "*");
    }

    /** The middle-frequency words of an article (falling back to all middle words, sorted for a stable draw). */
    private List<String> wordsOf(SourceArticle a, Random random) {
        Set<String> mine = new HashSet<>();
        for (String p : a.paragraphs()) for (String t : tokens(p)) if (middleWords.contains(t)) mine.add(t);
        List<String> sorted = new ArrayList<>(mine.isEmpty() ? middleWords : mine);
        sorted.sort(null);
        return sorted;
    }

    private static String pick(List<String> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private Set<String> middleFrequencyWords(List<SourceArticle> articles) {
        Map<String, Integer> df = new HashMap<>();
        for (SourceArticle a : articles) {
            Set<String> seen = new HashSet<>();
            for (String p : a.paragraphs()) seen.addAll(tokens(p));
            for (String w : seen) df.merge(w, 1, Integer::sum);
        }
        int min = Math.max(2, articles.size() / 200);
        int max = articles.size() / 5;
        Set<String> out = new HashSet<>();
        df.forEach((w, n) -> {
            if (n >= min && n <= max && w.length() >= 4 && isSearchable(w)) out.add(w);
        });
        return out;
    }

    /** Letters only, three or more, not a stop word (both engines would drop or split anything else). */
    private boolean isSearchable(String word) {
        return word.length() >= 3 && word.chars().allMatch(Character::isLetter) && !stopWords.contains(word);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }
}
