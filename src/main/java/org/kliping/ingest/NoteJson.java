package org.kliping.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.kliping.domain.ArticleNote;

/** A note on an article in Kliping JSON; its article is the enclosing one. */
public record NoteJson(
        @JsonProperty("id") Long id,
        @JsonProperty("text") String text,
        @JsonProperty("createdAt") String createdAt) {

    static NoteJson from(ArticleNote note) {
        return new NoteJson(note.id(), note.text(), note.createdAt() == null ? null : note.createdAt().toString());
    }

    ArticleNote toDomain(long articleId) {
        return new ArticleNote(KlipingJsonException.required(id, "notes[].id"), articleId,
                KlipingJsonException.required(text, "notes[].text"),
                KlipingJsonException.instant(createdAt, "notes[].createdAt"));
    }
}
