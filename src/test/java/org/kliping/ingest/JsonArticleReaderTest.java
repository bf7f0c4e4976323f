package org.kliping.ingest;

import org.kliping.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class JsonArticleReaderTest {
    @TempDir
    Path dir;

    private final ArticleReaders readers = new ArticleReaders(ImportLimits.defaults());

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void jsonlLineBecomesAnArticleWithItsFieldsAndExactBytes() throws IOException {
        String line = "{\"id\": 42, \"title\": \"Harga Beras Naik\", \"source\": \"antaranews\", \"date\": \"2017-03-28\", "
                + "\"url\": \"https://antaranews.com/a\", \"body\": \"Jakarta (ANTARA News) - Harga beras naik.\\n\\n"
                + "Baca juga: Harga cabai\\n\\nPedagang mengeluh.\", \"extra\": {\"ignored\": true}}";
        Path file = write("a.jsonl", line + "\n");
        ArticleDraft draft = ReadResults.read(readers, file).onlyDraft();
        assertThat(draft.externalId()).isEqualTo("42");
        assertThat(draft.title()).isEqualTo("Harga Beras Naik");
        assertThat(draft.titleDerived()).isFalse();
        assertThat(draft.source()).isEqualTo("antaranews");
        assertThat(draft.place()).isEqualTo("Jakarta");
        assertThat(draft.published()).isEqualTo(LocalDate.of(2017, 3, 28));
        assertThat(draft.url()).isEqualTo("https://antaranews.com/a");
        assertThat(draft.paragraphs()).containsExactly("Harga beras naik.", "Pedagang mengeluh.");
        assertThat(draft.original()).isEqualTo(line.getBytes(StandardCharsets.UTF_8));
        assertThat(draft.originName()).isEqualTo("a.jsonl:1");
    }

    @Test
    void malformedLineInTheMiddleIsRejectedAndTheOthersStillCome() throws IOException {
        Path file = write("feed.jsonl", """
                {"title": "Satu", "body": "Isi berita satu."}
                {"title": "Dua", "body": "Isi berita dua."

                {"title": "Tiga", "text": "Isi berita tiga."}
                {"title": "Empat"}
                {"title": "Lima", "content": "Isi berita lima."} trailing
                """);
        ReadResults results = ReadResults.read(readers, file);
        assertThat(results.drafts()).extracting(ArticleDraft::title).containsExactly("Satu", "Tiga");
        assertThat(results.rejections()).extracting(ReadOutcome.Rejected::location)
                .containsExactly(file + ":2", file + ":5", file + ":6");
        assertThat(results.rejections().get(0).reason()).startsWith("malformed JSON: ");
        assertThat(results.rejections().get(1).reason()).contains("no article text");
        assertThat(results.rejections().get(2).reason()).startsWith("malformed JSON: ");
    }

    @Test
    void lineOverTheLimitIsRejectedWithItsSize() throws IOException {
        String big = "{\"title\": \"Besar\", \"body\": \"" + "kata ".repeat(400) + "\"}";
        Path file = write("big.ndjson", "{\"title\": \"Kecil\", \"body\": \"Isi.\"}\n" + big + "\n");
        ReadResults results = ReadResults.read(new ArticleReaders(ImportLimits.defaults().withMaxArticleBytes(1024)), file);
        assertThat(results.drafts()).extracting(ArticleDraft::title).containsExactly("Kecil");
        assertThat(results.rejections()).singleElement().satisfies(r -> {
            assertThat(r.location()).isEqualTo(file + ":2");
            assertThat(r.reason()).isEqualTo("article is 2 KB, over the 1 KB limit");
        });
    }

    @Test
    void missingTitleIsDerivedFromTheLede() throws IOException {
        Path file = write("a.json", "{\"body\": \"Presiden meresmikan jembatan baru di Kalimantan Timur pada Sabtu.\"}");
        ArticleDraft draft = ReadResults.read(readers, file).onlyDraft();
        assertThat(draft.titleDerived()).isTrue();
        assertThat(draft.title()).isEqualTo("Presiden meresmikan jembatan baru di Kalimantan Timur pada Sabtu");
        assertThat(draft.original()).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void arrayOfArticlesKeepsEachElementsExactBytes() throws IOException {
        String first = "{\"title\": \"Satu\", \"body\": [\"Paragraf satu.\", \"Paragraf dua.\"]}";
        String second = "{ \"title\" : \"Dua\",\n  \"body\": \"Isi dua.\" }";
        Path file = write("list.json", "[\n  " + first + ",\n  " + second + ",\n  42\n]\n");
        ReadResults results = ReadResults.read(readers, file);
        assertThat(results.drafts()).hasSize(2);
        assertThat(results.drafts().get(0).paragraphs()).containsExactly("Paragraf satu.", "Paragraf dua.");
        assertThat(results.drafts().get(0).original()).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
        assertThat(results.drafts().get(1).original()).isEqualTo(second.getBytes(StandardCharsets.UTF_8));
        assertThat(results.drafts().get(1).originName()).isEqualTo("list.json[1]");
        assertThat(results.rejections()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("not an article object"));
    }

    @Test
    void klipingExportIsHandedToTheArchiveReader() throws IOException {
        Path file = write("export.json", "{\"articles\": [{\"id\": 1}], \"format\": \"kliping\", \"formatVersion\": 1}");
        List<String> seen = new ArrayList<>();
        ArchiveFormatReader archive = (InputStream in, String location, Consumer<ReadOutcome> sink) -> {
            try {
                seen.add(location + " " + new String(in.readAllBytes(), StandardCharsets.UTF_8).length());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        };
        ReadResults results = new ReadResults();
        new ArticleReaders(ImportLimits.defaults(), archive).read(file, results.outcomes::add);
        assertThat(results.outcomes).isEmpty();
        assertThat(seen).containsExactly(file + " " + Files.size(file));
    }

    @Test
    void klipingExportWithoutArchiveReaderIsRejected() throws IOException {
        Path file = write("export.json", "{\"format\": \"kliping\", \"articles\": []}");
        assertThat(ReadResults.read(readers, file).onlyRejection().reason()).startsWith("Kliping export files need");
    }

    @Test
    void emptyAndMalformedJsonDocumentsAreRejected() throws IOException {
        assertThat(ReadResults.read(readers, write("e.json", "")).onlyRejection().reason()).isEqualTo("empty file");
        assertThat(ReadResults.read(readers, write("e.jsonl", "\n\n")).onlyRejection().reason()).isEqualTo("empty file");
        assertThat(ReadResults.read(readers, write("m.json", "{\"title\": ")).onlyRejection().reason())
                .startsWith("malformed JSON: ");
        assertThat(ReadResults.read(readers, write("s.json", "\"just a string\"")).onlyRejection().reason())
                .isEqualTo("expected a JSON object or an array of article objects");
        assertThat(ReadResults.read(readers, write("a.json", "[]")).onlyRejection().reason())
                .isEqualTo("no articles in the JSON array");
        ReadResults broken = ReadResults.read(readers, write("b.json", "[{\"title\": \"A\", \"body\": \"x\"},\n {\"title\": }]"));
        assertThat(broken.drafts()).extracting(ArticleDraft::title).containsExactly("A");
        assertThat(broken.rejections()).singleElement().satisfies(r -> assertThat(r.reason())
                .startsWith("malformed JSON: Unexpected character").endsWith("(line 2, column 12); stopped reading after 1 items"));
    }
}
