package org.kliping.paper;

import org.kliping.domain.PaperText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Exploration: reads the generated pages and prints word F1 (not a test). */
public final class PaperProbe {
    public static void main(String[] args) throws Exception {
        PaperReader reader = new PaperReader(TesseractProgram.fromEnvironment());
        TestPages.Article a = SampleArticles.PASAR;
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/paper-probe");
        Files.createDirectories(dir);
        var scan = TestPages.scan(a, 2, 300);
        byte[] scanPng = TestPages.png(scan);
        byte[] photo = TestPages.jpeg(TestPages.photo(scan, 3.5, 0.4, 3, 8, 1), 0.8f);
        byte[] textPdf = TestPages.textPdf(List.of(a), 2, "HARIAN CONTOH | Senin, 7 Desember 2026");
        byte[] scannedPdf = TestPages.scannedPdf(List.of(scan), 300);
        Files.write(dir.resolve("scan.png"), scanPng);
        Files.write(dir.resolve("photo.jpg"), photo);
        Files.write(dir.resolve("text.pdf"), textPdf);
        Files.write(dir.resolve("scanned.pdf"), scannedPdf);
        report(reader, a, "scan.png", scanPng);
        report(reader, a, "photo.jpg", photo);
        report(reader, a, "text.pdf", textPdf);
        report(reader, a, "scanned.pdf", scannedPdf);
    }

    private static void report(PaperReader reader, TestPages.Article a, String name, byte[] bytes) {
        long t = System.nanoTime();
        PaperText text = reader.read(bytes, name, false).get(0);
        String read = (text.headline() == null ? "" : text.headline()) + "\n\n" + String.join("\n\n", text.paragraphs());
        System.out.printf("%s F1 %.4f headline=%s paragraphs=%d (%d ms)%n", name, WordF1.of(a.printedText(), read),
                text.headline(), text.paragraphs().size(), (System.nanoTime() - t) / 1_000_000);
        if (System.getenv("PROBE_VERBOSE") != null) System.out.println(read);
    }
}
