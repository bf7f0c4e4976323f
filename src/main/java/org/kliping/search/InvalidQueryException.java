package org.kliping.search;

/** A query that cannot be read even leniently. The message names the query and the problem. */
public class InvalidQueryException extends RuntimeException {
    private final String query;

    public InvalidQueryException(String query, String problem, Throwable cause) {
        super("cannot search for '" + abbreviate(query) + "': " + problem, cause);
        this.query = query;
    }

    public String query() {
        return query;
    }

    private static String abbreviate(String q) {
        return q.length() <= 200 ? q : q.substring(0, 200) + "...";
    }
}
