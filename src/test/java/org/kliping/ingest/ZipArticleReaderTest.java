package org.kliping.ingest;

import org.kliping.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ZipArticleReaderTest {
    private static final String ARTICLE = "Judul Berita\n\nIsi berita yang cukup panjang.\n";

    @TempDir
    Path dir;

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyEntryIsReadByItsExtensionWithZipLocations() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("kliping/", new byte[0]);
        entries.put("kliping/a.txt", utf8(ARTICLE));
        entries.put("kliping/b.html", utf8("<html><body><article><h1>Judul HTML</h1><p>Isi HTML.</p></article></body></html>"));
        entries.put("kliping/c.jsonl", utf8("{\"title\": \"J1\", \"body\": \"Isi 1.\"}\n{\"title\": \"J2\", \"body\": \"Isi 2.\"}\n"));
        entries.put("kliping/d.md", utf8("# Judul MD\n\nIsi *markdown*.\n"));
        entries.put("__MACOSX/kliping/._a.txt", new byte[]{0, 1, 2});
        entries.put("kliping/scan.pdf", utf8("%PDF-1.4"));
        entries.put("kliping/inner.zip", new byte[]{'P', 'K'});
        Path file = zip("arsip.zip", entries);

        ReadResults results = ReadResults.read(new ArticleReaders(ImportLimits.defaults()), file);

        assertThat(results.drafts()).extracting(ArticleDraft::title)
                .containsExactly("Judul Berita", "Judul HTML", "J1", "J2", "Judul MD");
        assertThat(results.outcomes).extracting(ReadOutcome::location).containsExactly(
                file + "!kliping/a.txt", file + "!kliping/b.html", file + "!kliping/c.jsonl:1",
                file + "!kliping/c.jsonl:2", file + "!kliping/d.md", file + "!kliping/scan.pdf",
                file + "!kliping/inner.zip");
        assertThat(results.drafts().get(0).originName()).isEqualTo("arsip.zip!kliping/a.txt");
        assertThat(results.drafts().get(0).original()).isEqualTo(utf8(ARTICLE));
        assertThat(results.rejections()).extracting(ReadOutcome.Rejected::reason)
                .containsExactly("PDF and image import is not available here", "nested zip archives are not read");
    }

    @Test
    void entriesThatEscapeTheirFolderAreRejected() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../../x.txt", utf8(ARTICLE));
        entries.put("/etc/y.txt", utf8(ARTICLE));
        entries.put("ok/../../z.txt", utf8(ARTICLE));
        entries.put("baik.txt", utf8(ARTICLE));
        ReadResults results = ReadResults.read(new ArticleReaders(ImportLimits.defaults()), zip("evil.zip", entries));
        assertThat(results.drafts()).hasSize(1);
        assertThat(results.rejections()).extracting(ReadOutcome.Rejected::reason).containsExactly(
                "zip entry escapes its folder: ../../x.txt", "zip entry escapes its folder: /etc/y.txt",
                "zip entry escapes its folder: ok/../../z.txt");
    }

    @Test
    void entryInflatingPastTheLimitIsRejectedAndTheRestStillCome() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("bomb.txt", utf8("a".repeat(5_000_000)));
        entries.put("baik.txt", utf8(ARTICLE));
        Path file = zip("bomb.zip", entries);
        assertThat(Files.size(file)).isLessThan(50_000);
        ReadResults results = ReadResults.read(new ArticleReaders(ImportLimits.defaults().withMaxArticleBytes(1024)), file);
        assertThat(results.rejections()).singleElement().satisfies(r -> {
            assertThat(r.location()).isEqualTo(file + "!bomb.txt");
            assertThat(r.reason()).isEqualTo("zip entry inflates past the limit of 1 KB");
        });
        assertThat(results.drafts()).extracting(ArticleDraft::title).containsExactly("Judul Berita");
    }

    @Test
    void archiveInflatingPastTheTotalRatioStopsReading() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) entries.put("e" + i + ".txt", utf8("Judul\n\n" + "kata ".repeat(12_000)));
        Path file = zip("ratio.zip", entries);
        var limits = new ImportLimits(64 * 1024, Long.MAX_VALUE, 1000, 10);
        ReadResults results = ReadResults.read(new ArticleReaders(limits), file);
        assertThat(results.drafts()).hasSizeBetween(1, 5);
        assertThat(results.rejections()).singleElement().satisfies(r -> {
            assertThat(r.location()).isEqualTo(file.toString());
            assertThat(r.reason()).startsWith("zip inflates past").contains("stopped reading at e");
        });
    }

    @Test
    void tooManyEntriesRejectsTheArchive() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) entries.put(i + ".txt", utf8(ARTICLE));
        var limits = new ImportLimits(1024 * 1024, Long.MAX_VALUE, 2, 100);
        ReadResults results = ReadResults.read(new ArticleReaders(limits), zip("many.zip", entries));
        assertThat(results.onlyRejection().reason()).isEqualTo("zip has 3 entries, over the limit of 2");
    }

    @Test
    void brokenAndEmptyArchivesAreRejected() throws IOException {
        Path broken = Files.write(dir.resolve("broken.zip"), utf8("this is not a zip at all"));
        ArticleReaders readers = new ArticleReaders(ImportLimits.defaults());
        assertThat(ReadResults.read(readers, broken).onlyRejection().reason()).startsWith("not a readable zip archive");
        assertThat(ReadResults.read(readers, zip("empty.zip", Map.of())).onlyRejection().reason())
                .isEqualTo("empty zip archive");
    }
}
