package org.kliping.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.function.Consumer;

/** One pass over a Kliping JSON stream: checks the header, then maps the elements one by one. */
final class KlipingJsonReading {

    private final JsonParser parser;
    private final String location;
    private final Consumer<ReadOutcome> sink;
    private boolean formatSeen;
    private boolean versionSeen;

    KlipingJsonReading(JsonParser parser, String location, Consumer<ReadOutcome> sink) {
        this.parser = parser;
        this.location = location;
        this.sink = sink;
    }

    void run() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            reject("not a Kliping JSON file: it does not start with an object");
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (!readField(field)) return;
        }
        if (!formatSeen || !versionSeen) reject("not a Kliping JSON file: no \"format\": \"kliping\" and \"formatVersion\"");
    }

    /** @return false when the file was rejected as a whole and reading must stop */
    private boolean readField(String field) throws IOException {
        switch (field) {
            case "format" -> {
                formatSeen = true;
                if (!KlipingJson.FORMAT.equals(parser.getValueAsString())) {
                    return reject("not a Kliping JSON file: format is '" + parser.getText() + "'");
                }
            }
            case "formatVersion" -> {
                versionSeen = true;
                return checkVersion();
            }
            case "articles" -> {
                return headerComplete() && readArray("article", KlipingJsonReading::article);
            }
            case "savedSearches" -> {
                return headerComplete() && readArray("savedSearch", KlipingJsonReading::savedSearch);
            }
            default -> parser.skipChildren();
        }
        return true;
    }

    private boolean checkVersion() throws IOException {
        if (!parser.currentToken().isNumeric()) return reject("formatVersion is not a number: " + parser.getText());
        int version = parser.getIntValue();
        if (version > KlipingJson.FORMAT_VERSION) {
            return reject("written by a newer Kliping (format version " + version + "); this version reads up to "
                    + KlipingJson.FORMAT_VERSION + ": update Kliping to import it");
        }
        if (version < 1) return reject("unknown formatVersion " + version);
        return true;
    }

    private boolean headerComplete() {
        if (formatSeen && versionSeen) return true;
        // Streaming cannot look ahead: the version decides how the elements are read, so it must come first.
        return reject("not a Kliping JSON file: \"format\" and \"formatVersion\" must come before the data");
    }

    private boolean readArray(String kind, ElementMapper mapper) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) return reject("'" + kind + "s' is not a list");
        int n = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            n++;
            // A tree per element keeps memory bounded and lets a bad element fail without derailing the parser.
            JsonNode element = parser.readValueAsTree();
            String where = location + ":" + kind + " " + n;
            sink.accept(mapElement(where, element, mapper));
        }
        return true;
    }

    private static ReadOutcome mapElement(String where, JsonNode element, ElementMapper mapper) {
        if (!element.isObject()) return new ReadOutcome.Rejected(where, "not a JSON object");
        try {
            return mapper.map(where, element);
        } catch (JsonProcessingException e) {
            return new ReadOutcome.Rejected(where, fieldPath(e) + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            // KlipingJsonException and the domain records' own validation (an empty quote, a bad span).
            return new ReadOutcome.Rejected(where, e.getMessage());
        }
    }

    /** "field 'annotations[0].start': " for a value of the wrong type, so the user can find it. */
    private static String fieldPath(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) return "";
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) path.append('.');
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return "field '" + path + "': ";
    }

    private static ReadOutcome article(String where, JsonNode node) throws JsonProcessingException {
        ArticleJson dto = KlipingJson.MAPPER.treeToValue(node, ArticleJson.class);
        return new ReadOutcome.Restored(where, dto.toDomain());
    }

    private static ReadOutcome savedSearch(String where, JsonNode node) throws JsonProcessingException {
        SavedSearchJson dto = KlipingJson.MAPPER.treeToValue(node, SavedSearchJson.class);
        return new ReadOutcome.RestoredSearch(where, dto.toDomain());
    }

    @FunctionalInterface
    private interface ElementMapper {
        ReadOutcome map(String where, JsonNode node) throws JsonProcessingException;
    }

    private boolean reject(String reason) {
        sink.accept(new ReadOutcome.Rejected(location, reason));
        return false;
    }
}
