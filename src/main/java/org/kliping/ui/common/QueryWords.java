package org.kliping.ui.common;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a query to mark in a text: its plain words, and its quoted phrases as one entry of words joined by single
 * spaces (a phrase is one hit, not one per word); no operators, field prefixes, wildcards or negated words.
 */
public final class QueryWords {

    private static final Set<String> OPERATORS = Set.of("and", "or", "not");
    /** A quoted phrase (its field prefix or minus in group 1), or one whitespace-separated token. */
    private static final Pattern TOKEN = Pattern.compile("(\\S*?)\"([^\"]*)\"?|\\S+");

    private QueryWords() {
    }

    public static Set<String> of(String query) {
        Set<String> words = new TreeSet<>();
        if (query == null) return words;
        Matcher m = TOKEN.matcher(query);
        while (m.find()) {
            if (m.group(2) != null) {
                String prefix = m.group(1);
                if (prefix.startsWith("-") || prefix.contains(":")) continue;
                String phrase = String.join(" ", plain(m.group(2)).split("\\s+")).strip();
                if (phrase.contains(" ")) words.add(phrase);
                else if (phrase.length() > 1 && !OPERATORS.contains(phrase)) words.add(phrase);
                continue;
            }
            String token = m.group();
            if (token.startsWith("-") || token.contains(":")) continue;
            String w = plain(token);
            if (w.length() > 1 && !OPERATORS.contains(w)) words.add(w);
        }
        return words;
    }

    private static String plain(String s) {
        return s.replaceAll("[\"()*?]", "").toLowerCase(Locale.ROOT).strip();
    }
}
