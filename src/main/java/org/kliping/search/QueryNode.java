package org.kliping.search;

import java.util.List;

/** The parsed form of a user query, before it meets the index. */
sealed interface QueryNode {
    /** A bare word: ranked, never required on its own. */
    record Word(String text) implements QueryNode { }

    /** {@code "exact phrase"}: required, matched on the unstemmed fields. */
    record Phrase(String text) implements QueryNode { }

    /** {@code prefix*}: required, expanded over the unstemmed fields up to a limit. */
    record Prefix(String text) implements QueryNode { }

    /** {@code field:value} or {@code field:"a phrase"}: required (a filter for keyword fields). */
    record Fielded(String field, String value, boolean phrase) implements QueryNode { }

    /** {@code -x} or {@code NOT x}. */
    record Not(QueryNode inner) implements QueryNode { }

    /** Items side by side: words rank, everything else is required. */
    record All(List<QueryNode> items) implements QueryNode {
        public All {
            items = List.copyOf(items);
        }
    }

    /** {@code a OR b}. */
    record Any(List<QueryNode> items) implements QueryNode {
        public Any {
            items = List.copyOf(items);
        }
    }
}
