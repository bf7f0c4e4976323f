package org.kliping.ui.common;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The plain words of a query, to mark in a text: no operators, field prefixes, quotes, wildcards or negated words. */
public final class QueryWords {

    private static final Set<String> OPERATORS = Set.of("and", "or", "not");

    private QueryWords() {
    }

    public static Set<String> of(String query) {
        Set<String> words = new TreeSet<>();
        if (query == null) return words;
        for (String token : query.split("\\s+")) {
            if (token.startsWith("-") || token.contains(":")) continue;
            String w = token.replaceAll("[\"()*?]", "").toLowerCase(Locale.ROOT);
            if (w.length() > 1 && !OPERATORS.contains(w)) words.add(w);
        }
        return words;
    }
}
