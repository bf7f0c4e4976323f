package org.kliping.ingest;

import org.kliping.domain.ArticleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleReadersTest {
    private static final String ARTICLE = "Banjir Rendam Bekasi\n\nBEKASI \u2013 Ribuan rumah terendam banjir sejak pagi.\n";

    @TempDir
    Path dir;

    private final ArticleReaders readers = new ArticleReaders(ImportLimits.defaults());

    @Test
    void supportedExtensionsAreKnownWhateverTheirCase() {
        for (String name : new String[]{"a.txt", "a.TEXT", "a.html", "a.htm", "a.md", "a.markdown", "a.json",
                "a.jsonl", "a.ndjson", "a.ZIP", "a.pdf", "a.PNG", "a.jpg", "a.jpeg", "a.tif", "a.tiff", "a.webp"}) {
            assertThat(ArticleReaders.isSupported(Path.of(name))).as(name).isTrue();
        }
        assertThat(ArticleReaders.isSupported(Path.of("a.docx"))).isFalse();
        assertThat(ArticleReaders.isSupported(Path.of("txt"))).isFalse();
    }

    @Test
    void textFileBecomesADraftNamedAfterTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("banjir.txt"), ARTICLE);
        ReadResults results = ReadResults.read(readers, file);
        ArticleDraft draft = results.onlyDraft();
        assertThat(results.outcomes.get(0).location()).isEqualTo(file.toString());
        assertThat(draft.originName()).isEqualTo("banjir.txt");
        assertThat(draft.title()).isEqualTo("Banjir Rendam Bekasi");
        assertThat(draft.place()).isEqualTo("Bekasi");
    }

    @Test
    void utf16AndCp1252FilesAreDecoded() throws IOException {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] utf16 = ARTICLE.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[bom.length + utf16.length];
        System.arraycopy(bom, 0, withBom, 0, 2);
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        ArticleDraft fromUtf16 = ReadResults.read(readers, Files.write(dir.resolve("u16.txt"), withBom)).onlyDraft();
        assertThat(fromUtf16.place()).isEqualTo("Bekasi");
        assertThat(fromUtf16.original()).isEqualTo(withBom);

        String cafe = "Kafe Baru\n\nKafe \u201Cr\u00E9sum\u00E9\u201D dibuka \u2013 harga Rp 5.000.\n";
        Path cp1252 = Files.write(dir.resolve("win.txt"), cafe.getBytes(TextDecoder.WINDOWS_1252));
        ArticleDraft fromCp1252 = ReadResults.read(readers, cp1252).onlyDraft();
        assertThat(fromCp1252.lede()).isEqualTo("Kafe \u201Cr\u00E9sum\u00E9\u201D dibuka \u2013 harga Rp 5.000.");
        assertThat(fromCp1252.warnings()).containsExactly("encoding guessed: windows-1252");
    }

    @Test
    void badFilesAreRejectedWithAReasonNotAnException() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("image.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path html = Files.writeString(dir.resolve("menu.html"), "<html><body><nav>Beranda</nav></body></html>");
        Path pdf = Files.writeString(dir.resolve("scan.pdf"), "%PDF");
        assertThat(ReadResults.read(readers, empty).onlyRejection().reason()).isEqualTo("empty file");
        assertThat(ReadResults.read(readers, binary).onlyRejection().reason()).isEqualTo("binary content (NUL bytes)");
        assertThat(ReadResults.read(readers, html).onlyRejection().reason()).isEqualTo("no article text found in HTML");
        // without a paper reader wired (the service wires one)
        assertThat(ReadResults.read(readers, pdf).onlyRejection().reason()).isEqualTo("PDF and image import is not available here");
        Path docx = Files.writeString(dir.resolve("letter.docx"), "PK");
        assertThat(ReadResults.read(readers, docx).onlyRejection().reason()).startsWith("unsupported file type");
        assertThat(ReadResults.read(readers, dir.resolve("missing.md")).onlyRejection().reason()).isEqualTo("file not found");
    }

    @Test
    void fileOverTheLimitIsRejectedWithBothSizes() throws IOException {
        Path big = Files.writeString(dir.resolve("big.txt"), "Judul\n\n" + "x".repeat(2600));
        ReadResults results = ReadResults.read(new ArticleReaders(ImportLimits.defaults().withMaxArticleBytes(1024)), big);
        ReadOutcome.Rejected rejected = results.onlyRejection();
        assertThat(rejected.location()).isEqualTo(big.toString());
        assertThat(rejected.reason()).isEqualTo("article is 2.5 KB, over the 1 KB limit");
    }

    @Test
    void interruptedThreadStopsAContainerReadAndKeepsItsFlag() throws IOException {
        Path file = Files.writeString(dir.resolve("feed.jsonl"), "{\"title\": \"A\", \"body\": \"Isi.\"}\n".repeat(3));
        ReadResults results = new ReadResults();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> readers.read(file, results.outcomes::add))
                    .isInstanceOf(CancellationException.class).hasMessageContaining(file.toString());
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(results.drafts()).isEmpty();
    }
}
