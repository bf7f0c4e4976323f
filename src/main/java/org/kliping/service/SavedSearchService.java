package org.kliping.service;

import org.kliping.domain.SavedSearch;
import org.kliping.store.SavedSearchStore;

import java.util.List;

/** Named queries for the sidebar. */
public final class SavedSearchService {

    private final SavedSearchStore store;

    SavedSearchService(SavedSearchStore store) {
        this.store = store;
    }

    public SavedSearch save(String name, String query) {
        return store.save(name, query);
    }

    public List<SavedSearch> all() {
        return store.all();
    }

    public void delete(String name) {
        store.delete(name);
    }
}
