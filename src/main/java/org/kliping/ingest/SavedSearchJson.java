package org.kliping.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.kliping.domain.SavedSearch;

/** A saved search in Kliping JSON. */
public record SavedSearchJson(
        @JsonProperty("id") Long id,
        @JsonProperty("name") String name,
        @JsonProperty("query") String query) {

    static SavedSearchJson from(SavedSearch saved) {
        return new SavedSearchJson(saved.id(), saved.name(), saved.query());
    }

    SavedSearch toDomain() {
        return new SavedSearch(KlipingJsonException.required(id, "id"), KlipingJsonException.required(name, "name"),
                KlipingJsonException.required(query, "query"));
    }
}
