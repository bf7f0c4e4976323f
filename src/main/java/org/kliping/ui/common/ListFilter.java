package org.kliping.ui.common;

import java.util.Objects;

/** What the sidebar selected for the table: everything, unread, starred, one source, one tag or one feed (its id). */
public record ListFilter(Kind kind, String value) {

    public enum Kind { ALL, UNREAD, STARRED, SOURCE, TAG, TRASH, FEED }

    public ListFilter {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.SOURCE || kind == Kind.TAG || kind == Kind.FEED) && (value == null || value.isBlank())) {
            throw new IllegalArgumentException("a " + kind + " filter needs a value");
        }
    }

    public static final ListFilter ALL = new ListFilter(Kind.ALL, null);
    public static final ListFilter UNREAD = new ListFilter(Kind.UNREAD, null);
    public static final ListFilter STARRED = new ListFilter(Kind.STARRED, null);
    /** The articles in the Trash. */
    public static final ListFilter TRASH = new ListFilter(Kind.TRASH, null);

    public static ListFilter source(String name) {
        return new ListFilter(Kind.SOURCE, name);
    }

    public static ListFilter tag(String name) {
        return new ListFilter(Kind.TAG, name);
    }

    /** The articles clipped from one feed. */
    public static ListFilter feed(long feedId) {
        return new ListFilter(Kind.FEED, Long.toString(feedId));
    }

    /** The filter as a clause of the query language, when the table shows search results. */
    public String asQueryClause() {
        return switch (kind) {
            case SOURCE -> "source:\"" + value.replace("\"", "") + "\"";
            case TAG -> "tag:\"" + value.replace("\"", "") + "\"";
            default -> "";
        };
    }

    /** {@code query} with a facet value (source, place, tag, year) added as a clause, as a click in the sidebar does. */
    public static String withFacet(String query, String facet, String value) {
        String field = facet.equals("year") ? "date" : facet;
        String clause = field + ":" + (value.contains(" ") ? "\"" + value + "\"" : value);
        String typed = query == null ? "" : query.strip();
        if (typed.contains(clause)) return typed;
        return typed.isEmpty() ? clause : typed + " " + clause;
    }
}
