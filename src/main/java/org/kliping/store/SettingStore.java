package org.kliping.store;

import java.util.Optional;

/** Small key-value settings kept with the archive (e.g. whether the seeds were imported). */
public final class SettingStore {

    private final Database db;

    public SettingStore(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.call(c -> Rows.one(c, "SELECT value FROM setting WHERE key = ?", rs -> rs.getString(1), key));
    }

    public void put(String key, String value) {
        db.inTransaction(c -> Rows.update(c,
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value));
    }
}
