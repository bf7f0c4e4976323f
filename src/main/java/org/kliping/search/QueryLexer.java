package org.kliping.search;

import java.util.ArrayList;
import java.util.List;

/** Splits a query into words, quoted phrases, {@code field:value}, parentheses, OR/NOT and {@code -}. */
final class QueryLexer {
    enum Kind { WORD, PHRASE, FIELD, LPAREN, RPAREN, OR, NOT }

    record Token(Kind kind, String text, String field, boolean phrase) {
        static Token of(Kind kind, String text) {
            return new Token(kind, text, null, false);
        }
    }

    private QueryLexer() {
    }

    static List<Token> tokenize(String q) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(Token.of(c == '(' ? Kind.LPAREN : Kind.RPAREN, String.valueOf(c)));
                i++;
            } else if (c == '"') {
                int end = closingQuote(q, i + 1);
                out.add(Token.of(Kind.PHRASE, q.substring(i + 1, end)));
                i = Math.min(n, end + 1);
            } else if (c == '-' && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1)) && q.charAt(i + 1) != '-') {
                out.add(Token.of(Kind.NOT, "-"));
                i++;
            } else {
                i = readWord(q, i, out);
            }
        }
        return out;
    }

    /** Index of the closing quote, or the end of the query when the quote is never closed. */
    private static int closingQuote(String q, int from) {
        int end = q.indexOf('"', from);
        return end < 0 ? q.length() : end;
    }

    private static int readWord(String q, int start, List<Token> out) {
        int n = q.length();
        int i = start;
        while (i < n && !Character.isWhitespace(q.charAt(i)) && "()\"".indexOf(q.charAt(i)) < 0) i++;
        String word = q.substring(start, i);
        if (word.equals("OR")) {
            out.add(Token.of(Kind.OR, word));
            return i;
        }
        if (word.equals("NOT")) {
            out.add(Token.of(Kind.NOT, word));
            return i;
        }
        if (word.equals("AND")) return i; // words are combined anyway
        int colon = word.indexOf(':');
        if (colon > 0) {
            String field = word.substring(0, colon);
            if (LenientQueryParser.FIELDS.contains(field.toLowerCase(java.util.Locale.ROOT))) {
                String value = word.substring(colon + 1);
                if (value.isEmpty() && i < n && q.charAt(i) == '"') {
                    int end = closingQuote(q, i + 1);
                    out.add(new Token(Kind.FIELD, q.substring(i + 1, end), field, true));
                    return Math.min(n, end + 1);
                }
                out.add(new Token(Kind.FIELD, value, field, false));
                return i;
            }
        }
        out.add(Token.of(Kind.WORD, word));
        return i;
    }
}
