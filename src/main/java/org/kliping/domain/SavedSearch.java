package org.kliping.domain;

/** A named query for the sidebar. */
public record SavedSearch(long id, String name, String query) {
    public SavedSearch {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("empty saved search name");
        if (query == null) throw new IllegalArgumentException("empty query");
        name = name.strip();
    }
}
