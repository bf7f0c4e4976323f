package org.kliping.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.kliping.domain.ArticleDraft;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Articles as JSON: one object a line ({@code .jsonl}, {@code .ndjson}), or one object or an array of objects
 * ({@code .json}), each with {@code body} (or {@code text}, {@code content}) and optional {@code title},
 * {@code source}, {@code date}, {@code url}, {@code id}. Read as trees, never bound to types, so no
 * polymorphic typing is possible. Containers stream; each article keeps its exact original bytes.
 */
final class JsonArticleReader {
    private static final int UTF8_BOM_LENGTH = 3;

    private enum Shape { OBJECT, ARRAY, KLIPING_EXPORT, OTHER }

    private final ImportLimits limits;
    private final ArticleAssembler assembler;
    private final ArchiveFormatReader archiveReader;
    private final ObjectMapper mapper;

    JsonArticleReader(ImportLimits limits, ArticleAssembler assembler, ArchiveFormatReader archiveReader) {
        this.limits = limits;
        this.assembler = assembler;
        this.archiveReader = archiveReader;
        // a string can never be longer in chars than the article is in bytes
        int maxString = (int) Math.min(Integer.MAX_VALUE, Math.max(limits.maxArticleBytes(),
                StreamReadConstraints.DEFAULT_MAX_STRING_LEN));
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build())
                .build();
        this.mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    /** A {@code .jsonl} stream: every line is one article; a bad line is rejected and the rest go on. */
    void readLines(InputStream in, Where where, Consumer<ReadOutcome> sink) throws IOException {
        ByteLines lines = new ByteLines(in, limits.maxArticleBytes());
        boolean any = false;
        for (Optional<ByteLines.Line> next = lines.next(); next.isPresent(); next = lines.next()) {
            if (Thread.currentThread().isInterrupted()) throw ArticleReaders.cancelled(where);
            ByteLines.Line line = next.get();
            Where at = where.line(line.number());
            if (line.tooLong()) {
                any = true;
                sink.accept(new ReadOutcome.Rejected(at.location(), Sizes.overLimit(line.length(), limits.maxArticleBytes())));
                continue;
            }
            byte[] bytes = line.number() == 1 ? withoutBom(line.bytes()) : line.bytes();
            if (isBlank(bytes)) continue;
            any = true;
            sink.accept(readObject(bytes, at));
        }
        if (!any) sink.accept(new ReadOutcome.Rejected(where.location(), "empty file"));
    }

    /** A {@code .json} document: Kliping's export, one article object, or an array of them. */
    void readDocument(ByteSource source, Where where, Consumer<ReadOutcome> sink) throws IOException {
        long size = source.size();
        if (size == 0) {
            sink.accept(new ReadOutcome.Rejected(where.location(), "empty file"));
            return;
        }
        Shape shape;
        try (JsonParser parser = mapper.createParser(source.open())) {
            shape = shapeOf(parser);
        } catch (JsonProcessingException e) {
            sink.accept(new ReadOutcome.Rejected(where.location(), malformed(e)));
            return;
        }
        switch (shape) {
            case KLIPING_EXPORT -> readExport(source, where, sink);
            case ARRAY -> readArray(source, where, sink);
            case OBJECT -> sink.accept(size > limits.maxArticleBytes()
                    ? new ReadOutcome.Rejected(where.location(), Sizes.overLimit(size, limits.maxArticleBytes()))
                    : readObject(source.slice(0, size), where));
            case OTHER -> sink.accept(new ReadOutcome.Rejected(where.location(),
                    "expected a JSON object or an array of article objects"));
        }
    }

    /** Looks at the top level only, skipping nested values as a stream, so a large export is not loaded. */
    private static Shape shapeOf(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) return Shape.ARRAY;
        if (first != JsonToken.START_OBJECT) return Shape.OTHER;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("format".equals(name) && value == JsonToken.VALUE_STRING && "kliping".equalsIgnoreCase(parser.getText())) {
                return Shape.KLIPING_EXPORT;
            }
            parser.skipChildren();
        }
        return Shape.OBJECT;
    }

    private void readExport(ByteSource source, Where where, Consumer<ReadOutcome> sink) throws IOException {
        if (archiveReader == null) {
            sink.accept(new ReadOutcome.Rejected(where.location(),
                    "Kliping export files need the Kliping archive reader, which this import was not given"));
            return;
        }
        try (InputStream in = source.open()) {
            archiveReader.read(in, where.location(), sink);
        }
    }

    private void readArray(ByteSource source, Where where, Consumer<ReadOutcome> sink) throws IOException {
        int items = 0;
        try (JsonParser parser = mapper.createParser(source.open())) {
            parser.nextToken();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) throw new UnreadableArticleException("the JSON array is cut off after " + items + " items");
                if (Thread.currentThread().isInterrupted()) throw ArticleReaders.cancelled(where);
                long start = parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                long end = parser.currentTokenLocation().getByteOffset() + 1;
                sink.accept(arrayItem(token, start, end, source, where.item(items)));
                items++;
            }
        } catch (JsonProcessingException e) {
            sink.accept(new ReadOutcome.Rejected(where.location(), malformed(e) + "; stopped reading after "
                    + items + " items"));
            return;
        } catch (UnreadableArticleException e) {
            sink.accept(new ReadOutcome.Rejected(where.location(), e.reason()));
            return;
        }
        if (items == 0) sink.accept(new ReadOutcome.Rejected(where.location(), "no articles in the JSON array"));
    }

    private ReadOutcome arrayItem(JsonToken token, long start, long end, ByteSource source, Where at) throws IOException {
        if (token != JsonToken.START_OBJECT) return new ReadOutcome.Rejected(at.location(), "not an article object");
        // byte offsets exist for UTF-8 input, the encoding JSON files use (RFC 8259)
        if (start < 0) return new ReadOutcome.Rejected(at.location(), "JSON arrays of articles must be UTF-8");
        if (end - start > limits.maxArticleBytes()) {
            return new ReadOutcome.Rejected(at.location(), Sizes.overLimit(end - start, limits.maxArticleBytes()));
        }
        return readObject(source.slice(start, end), at);
    }

    ReadOutcome readObject(byte[] bytes, Where at) {
        try {
            JsonNode node = mapper.readTree(bytes);
            return new ReadOutcome.Parsed(at.location(), toDraft(node, bytes, at));
        } catch (JsonProcessingException e) {
            return new ReadOutcome.Rejected(at.location(), malformed(e));
        } catch (IOException e) {
            return new ReadOutcome.Rejected(at.location(), "cannot read JSON: " + e.getMessage());
        } catch (UnreadableArticleException e) {
            return new ReadOutcome.Rejected(at.location(), e.reason());
        }
    }

    private ArticleDraft toDraft(JsonNode node, byte[] bytes, Where at) {
        if (node == null || !node.isObject()) throw new UnreadableArticleException("not a JSON object");
        String body = bodyOf(node);
        if (body == null || body.isBlank()) {
            throw new UnreadableArticleException("no article text: expected \"body\", \"text\" or \"content\"");
        }
        KnownFields known = new KnownFields(field(node, "id"), field(node, "title"), field(node, "source"),
                field(node, "place"), firstField(node, "date", "published"), field(node, "url"),
                firstField(node, "language", "lang"), null);
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        var original = new ArticleAssembler.Original(at, bytes, decoded.text(), List.of());
        return assembler.assemble(ParagraphSplitter.split(body), known, false, original);
    }

    /** Jackson's message without its source-location noise, with the column (and line, in a document). */
    private static String malformed(JsonProcessingException e) {
        String message = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[Source:.*?]\\)", "");
        var at = e.getLocation();
        if (at == null || at.getColumnNr() < 1) return "malformed JSON: " + message;
        String where = at.getLineNr() > 1 ? "line " + at.getLineNr() + ", column " : "column ";
        return "malformed JSON: " + message + " (" + where + at.getColumnNr() + ")";
    }

    private static String bodyOf(JsonNode node) {
        for (String name : List.of("body", "text", "content")) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) continue;
            if (value.isArray()) {
                StringBuilder joined = new StringBuilder();
                value.forEach(part -> joined.append(part.asText()).append("\n\n"));
                return joined.toString();
            }
            if (value.isValueNode()) return value.asText();
        }
        return null;
    }

    private static String firstField(JsonNode node, String... names) {
        return Arrays.stream(names).map(name -> field(node, name)).filter(v -> v != null).findFirst().orElse(null);
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !(value.isTextual() || value.isNumber())) return null;
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static byte[] withoutBom(byte[] bytes) {
        boolean bom = bytes.length >= UTF8_BOM_LENGTH && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        return bom ? Arrays.copyOfRange(bytes, UTF8_BOM_LENGTH, bytes.length) : bytes;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }
        return true;
    }
}
