package org.kliping.store;

import org.kliping.domain.NotFoundException;
import org.kliping.domain.SavedSearch;

import java.util.List;

/** Named queries for the sidebar; names are unique regardless of case. */
public final class SavedSearchStore {

    private final Database db;

    public SavedSearchStore(Database db) {
        this.db = db;
    }

    /** Saves a query under a name, replacing the query of an existing search with that name. */
    public SavedSearch save(String name, String query) {
        SavedSearch s = new SavedSearch(0, name, query);
        return db.inTransaction(c -> {
            Rows.update(c, "INSERT INTO saved_search (name, query) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET query = excluded.query",
                    s.name(), s.query());
            return Rows.one(c, "SELECT id, name, query FROM saved_search WHERE name = ?",
                    rs -> new SavedSearch(rs.getLong(1), rs.getString(2), rs.getString(3)), s.name()).orElseThrow();
        });
    }

    public List<SavedSearch> all() {
        return db.call(c -> Rows.list(c, "SELECT id, name, query FROM saved_search ORDER BY name COLLATE NOCASE",
                rs -> new SavedSearch(rs.getLong(1), rs.getString(2), rs.getString(3))));
    }

    public void delete(String name) {
        int n = db.inTransaction(c -> Rows.update(c, "DELETE FROM saved_search WHERE name = ?", name));
        if (n == 0) throw new NotFoundException("saved search '" + name + "'");
    }
}
