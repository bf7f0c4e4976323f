package org.kliping.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.PaperScan;
import org.kliping.domain.ProgressListener;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.WordBox;
import org.kliping.paper.SampleArticles;
import org.kliping.paper.TestPages;
import org.kliping.paper.TesseractProgram;
import org.kliping.paper.WordF1;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** PDFs and page images end to end: import, the scan kept beside the article, Kliping JSON and backup round trips. */
class PaperImportTest {
    @TempDir
    Path dir;

    private static final TestPages.Article ARTICLE = SampleArticles.PASAR;

    @Test
    void textPdfImportsWithItsOriginalAndWordBoxesAndSurvivesExportAndImport() throws Exception {
        Path pdf = dir.resolve("epaper.pdf");
        byte[] bytes = TestPages.textPdf(List.of(ARTICLE), 2, "HARIAN CONTOH | Senin, 7 Desember 2026");
        Files.write(pdf, bytes);
        Path export = dir.resolve("all.kliping.json");
        ArticleDetails before;
        try (Archive a = Archive.open(dir.resolve("one"), ProgressListener.NONE)) {
            ImportReport r = a.services().imports().importPaths(List.of(pdf), ImportListener.NONE);
            assertThat(r.rejected()).isEmpty();
            long id = r.ids().get(0);
            before = a.services().articles().details(id);
            assertThat(before.article().title()).isEqualTo(ARTICLE.headline());
            assertThat(before.article().place()).isEqualTo("Sumber Makmur"); // the dateline rule, as for text
            assertThat(before.originMediaType()).isEqualTo("application/pdf");
            assertThat(before.paper().ocr()).isNull();
            assertThat(a.services().articles().original(id)).isEqualTo(bytes);
            assertWordsPointIntoTheBody(before.paper(), before.article().body());
            assertThat(a.services().search().search(SearchRequest.of("retribusi")).total()).isEqualTo(1);
            a.services().export().export(ExportService.Format.JSON, export, List.of(), null, null);
        }
        try (Archive b = Archive.open(dir.resolve("two"), ProgressListener.NONE)) {
            ImportReport r = b.services().imports().importPaths(List.of(export), ImportListener.NONE);
            assertThat(r.rejected()).isEmpty();
            ArticleDetails after = b.services().articles().details(r.ids().get(0));
            assertThat(after.article().body()).isEqualTo(before.article().body());
            assertThat(after.article().title()).isEqualTo(before.article().title());
            assertThat(after.paper()).isEqualTo(before.paper());
            assertThat(b.services().articles().original(after.article().id())).isEqualTo(bytes);
        }
    }

    @Test
    void photoIsRecognisedAndItsScanSurvivesBackupAndRestore() throws Exception {
        assumeTrue(TesseractProgram.fromEnvironment().unavailableReason().isEmpty(), "skipped: Tesseract with ind not installed");
        Path photo = dir.resolve("kliping.jpg");
        Files.write(photo, TestPages.jpeg(TestPages.photo(TestPages.scan(ARTICLE, 2, 300), 3, 0.5, 3, 8, 3), 0.8f));
        Path backup = dir.resolve("k.backup");
        ArticleDetails before;
        try (Archive a = Archive.open(dir.resolve("one"), ProgressListener.NONE)) {
            ImportReport r = a.services().imports().importPaths(List.of(photo), ImportListener.NONE);
            assertThat(r.rejected()).isEmpty();
            before = a.services().articles().details(r.ids().get(0));
            assertThat(before.article().title()).isEqualTo(ARTICLE.headline());
            assertThat(WordF1.of(ARTICLE.printedText(), before.article().title() + "\n\n" + before.article().body()))
                    .isGreaterThanOrEqualTo(0.96);
            assertThat(before.originMediaType()).isEqualTo("image/jpeg");
            assertThat(before.paper().ocr().languages()).contains("ind");
            assertWordsPointIntoTheBody(before.paper(), before.article().body());
            BackupService.backup(dir.resolve("one"), backup);
        }
        BackupService.restore(backup, dir.resolve("restored"));
        try (Archive b = Archive.open(dir.resolve("restored"), ProgressListener.NONE)) {
            ArticleDetails after = b.services().articles().details(before.article().id());
            assertThat(after.paper()).isEqualTo(before.paper());
        }
    }

    @Test
    void imagesAreRejectedWithTheInstallHintWhenTesseractIsMissingWhileTextPdfsImport() throws Exception {
        Path png = dir.resolve("scan.png");
        Files.write(png, TestPages.png(TestPages.scan(ARTICLE, 1, 100)));
        Path pdf = dir.resolve("text.pdf");
        Files.write(pdf, TestPages.textPdf(List.of(ARTICLE), 1, "HARIAN CONTOH"));
        Path bad = dir.resolve("broken.pdf");
        Files.writeString(bad, "not a pdf");
        // what a machine without Tesseract sees: KLIPING_TESSERACT names a program that does not exist
        System.setProperty(TesseractProgram.PROGRAM_PROPERTY, "/nonexistent/kliping/tesseract");
        try (Archive a = Archive.open(dir.resolve("one"), ProgressListener.NONE)) {
                ImportReport r = a.services().imports().importPaths(List.of(png, pdf, bad), ImportListener.NONE);
                assertThat(r.imported()).isEqualTo(1);
                assertThat(r.rejected()).extracting(ImportReport.Problem::path).containsExactly(png.toString(), bad.toString());
                assertThat(r.rejected().get(0).error()).contains("apt install tesseract-ocr tesseract-ocr-ind", "brew", "Windows");
                assertThat(r.rejected().get(1).error()).contains("not a readable PDF");
        } finally {
            System.clearProperty(TesseractProgram.PROGRAM_PROPERTY);
        }
    }

    @Test
    void editingAnOcrdArticleMovesItsWordBoxesWithTheirWordsAndHighlightsStillLightThemUp() throws Exception {
        assumeTrue(TesseractProgram.fromEnvironment().unavailableReason().isEmpty(), "skipped: Tesseract with ind not installed");
        Path png = dir.resolve("kliping.png");
        Files.write(png, TestPages.png(TestPages.scan(ARTICLE, 2, 300)));
        try (Archive a = Archive.open(dir.resolve("one"), ProgressListener.NONE)) {
            long id = a.services().imports().importPaths(List.of(png), ImportListener.NONE).ids().get(0);
            ArticleDetails before = a.services().articles().details(id);
            String body = before.article().body();
            String quote = "empat ratus pedagang sayur";
            int at = body.indexOf(quote);
            assertThat(at).isPositive();
            a.services().annotations().highlightSpan(id, at, at + quote.length(), null, "yellow", List.of());
            List<WordBox> litBefore = lit(before.paper(), at, at + quote.length());
            assertThat(litBefore).extracting(w -> w.text().replaceAll("\\p{P}+$", "")).containsExactly("empat", "ratus", "pedagang", "sayur");

            // a sentence put in front, a word corrected, a word taken out
            String corrected = "Catatan redaksi: naskah ini diperbaiki. " + body.replaceFirst("Senin pagi", "Selasa pagi")
                    .replaceFirst(" baru ", " ");
            List<org.kliping.domain.Annotation> moved = a.services().articles().edit(id, new ArticleEdit(null, null, null, null, null, corrected));
            ArticleDetails after = a.services().articles().details(id);
            assertThat(after.article().body()).isEqualTo(corrected);

            assertWordsPointIntoTheBody(after.paper(), corrected);
            WordBox senin = before.paper().words().stream().filter(w -> w.text().equals("Senin")).findFirst().orElseThrow();
            WordBox baru = before.paper().words().stream().filter(w -> w.text().equals("baru") && w.start() >= 0).findFirst().orElseThrow();
            assertThat(boxAt(after.paper(), senin).start()).as("a corrected word keeps its box, without a span").isEqualTo(-1);
            assertThat(boxAt(after.paper(), baru).start()).as("a removed word keeps its box, without a span").isEqualTo(-1);
            long inBefore = before.paper().words().stream().filter(w -> w.start() >= 0).count();
            long inAfter = after.paper().words().stream().filter(w -> w.start() >= 0).count();
            assertThat(inAfter).as("every other word follows its text").isEqualTo(inBefore - 2);
            // the highlight moved with its text, and lights up the same words on the page
            org.kliping.domain.Annotation h = moved.get(0);
            assertThat(corrected.substring(h.start(), h.end())).isEqualTo(quote);
            List<WordBox> litAfter = lit(after.paper(), h.start(), h.end());
            assertThat(litAfter).extracting(w -> List.of(w.page(), w.x(), w.y(), w.width(), w.height()))
                    .isEqualTo(litBefore.stream().map(w -> List.of(w.page(), w.x(), w.y(), w.width(), w.height())).toList());
        }
    }

    @Test
    void pdfsAndImagesInsideAZipKeepTheirOriginalsAndWordBoxesAsLooseFilesDo() throws Exception {
        byte[] pdf = TestPages.textPdf(List.of(ARTICLE), 2, "HARIAN CONTOH");
        boolean ocr = TesseractProgram.fromEnvironment().unavailableReason().isEmpty();
        byte[] png = TestPages.png(TestPages.scan(SampleArticles.BANJIR, 1, 300));
        Path zip = dir.resolve("kliping.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("edisi/epaper.pdf"));
            out.write(pdf);
            out.closeEntry();
            if (ocr) {
                out.putNextEntry(new java.util.zip.ZipEntry("edisi/banjir.png"));
                out.write(png);
                out.closeEntry();
            }
        }
        try (Archive a = Archive.open(dir.resolve("one"), ProgressListener.NONE)) {
            ImportReport r = a.services().imports().importPaths(List.of(zip), ImportListener.NONE);
            assertThat(r.rejected()).isEmpty();
            assertThat(r.ids()).hasSize(ocr ? 2 : 1);
            ArticleDetails fromPdf = a.services().articles().details(r.ids().get(0));
            assertThat(fromPdf.originMediaType()).isEqualTo("application/pdf");
            assertThat(a.services().articles().original(fromPdf.article().id())).isEqualTo(pdf);
            assertWordsPointIntoTheBody(fromPdf.paper(), fromPdf.article().body());
            assertThat(a.services().articles().pageImage(fromPdf.article().id(), 0).pages()).isEqualTo(1);
            if (ocr) {
                ArticleDetails fromPng = a.services().articles().details(r.ids().get(1));
                assertThat(fromPng.originMediaType()).isEqualTo("image/png");
                assertThat(fromPng.paper().ocr()).isNotNull();
                assertThat(fromPng.article().title()).isEqualTo(SampleArticles.BANJIR.headline());
                assertThat(a.services().articles().original(fromPng.article().id())).isEqualTo(png);
                assertWordsPointIntoTheBody(fromPng.paper(), fromPng.article().body());
            }
        }
    }

    private static List<WordBox> lit(PaperScan scan, int start, int end) {
        return scan.words().stream().filter(w -> w.start() >= 0 && w.start() < end && w.end() > start).toList();
    }

    private static WordBox boxAt(PaperScan scan, WordBox old) {
        return scan.words().stream().filter(w -> w.page() == old.page() && w.x() == old.x() && w.y() == old.y()).findFirst().orElseThrow();
    }

    private static void assertWordsPointIntoTheBody(PaperScan scan, String body) {
        List<WordBox> inBody = scan.words().stream().filter(w -> w.start() >= 0).toList();
        assertThat(inBody.size()).isGreaterThan(scan.words().size() * 8 / 10);
        for (WordBox w : inBody) {
            String word = w.text().endsWith("-") ? w.text().substring(0, w.text().length() - 1) : w.text();
            assertThat(body.substring(w.start(), w.end())).isEqualTo(word);
        }
    }
}
