package org.kliping.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long the HTML reader takes per news-sized page (100-200 KB): decoding, parsing, metadata, extraction and
 * cleaning, as an import runs it (no storing). Each page is read {@code rounds} times after a warm-up over all
 * pages; the figure is the median over pages of each page's median time.
 *
 * <pre>mvn -B -q -Pbench test-compile exec:java -Dexec.mainClass=org.kliping.ingest.ReaderSpeed \
 *     -Dexec.args="../shared/data/html-extraction-train/html [rounds]"</pre>
 */
public final class ReaderSpeed {
    private static final long MIN_BYTES = 100_000;
    private static final long MAX_BYTES = 200_000;

    private ReaderSpeed() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/html-extraction-train/html");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                long size = Files.size(p);
                if (size >= MIN_BYTES && size <= MAX_BYTES) pages.add(p);
            }
        }
        if (pages.isEmpty()) throw new IllegalArgumentException("no 100-200 KB pages in " + dir);
        List<byte[]> bytes = new ArrayList<>();
        for (Path p : pages) bytes.add(Files.readAllBytes(p));
        HtmlArticleParser parser = new HtmlArticleParser(new ArticleAssembler(CleaningRules.defaults()));
        for (int warm = 0; warm < 3; warm++) {
            for (int i = 0; i < bytes.size(); i++) read(parser, bytes.get(i), pages.get(i));
        }
        double[] medians = new double[bytes.size()];
        for (int i = 0; i < bytes.size(); i++) {
            double[] times = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                read(parser, bytes.get(i), pages.get(i));
                times[r] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            medians[i] = times[rounds / 2];
        }
        Arrays.sort(medians);
        System.out.printf("%d pages of 100-200 KB, %d rounds each: median %.2f ms a page (p90 %.2f ms, max %.2f ms)%n",
                medians.length, rounds, medians[medians.length / 2], medians[(int) (medians.length * 0.9)],
                medians[medians.length - 1]);
    }

    private static void read(HtmlArticleParser parser, byte[] page, Path file) {
        try {
            parser.parse(page, Where.of(file));
        } catch (UnreadableArticleException rejected) {
            // a page without article text costs its time all the same
        }
    }
}
