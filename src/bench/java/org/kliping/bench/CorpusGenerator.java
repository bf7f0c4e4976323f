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
 *
 * <p>Two kinds ({@link Kind}): {@code light}, every article a story of its own (near-duplicates only where the
 * recombination happens to repeat paragraphs), and {@code syndicated}, every story in about ten near-copies, as
 * one wire story or press release runs on many portals: each copy under another outlet, with that outlet's
 * dateline, a "Baca juga" line of its own, and often a paragraph dropped or two swapped; the copies of all
 * stories in shuffled order, so a family's members arrive spread over the whole import.
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

    /** The two corpora the benchmark imports. */
    enum Kind {
        LIGHT("light"), SYNDICATED("syndicated");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** Copies of one syndicated story: 8 to 12 (about ten). */
    private static final int MIN_COPIES = 8;
    private static final int MAX_COPIES = 12;
    private static final String[] DATELINES = {"Jakarta (ANTARA) -", "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --",
        "JAKARTA -", "Jakarta, Beritasatu.com -", "TEMPO.CO, Jakarta -", "Liputan6.com, Jakarta -", "Jakarta, IDN Times -",
        "JAKARTA, investor.id -", "Bisnis.com, JAKARTA -", "Jakarta, Gatra.com -", "SURABAYA, KOMPAS.com -"};

    /** Words each copy's editor changes (to one of {@link #EDITED_WORDS}): the dateline and "Baca juga" line are cleaned away on import. */
    private static final int WORDS_EDITED = 3;
    private static final String[] EDITED_WORDS = {"mengatakan", "menuturkan", "ujarnya", "katanya", "tersebut", "itu", "pun",
        "juga", "telah", "sudah", "akan", "para", "sejumlah", "beberapa", "kemarin", "Senin", "Selasa", "Rabu"};

    /** Writes {@code count} articles of {@code kind} to {@code out} (via a temporary file). */
    void write(Path out, int count, long seed, Kind kind) {
        if (kind == Kind.LIGHT) {
            write(out, count, seed);
        } else {
            writeSyndicated(out, count, seed);
        }
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

    /**
     * The syndicated corpus: stories made as {@link #write} makes articles, each in {@value #MIN_COPIES} to
     * {@value #MAX_COPIES} copies, the copies of all stories shuffled. Each copy is derived from its own seed, so the
     * file is written in shuffled order without holding the stories in memory.
     */
    private void writeSyndicated(Path out, int count, long seed) {
        Random sizes = new Random(seed);
        int[] story = new int[count];
        int[] copy = new int[count];
        for (int i = 0, s = 0; i < count; s++) {
            int copies = MIN_COPIES + sizes.nextInt(MAX_COPIES - MIN_COPIES + 1);
            for (int c = 0; c < copies && i < count; c++, i++) {
                story[i] = s;
                copy[i] = c;
            }
        }
        for (int i = count - 1; i > 0; i--) { // Fisher-Yates, both arrays alike
            int j = sizes.nextInt(i + 1);
            int t = story[i];
            story[i] = story[j];
            story[j] = t;
            t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 JsonGenerator json = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
                for (int i = 0; i < count; i++) {
                    writeCopy(json, i, seed, story[i], copy[i]);
                    json.writeRaw('\n');
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus " + out, e);
        }
    }

    /** Copy {@code copy} of story {@code story}: the story from its seed, then this copy's outlet and edits from its own. */
    private void writeCopy(JsonGenerator json, int i, long seed, int story, int copy) throws IOException {
        Random storyRandom = new Random(seed * 1_000_003L + story);
        SourceArticle base = originals.get(storyRandom.nextInt(originals.size()));
        int paragraphs = Math.max(MIN_PARAGRAPHS, base.paragraphs().size());
        List<String> body = new ArrayList<>();
        body.add(base.paragraphs().get(0));
        for (int p = 1; p < paragraphs; p++) body.add(paragraphPool.get(storyRandom.nextInt(paragraphPool.size())));
        LocalDate day = FIRST_DAY.plusDays(storyRandom.nextInt(DAYS));

        Random r = new Random((seed * 1_000_003L + story) * 31 + copy + 1);
        String source = originals.get(r.nextInt(originals.size())).source();
        body.set(0, DATELINES[r.nextInt(DATELINES.length)] + " " + body.get(0));
        if (body.size() > 3 && r.nextInt(2) == 0) body.remove(1 + r.nextInt(body.size() - 1)); // an outlet cuts one
        if (body.size() > 3 && r.nextInt(3) == 0) { // or tells two in the other order
            int p = 1 + r.nextInt(body.size() - 2);
            body.set(p, body.set(p + 1, body.get(p)));
        }
        for (int e = 0; e < WORDS_EDITED; e++) { // each outlet's editor changes a few words: no two copies are the same text
            int p = r.nextInt(body.size());
            String[] words = body.get(p).split(" ");
            words[r.nextInt(words.length)] = EDITED_WORDS[r.nextInt(EDITED_WORDS.length)];
            body.set(p, String.join(" ", words));
        }
        String readAlso = "Baca juga: " + originals.get(r.nextInt(originals.size())).title();
        body.add(1 + r.nextInt(body.size()), readAlso);
        String title = r.nextInt(3) == 0 ? base.title() + " - " + source : base.title();
        json.writeStartObject();
        json.writeStringField("id", "bench-" + i);
        json.writeStringField("title", title);
        json.writeStringField("source", source);
        json.writeStringField("date", day.plusDays(r.nextInt(2)).toString());
        json.writeStringField("body", String.join("\n\n", body));
        json.writeEndObject();
    }
}
