package org.kliping.ui.list;

import org.kliping.ui.common.*;
import org.kliping.ui.reader.*;
import org.kliping.ui.sidebar.*;
import org.kliping.ui.stories.*;
import org.kliping.ui.transfer.*;
import org.kliping.ui.shell.*;


import org.kliping.domain.ArticleListing;
import org.kliping.domain.ProgressListener;
import org.kliping.service.Archive;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long the table waits for a page of rows, at the top and deep in a large archive, for each order.
 * Not a test: run by hand on an archive you filled, e.g.
 * {@code mvn -B -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.kliping.ui.ListingPageBenchmark -Dexec.args=/tmp/ui-big}
 */
public final class ListingPageBenchmark {

    private static final int ROUNDS = 15;

    private ListingPageBenchmark() {
    }

    public static void main(String[] args) {
        try (Archive archive = Archive.open(Path.of(args[0]), ProgressListener.NONE)) {
            var articles = archive.services().articles();
            long total = articles.count();
            System.out.printf(Locale.ROOT, "%d articles; page of %d rows; median of %d rounds (ms)%n",
                    total, PagedRows.PAGE_SIZE, ROUNDS);
            System.out.println("order              count   offset 0   offset 10k   offset 50k   last page");
            for (ArticleListing.Sort sort : ArticleListing.Sort.values()) {
                ArticleListing listing = new ArticleListing(null, null, false, false, sort, sort == ArticleListing.Sort.IMPORTED, 0, 0);
                RowSource source = new ListingRowSource(articles, listing);
                double count = median(() -> articles.count(listing));
                double first = median(() -> source.load(0, PagedRows.PAGE_SIZE));
                double tenK = median(() -> source.load(10_000, PagedRows.PAGE_SIZE));
                double fiftyK = median(() -> source.load(50_000, PagedRows.PAGE_SIZE));
                double last = median(() -> source.load((int) Math.max(0, total - PagedRows.PAGE_SIZE), PagedRows.PAGE_SIZE));
                System.out.printf(Locale.ROOT, "%-16s %7.1f %10.1f %12.1f %12.1f %11.1f%n", sort, count, first, tenK, fiftyK, last);
            }
            ArticleListing unread = ListingRowSource.listingFor(ListFilter.UNREAD, ArticleListing.Sort.IMPORTED, true);
            System.out.printf(Locale.ROOT, "sidebar: unread count %.1f, sources %.1f, tags %.1f, orphans %.1f%n",
                    median(() -> articles.count(unread)), median(articles::sources),
                    median(() -> archive.services().tags().all()), median(() -> archive.services().annotations().orphans()));
            long id = articles.list(ArticleListing.all().withLimit(1)).get(0).article().id();
            System.out.printf(Locale.ROOT, "open an article: details %.1f, related %.1f, mark read %.1f%n",
                    median(() -> articles.details(id)), median(() -> archive.services().search().related(id, 5)),
                    median(() -> articles.markRead(id, true)));
        }
    }

    private static double median(Runnable work) {
        work.run();
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ROUNDS / 2];
    }
}
