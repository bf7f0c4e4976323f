package org.kliping.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a scaled corpus as JSONL by seeded recombination of real articles: each generated article keeps
 * the title, outlet and opening paragraph of one real article and draws the rest of its body from the
 * paragraphs of all of them. The same seed and size always give the same file, byte for byte.
 */
final class CorpusGenerator {
    /** At least this many paragraphs, so that no generated article repeats a real one (Kliping skips duplicates). */
    private static final int MIN_PARAGRAPHS = 3;
    private static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
    private static final int DAYS = 12 * 365;

    private final List<SourceArticle> originals;
    private final List<String> paragraphPool;

    CorpusGenerator(List<SourceArticle> originals) {
        this.originals = originals;
        this.paragraphPool = new ArrayList<>();
        for (SourceArticle a : originals) paragraphPool.addAll(a.paragraphs());
    }

    /** Writes {@code count} articles to {@code out} (via a temporary file), unless it already holds that corpus. */
    void write(Path out, int count, long seed) {
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 JsonGenerator json = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
                Random random = new Random(seed);
                for (int i = 0; i < count; i++) {
                    writeArticle(json, i, random);
                    json.writeRaw('\n');
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus " + out, e);
        }
    }

    private void writeArticle(JsonGenerator json, int i, Random random) throws IOException {
        SourceArticle base = originals.get(random.nextInt(originals.size()));
        int paragraphs = Math.max(MIN_PARAGRAPHS, base.paragraphs().size());
        StringBuilder body = new StringBuilder(base.paragraphs().get(0));
        for (int p = 1; p < paragraphs; p++) {
            body.append("\n\n").append(paragraphPool.get(random.nextInt(paragraphPool.size())));
        }
        json.writeStartObject();
        json.writeStringField("id", "bench-" + i);
        json.writeStringField("title", base.title());
        json.writeStringField("source", base.source());
        json.writeStringField("date", FIRST_DAY.plusDays(random.nextInt(DAYS)).toString());
        json.writeStringField("body", body.toString());
        json.writeEndObject();
    }
}
