package org.kliping.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the query language without ever rejecting input: an unclosed quote runs to the end, an unmatched
 * parenthesis is ignored, a stray {@code :} or {@code -} is read as text or dropped. Parentheses deeper than
 * {@code maxNesting} are ignored (no deep recursion, so no StackOverflowError). Problems worth telling the
 * user are added to {@code notices}.
 */
final class LenientQueryParser {
    static final Set<String> FIELDS = Set.of("title", "source", "place", "tag", "note", "date");

    private final int maxNesting;
    private final List<String> notices;
    private List<QueryLexer.Token> tokens;
    private int pos;
    private int depth;
    private boolean nestingNoticed;

    LenientQueryParser(int maxNesting, List<String> notices) {
        this.maxNesting = maxNesting;
        this.notices = notices;
    }

    QueryNode parse(String query) {
        tokens = QueryLexer.tokenize(query);
        pos = 0;
        depth = 0;
        List<QueryNode> top = new ArrayList<>();
        while (pos < tokens.size()) {
            QueryNode n = parseOr();
            if (n != null) top.add(n);
            if (pos < tokens.size() && tokens.get(pos).kind() == QueryLexer.Kind.RPAREN) pos++; // unmatched ')'
        }
        return top.size() == 1 ? top.get(0) : new QueryNode.All(top);
    }

    private QueryNode parseOr() {
        List<QueryNode> alternatives = new ArrayList<>();
        alternatives.add(parseAll());
        while (pos < tokens.size() && tokens.get(pos).kind() == QueryLexer.Kind.OR) {
            pos++;
            alternatives.add(parseAll());
        }
        List<QueryNode> present = alternatives.stream().filter(a -> a != null).toList();
        if (present.isEmpty()) return null;
        return present.size() == 1 ? present.get(0) : new QueryNode.Any(present);
    }

    private QueryNode parseAll() {
        List<QueryNode> items = new ArrayList<>();
        while (pos < tokens.size()) {
            QueryLexer.Kind kind = tokens.get(pos).kind();
            if (kind == QueryLexer.Kind.OR) break;
            if (kind == QueryLexer.Kind.RPAREN) {
                if (depth > 0) break;
                pos++; // a ')' that closes nothing
                continue;
            }
            QueryNode n = parseUnary();
            if (n != null) items.add(n);
        }
        if (items.isEmpty()) return null;
        return items.size() == 1 ? items.get(0) : new QueryNode.All(items);
    }

    /** Repeated NOTs are counted in a loop, not by recursion: "NOT NOT x" is x, whatever their number. */
    private QueryNode parseUnary() {
        int negations = 0;
        while (pos < tokens.size() && tokens.get(pos).kind() == QueryLexer.Kind.NOT) {
            negations++;
            pos++;
        }
        if (pos >= tokens.size()) return null;
        QueryLexer.Kind next = tokens.get(pos).kind();
        if (negations > 0 && (next == QueryLexer.Kind.OR || next == QueryLexer.Kind.RPAREN)) return null;
        QueryNode inner = parsePrimary();
        if (inner == null || negations % 2 == 0) return inner;
        return new QueryNode.Not(inner);
    }

    private QueryNode parsePrimary() {
        QueryLexer.Token t = tokens.get(pos++);
        return switch (t.kind()) {
            case LPAREN -> parseGroup();
            case PHRASE -> t.text().isBlank() ? null : new QueryNode.Phrase(t.text());
            case FIELD -> fielded(t);
            case WORD -> word(t.text());
            default -> null;
        };
    }

    private QueryNode parseGroup() {
        if (depth >= maxNesting) {
            if (!nestingNoticed) {
                notices.add("Parentheses nested deeper than " + maxNesting + " levels were ignored.");
                nestingNoticed = true;
            }
            return null; // the group's contents are read by the enclosing loop as plain items
        }
        depth++;
        QueryNode inner = parseOr();
        depth--;
        if (pos < tokens.size() && tokens.get(pos).kind() == QueryLexer.Kind.RPAREN) pos++;
        return inner;
    }

    private QueryNode fielded(QueryLexer.Token t) {
        String field = t.field().toLowerCase(Locale.ROOT);
        if (t.text().isBlank()) return null;
        return new QueryNode.Fielded(field, t.text(), t.phrase());
    }

    private QueryNode word(String text) {
        String w = text;
        if (w.startsWith("*") || w.startsWith("?")) {
            w = w.replaceFirst("^[*?]+", "");
            notices.add("Wildcards at the start of a word are not supported: '" + text + "' was searched as '" + w + "'.");
        }
        if (w.isEmpty() || w.chars().noneMatch(Character::isLetterOrDigit)) return null;
        if (w.endsWith("*")) return new QueryNode.Prefix(w.replaceFirst("\\*+$", ""));
        return new QueryNode.Word(w);
    }
}
