package org.kliping.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kliping.domain.Article;

/**
 * Content words of each article as tf-idf vectors over the articles being clustered, cut to the
 * {@link #TOP_TERMS} heaviest words and normalised to length 1, so that a long tail of boilerplate
 * and incidental words does not make two articles look alike.
 */
final class TermVectors {
    /** Enough words to describe one event; more lets shared filler dominate the cosine. */
    static final int TOP_TERMS = 40;
    private static final int MIN_LENGTH = 3;
    /** Size of the imagined background collection in {@link #smoothIdf}. */
    static final double BACKGROUND_DOCS = 100;

    private final Set<String> stopwords;

    TermVectors(Set<String> stopwords) {
        this.stopwords = stopwords;
    }

    /** Term counts of title and body; the title counts twice since it states the event. */
    Map<String, Integer> counts(Article a) {
        Map<String, Integer> tf = new HashMap<>();
        add(tf, a.title(), 2);
        add(tf, a.body(), 1);
        return tf;
    }

    static Map<String, Double> idf(List<Map<String, Integer>> docs) {
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Integer> d : docs) d.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        Map<String, Double> idf = new HashMap<>();
        int n = docs.size();
        df.forEach((t, f) -> idf.put(t, smoothIdf(n, f)));
        return idf;
    }

    /**
     * Inverse document frequency as if {@link #BACKGROUND_DOCS} unrelated articles were also present:
     * clustering five articles of one story must not make their shared words worthless.
     */
    static double smoothIdf(int docs, int docFreq) {
        return Math.log((docs + BACKGROUND_DOCS) / (docFreq + 1.0));
    }

    static Map<String, Double> vector(Map<String, Integer> tf, Map<String, Double> idf) {
        List<Map.Entry<String, Double>> weights = new ArrayList<>();
        tf.forEach((t, f) -> weights.add(Map.entry(t, (1 + Math.log(f)) * idf.getOrDefault(t, 1.0))));
        weights.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : weights.subList(0, Math.min(TOP_TERMS, weights.size()))) {
            v.put(e.getKey(), e.getValue());
            norm += e.getValue() * e.getValue();
        }
        double len = Math.sqrt(norm);
        if (len > 0) v.replaceAll((t, w) -> w / len);
        return v;
    }

    private void add(Map<String, Integer> tf, String text, int weight) {
        for (Word w : Word.in(text, new TextSpan(0, text.length()))) {
            String t = term(w.lower());
            if (t != null) tf.merge(t, weight, Integer::sum);
        }
    }

    /** A content word, "-nya" removed ("pasukannya" is "pasukan"), or null for stopwords and numbers. */
    private String term(String lower) {
        if (lower.length() < MIN_LENGTH || lower.chars().anyMatch(Character::isDigit)) return null;
        String t = lower.endsWith("nya") && lower.length() > 6 ? lower.substring(0, lower.length() - 3) : lower;
        return stopwords.contains(t) || stopwords.contains(lower) ? null : t;
    }
}
