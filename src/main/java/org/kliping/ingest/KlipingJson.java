package org.kliping.ingest;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.kliping.domain.ArticleBundle;
import org.kliping.domain.SavedSearch;

/**
 * Kliping JSON: the lossless export of an archive (articles with ids, originals, tags, highlights,
 * notes, and saved searches), read back by import. Both directions stream, one article at a time,
 * so an archive of 100k articles never sits in memory as one tree. Format: docs/format-kliping-json.md.
 */
public final class KlipingJson {

    public static final String FORMAT = "kliping";
    /** Bump when a field changes meaning or a required field is added; readers refuse newer versions. */
    public static final int FORMAT_VERSION = 2;

    /**
     * Jackson refuses strings over 20 million chars by default, less than the base64 of an original at
     * the import size limit (4/3 of 20 MiB): an archive could then export what it cannot import. The
     * limit still bounds memory per element.
     */
    static final int MAX_STRING_CHARS = (int) (ImportLimits.DEFAULT_MAX_ARTICLE_BYTES * 2);

    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build())
            .build())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(JsonParser.Feature.AUTO_CLOSE_SOURCE, false)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private KlipingJson() {
    }

    /** Writes the export to {@code out} atomically, stamped with the current time. */
    public static void write(Path out, Iterable<ArticleBundle> articles, List<SavedSearch> saved) {
        write(out, articles, saved, Instant.now());
    }

    /** Writes the export to {@code out} atomically; {@code articles} is iterated once. */
    public static void write(Path out, Iterable<ArticleBundle> articles, List<SavedSearch> saved,
                             Instant exportedAt) {
        AtomicFiles.write(out, stream -> write(stream, articles, saved, exportedAt));
    }

    /** Writes the export to a stream the caller owns and closes (stdout, a zip entry). */
    public static void write(OutputStream out, Iterable<ArticleBundle> articles, List<SavedSearch> saved,
                             Instant exportedAt) throws IOException {
        try (JsonGenerator g = MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("exportedAt", exportedAt.toString());
            g.writeArrayFieldStart("articles");
            for (ArticleBundle bundle : articles) {
                MAPPER.writeValue(g, ArticleJson.from(bundle));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("savedSearches");
            for (SavedSearch s : saved) {
                MAPPER.writeValue(g, SavedSearchJson.from(s));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /**
     * Reads an export, handing each article and saved search to {@code sink} as it is parsed. A bad
     * element becomes a {@link ReadOutcome.Rejected} at {@code location:article N} (1-based) and the
     * rest go on; a file of another format, a newer format version or broken JSON ends the read
     * with one Rejected at {@code location}. The stream is not closed.
     *
     * @throws UncheckedIOException when the stream itself fails
     */
    public static void read(InputStream in, String location, Consumer<ReadOutcome> sink) {
        try (JsonParser parser = MAPPER.createParser(in)) {
            new KlipingJsonReading(parser, location, sink).run();
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            sink.accept(new ReadOutcome.Rejected(location, "broken JSON" + where + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + location, e);
        }
    }
}
