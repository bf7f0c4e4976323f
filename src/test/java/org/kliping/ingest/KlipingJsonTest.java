package org.kliping.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ArticleBundle;
import org.kliping.domain.SavedSearch;

class KlipingJsonTest {

    private static final Instant EXPORTED = Instant.parse("2026-11-22T01:00:00Z");

    @TempDir
    Path dir;

    @Test
    void roundTripKeepsEveryField() throws IOException {
        List<ArticleBundle> bundles = List.of(ExportFixtures.kursk(), ExportFixtures.sparse());
        List<SavedSearch> saved = List.of(new SavedSearch(1, "Korut di Kursk", "korea AND kursk"));
        Path file = dir.resolve("arsip.kliping.json");

        KlipingJson.write(file, bundles, saved, EXPORTED);
        List<ReadOutcome> read = read(Files.readAllBytes(file));

        assertThat(read).hasSize(3);
        for (int i = 0; i < bundles.size(); i++) {
            assertThat(read.get(i)).isInstanceOf(ReadOutcome.Restored.class);
            assertThat(read.get(i).location()).isEqualTo("arsip:article " + (i + 1));
            assertSameBundle(((ReadOutcome.Restored) read.get(i)).bundle(), bundles.get(i));
        }
        assertThat(read.get(2)).isEqualTo(new ReadOutcome.RestoredSearch("arsip:savedSearch 1", saved.get(0)));
    }

    @Test
    void writesHeaderAndReadableOriginals() throws IOException {
        Path file = dir.resolve("out.json");
        KlipingJson.write(file, List.of(ExportFixtures.kursk(), ExportFixtures.sparse()), List.of(), EXPORTED);

        JsonNode root = KlipingJson.MAPPER.readTree(file.toFile());
        assertThat(root.get("format").asText()).isEqualTo("kliping");
        assertThat(root.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(root.get("exportedAt").asText()).isEqualTo("2026-11-22T01:00:00Z");
        JsonNode kursk = root.get("articles").get(0);
        assertThat(kursk.get("published").asText()).isEqualTo("2025-04-27");
        assertThat(kursk.get("originalEncoding").asText()).isEqualTo("utf-8");
        assertThat(kursk.get("original").asText()).startsWith("MOSKOW – Presiden");
        assertThat(kursk.get("annotations").get(1).get("state").asText()).isEqualTo("orphaned");
        JsonNode sparse = root.get("articles").get(1);
        assertThat(sparse.get("originalEncoding").asText()).isEqualTo("base64");
        assertThat(sparse.get("original").asText()).isEqualTo("Q2Fm6SCTeJQ=");
    }

    @Test
    void iteratesArticlesOnceWithoutCollectingThem() {
        AtomicInteger iterators = new AtomicInteger();
        Iterable<ArticleBundle> once = () -> {
            if (iterators.incrementAndGet() > 1) throw new IllegalStateException("iterated twice");
            return generated(500);
        };
        Path file = dir.resolve("big.json");
        KlipingJson.write(file, once, List.of(), EXPORTED);

        List<ReadOutcome> read = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            KlipingJson.read(in, "big", read::add);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(read).hasSize(500).allMatch(o -> o instanceof ReadOutcome.Restored);
        assertThat(((ReadOutcome.Restored) read.get(499)).bundle().article().id()).isEqualTo(1499);
    }

    @Test
    void badArticleIsRejectedAndTheRestGoOn() {
        String json = """
                {"format": "kliping", "formatVersion": 1, "futureField": {"x": [1, 2]},
                 "articles": [
                   {"id": 1, "title": "Satu", "body": "isi", "someNewField": true},
                   {"id": 2, "body": "tanpa judul"},
                   {"id": 3, "title": "Tanggal rusak", "body": "x", "published": "27/04/2025"},
                   {"id": 4, "title": "Sorotan kosong", "body": "x", "annotations": [{"id": 1, "start": 0, "end": 0, "quote": ""}]},
                   "bukan objek",
                   {"id": "enam", "title": "Id bukan angka", "body": "x"},
                   {"id": 7, "title": "Tujuh", "body": "isi"}
                 ],
                 "savedSearches": [{"id": 1, "name": " ", "query": "x"}, {"id": 2, "name": "Baik", "query": "kursk"}]}
                """;
        List<ReadOutcome> read = read(json.getBytes(StandardCharsets.UTF_8));

        assertThat(read).extracting(ReadOutcome::location).containsExactly("arsip:article 1", "arsip:article 2",
                "arsip:article 3", "arsip:article 4", "arsip:article 5", "arsip:article 6", "arsip:article 7",
                "arsip:savedSearch 1", "arsip:savedSearch 2");
        assertThat(read).extracting(o -> o.getClass().getSimpleName()).containsExactly("Restored", "Rejected",
                "Rejected", "Rejected", "Rejected", "Rejected", "Restored", "Rejected", "RestoredSearch");
        assertThat(((ReadOutcome.Rejected) read.get(1)).reason()).contains("title");
        assertThat(((ReadOutcome.Rejected) read.get(2)).reason()).contains("published").contains("27/04/2025");
        assertThat(((ReadOutcome.Rejected) read.get(3)).reason()).contains("empty quote");
        assertThat(((ReadOutcome.Rejected) read.get(4)).reason()).isEqualTo("not a JSON object");
        assertThat(((ReadOutcome.Rejected) read.get(5)).reason()).startsWith("field 'id': ").contains("enam");
    }

    @Test
    void newerFormatVersionIsRefusedWithOneRejection() {
        String json = """
                {"format": "kliping", "formatVersion": 3, "articles": [{"id": 1, "title": "x", "body": "y"}]}
                """;
        List<ReadOutcome> read = read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(read).hasSize(1);
        assertThat(read.get(0)).isInstanceOf(ReadOutcome.Rejected.class);
        assertThat(read.get(0).location()).isEqualTo("arsip");
        assertThat(((ReadOutcome.Rejected) read.get(0)).reason()).contains("newer").contains("version 3");
    }

    @Test
    void otherJsonIsNotTakenForAnExport() {
        assertThat(reasons("[1, 2]")).singleElement().asString().contains("not a Kliping JSON file");
        assertThat(reasons("{\"format\": \"zotero\", \"formatVersion\": 1, \"articles\": []}"))
                .singleElement().asString().contains("zotero");
        assertThat(reasons("{\"articles\": [{\"id\": 1, \"title\": \"x\", \"body\": \"y\"}]}"))
                .singleElement().asString().contains("must come before");
        assertThat(reasons("{}")).singleElement().asString().contains("not a Kliping JSON file");
    }

    @Test
    void brokenJsonKeepsWhatWasReadAndSaysWhere() {
        String json = "{\"format\": \"kliping\", \"formatVersion\": 1, \"articles\": [\n"
                + "{\"id\": 1, \"title\": \"Utuh\", \"body\": \"isi\"},\n{\"id\": 2, \"title\": \"Terpotong";
        List<ReadOutcome> read = read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(read).hasSize(2);
        assertThat(read.get(0)).isInstanceOf(ReadOutcome.Restored.class);
        assertThat(read.get(1)).isInstanceOf(ReadOutcome.Rejected.class);
        assertThat(((ReadOutcome.Rejected) read.get(1)).reason()).contains("broken JSON at line 3");
    }

    @Test
    void originalAtTheImportSizeLimitRoundTripsAsBase64() throws IOException {
        byte[] big = new byte[(int) ImportLimits.DEFAULT_MAX_ARTICLE_BYTES];
        new java.util.Random(3).nextBytes(big);
        ArticleBundle sparse = ExportFixtures.sparse();
        ArticleBundle bundle = new ArticleBundle(sparse.article(), big, List.of(), List.of(), List.of());
        Path file = dir.resolve("besar.json");
        KlipingJson.write(file, List.of(bundle), List.of(), EXPORTED);

        List<ReadOutcome> read = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            KlipingJson.read(in, "besar", read::add);
        }
        assertThat(read).singleElement().isInstanceOf(ReadOutcome.Restored.class);
        assertThat(Arrays.equals(((ReadOutcome.Restored) read.get(0)).bundle().original(), big)).isTrue();
    }

    @Test
    void exampleInTheFormatDocumentImports() throws IOException {
        String doc = Files.readString(Path.of("docs/format-kliping-json.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        List<ReadOutcome> read = read(example.getBytes(StandardCharsets.UTF_8));

        assertThat(read).hasSize(2);
        ArticleBundle bundle = ((ReadOutcome.Restored) read.get(0)).bundle();
        assertThat(bundle.article().body().substring(bundle.annotations().get(0).start(),
                bundle.annotations().get(0).end())).isEqualTo(bundle.annotations().get(0).quote());
        assertThat(sha256Hex(bundle.original())).isEqualTo(bundle.article().sha256());
        assertThat(read.get(1)).isInstanceOf(ReadOutcome.RestoredSearch.class);
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertSameBundle(ArticleBundle actual, ArticleBundle expected) {
        assertThat(actual.article()).isEqualTo(expected.article());
        assertThat(Arrays.equals(actual.original(), expected.original())).as("original bytes").isTrue();
        assertThat(actual.tags()).extracting(t -> t.name() + "|" + t.color())
                .containsExactlyElementsOf(expected.tags().stream().map(t -> t.name() + "|" + t.color()).toList());
        assertThat(actual.annotations()).isEqualTo(expected.annotations());
        assertThat(actual.notes()).isEqualTo(expected.notes());
    }

    private static List<String> reasons(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8)).stream()
                .map(o -> ((ReadOutcome.Rejected) o).reason()).toList();
    }

    private static List<ReadOutcome> read(byte[] bytes) {
        List<ReadOutcome> out = new ArrayList<>();
        KlipingJson.read(new ByteArrayInputStream(bytes), "arsip", out::add);
        return out;
    }

    private static Iterator<ArticleBundle> generated(int count) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public ArticleBundle next() {
                next++;
                return ExportFixtures.withBody(1000 + next - 1, "Artikel " + next, "Isi ke-" + next, List.of());
            }
        };
    }
}
