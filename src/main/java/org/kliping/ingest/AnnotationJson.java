package org.kliping.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;

/** A highlight in Kliping JSON; its article is the enclosing one, so {@code articleId} is not repeated. */
public record AnnotationJson(
        @JsonProperty("id") Long id,
        @JsonProperty("start") Integer start,
        @JsonProperty("end") Integer end,
        @JsonProperty("quote") String quote,
        @JsonProperty("prefix") String prefix,
        @JsonProperty("suffix") String suffix,
        @JsonProperty("note") String note,
        @JsonProperty("color") String color,
        @JsonProperty("tags") List<String> tags,
        @JsonProperty("state") String state,
        @JsonProperty("createdAt") String createdAt) {

    static AnnotationJson from(Annotation a) {
        return new AnnotationJson(a.id(), a.start(), a.end(), a.quote(), a.prefix(), a.suffix(), a.note(),
                a.color(), a.tags(), a.state().wireName(), a.createdAt() == null ? null : a.createdAt().toString());
    }

    Annotation toDomain(long articleId) {
        return new Annotation(KlipingJsonException.required(id, "annotations[].id"), articleId,
                KlipingJsonException.required(start, "annotations[].start"),
                KlipingJsonException.required(end, "annotations[].end"),
                KlipingJsonException.required(quote, "annotations[].quote"), prefix, suffix, note, color, tags,
                anchorState(), KlipingJsonException.instant(createdAt, "annotations[].createdAt"));
    }

    private AnchorState anchorState() {
        if (state == null) return AnchorState.ANCHORED;
        try {
            return AnchorState.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new KlipingJsonException("unknown annotation state '" + state + "'", e);
        }
    }
}
