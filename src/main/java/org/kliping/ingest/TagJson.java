package org.kliping.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.kliping.domain.Tag;

/** A tag on an article in Kliping JSON. The per-archive count is not exported: it is derived. */
public record TagJson(@JsonProperty("name") String name, @JsonProperty("color") String color) {

    static TagJson from(Tag tag) {
        return new TagJson(tag.name(), tag.color());
    }

    Tag toDomain() {
        return new Tag(KlipingJsonException.required(name, "tags[].name"), color, 0);
    }
}
