package org.kliping.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Lucene's Indonesian stemmer, plus the root consonant that meN-/peN- swallowed. The nasal prefix replaces
 * the first consonant of many roots (tulis → menulis, pilih → memilih, kata → mengatakan) but not of others
 * (ambil → mengambil, nanti → menanti); the rule stemmer always guesses the vowel-initial root
 * (menulis → ulis, while ditulis → tulis). Without a dictionary to decide, the candidate roots are all
 * emitted at the same position, so {@code menulis} and {@code ditulis} share {@code tulis}. The same filter
 * runs at query time, so a query word matches any candidate.
 */
final class NasalPrefixStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final IndonesianStemmer stemmer = new IndonesianStemmer();
    private final Deque<String> pending = new ArrayDeque<>();
    private State current;

    NasalPrefixStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.pop());
            posInc.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) return false;
        if (keyword.isKeyword()) return true;
        // only meN-/peN- words can hide a root consonant: other words are stemmed without making strings
        String word = mayHaveNasalPrefix() ? term.toString() : null;
        int len = stemmer.stem(term.buffer(), term.length(), true);
        term.setLength(len);
        if (word != null) addCandidates(word, term.toString());
        if (!pending.isEmpty()) current = captureState();
        return true;
    }

    private boolean mayHaveNasalPrefix() {
        char[] b = term.buffer();
        return term.length() >= 5 && (b[0] == 'm' || b[0] == 'p') && b[1] == 'e';
    }

    /** Roots the nasal prefix may have hidden, given the word and Lucene's vowel-initial stem. */
    private void addCandidates(String word, String stem) {
        if (stem.length() < 2 || word.length() < 5) return;
        char first = stem.charAt(0);
        if (word.startsWith("meny") || word.startsWith("peny")) {
            if (first == 's' && word.length() > 4 && isVowel(word.charAt(4))) pending.add("ny" + stem.substring(1));
            return;
        }
        if (!isVowel(first)) return;
        int prefix = nasalPrefixLength(word);
        if (prefix == 0 || word.charAt(prefix) != first) return;
        String nasal = word.substring(2, prefix);
        switch (nasal) {
            case "ng" -> pending.add("k" + stem);
            case "n" -> {
                pending.add("t" + stem);
                pending.add("n" + stem);
            }
            case "m" -> {
                pending.add("p" + stem);
                pending.add("m" + stem);
            }
            default -> { }
        }
    }

    /** Length of "meng"/"peng"/"men"/"pen"/"mem"/"pem" when followed by a vowel, else 0. */
    private static int nasalPrefixLength(String w) {
        if (!(w.startsWith("me") || w.startsWith("pe"))) return 0;
        int p = w.startsWith("ng", 2) ? 4 : (w.charAt(2) == 'n' || w.charAt(2) == 'm') ? 3 : 0;
        return p > 0 && p < w.length() && isVowel(w.charAt(p)) ? p : 0;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
