package org.kliping.bench;

import org.kliping.domain.ProgressListener;
import org.kliping.paper.SampleArticles;
import org.kliping.paper.TestPages;
import org.kliping.paper.WordF1;
import org.kliping.service.Archive;
import org.kliping.service.ArticleDetails;
import org.kliping.service.ImportListener;
import org.kliping.service.ImportReport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * OCR throughput (issue 22): pages per minute of a Kliping import of page images against the bare
 * {@code tesseract} program run on the same pages one after another (as a user would from a shell, with its
 * default threads), and the word F1 of each. Pages are made in code: the two test articles, as clean two-column
 * scans and as phone photos, alternating. Run: see docs/benchmarks.md.
 *
 * <p>Arguments: {@code [pages] [work folder]}; defaults 8 and {@code target/ocr-bench}.
 */
public final class OcrBenchmark {
    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Path work = Path.of(args.length > 1 ? args[1] : "target/ocr-bench");
        deleteTree(work);
        Path folder = Files.createDirectories(work.resolve("pages"));
        List<TestPages.Article> articles = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            TestPages.Article article = SampleArticles.all().get(i % 2);
            BufferedImage scan = TestPages.scan(article, 2, 300);
            boolean photo = (i / 2) % 2 == 1;
            Path file = folder.resolve(String.format("page-%02d.%s", i, photo ? "jpg" : "png"));
            Files.write(file, photo ? TestPages.jpeg(TestPages.photo(scan, 4, 0.45, 3, 10, i), 0.75f) : TestPages.png(scan));
            articles.add(article);
            files.add(file);
        }

        long start = System.nanoTime();
        double bareF1 = 0;
        for (int i = 0; i < pages; i++) {
            Process p = new ProcessBuilder("tesseract", files.get(i).toString(), "stdout", "-l", "ind+eng")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new IllegalStateException("tesseract failed on " + files.get(i));
            bareF1 += WordF1.of(articles.get(i).printedText(), text);
        }
        double bareSeconds = (System.nanoTime() - start) / 1e9;

        start = System.nanoTime();
        double klipingF1 = 0;
        try (Archive archive = Archive.open(work.resolve("archive"), ProgressListener.NONE)) {
            ImportReport r = archive.services().imports().importPaths(List.of(folder), ImportListener.NONE);
            double klipingSeconds = (System.nanoTime() - start) / 1e9;
            if (!r.rejected().isEmpty()) throw new IllegalStateException("rejected: " + r.rejected());
            // identical pages are duplicates: score each file's article, found by its origin name
            for (int i = 0; i < pages; i++) {
                String name = files.get(i).getFileName().toString();
                ArticleDetails d = null;
                for (long id : r.ids()) {
                    ArticleDetails x = archive.services().articles().details(id);
                    if (x.article().originName().equals(name)) d = x;
                }
                if (d != null) klipingF1 += WordF1.of(articles.get(i).printedText(), d.article().title() + "\n\n" + d.article().body());
            }
            int scored = r.ids().size();
            System.out.printf("| contender | pages | seconds | pages per minute | mean word F1 |%n|---|---|---|---|---|%n");
            System.out.printf("| bare `tesseract` (one page after another) | %d | %.1f | %.1f | %.4f |%n", pages, bareSeconds,
                    pages * 60 / bareSeconds, bareF1 / pages);
            System.out.printf("| Kliping `import` (prepared pages, %d at a time) | %d | %.1f | %.1f | %.4f (%d distinct) |%n",
                    Runtime.getRuntime().availableProcessors(), pages, klipingSeconds, pages * 60 / klipingSeconds,
                    scored == 0 ? 0 : klipingF1 / scored, scored);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
