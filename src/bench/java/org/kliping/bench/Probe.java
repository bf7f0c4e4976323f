package org.kliping.bench;

import org.kliping.domain.ArticleListing;
import org.kliping.domain.ProgressListener;
import org.kliping.service.Archive;
import org.kliping.service.ArticleService;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs in a fresh child JVM (started by {@link ChildJvm}, with {@code -Xmx512m} for Kliping) and prints {@code key=value}
 * lines. {@code startup ARCHIVE QUERIES}: time to a usable archive (open, first list page, first search),
 * then the query mix, then the heap used after a full GC. {@code rebuild ARCHIVE}: a full index rebuild
 * from the store, as {@code kliping reindex} does, within the same heap limit. {@code import CORPUS ARCHIVE}:
 * the corpus into a fresh archive, as {@code kliping import} does. {@code lucene CORPUS INDEX}: the bare Lucene
 * contender's import ({@link NaiveLucene}), which the benchmark runs in a JVM with default options: the ceiling
 * starts cold as Kliping's import does.
 */
public final class Probe {
    /** The window's first list page. */
    static final int FIRST_PAGE = 50;

    private Probe() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "startup" -> startup(Path.of(args[1]), Path.of(args[2]));
            case "rebuild" -> rebuild(Path.of(args[1]));
            case "import" -> importCorpus(Path.of(args[1]), Path.of(args[2]));
            case "lucene" -> {
                print(NaiveLucene.importCorpus(Path.of(args[1]), Path.of(args[2])));
                printPeakRss();
            }
            default -> throw new IllegalArgumentException("unknown probe " + args[0]);
        }
    }

    private static void startup(Path archiveDir, Path queriesFile) throws Exception {
        long t0 = System.nanoTime();
        try (Archive archive = Archive.open(archiveDir, ProgressListener.NONE)) {
            long t1 = System.nanoTime();
            ArticleService articles = archive.services().articles();
            List<ArticleService.Row> page = articles.list(ArticleListing.all().withLimit(FIRST_PAGE));
            long count = articles.count();
            long t2 = System.nanoTime();
            List<QueryFile.Entry> queries = QueryFile.read(queriesFile);
            long firstTotal = KlipingContender.search(archive, queries.get(0).query().kliping());
            long t3 = System.nanoTime();
            System.out.println("usable=1");
            print("cpuToUsableMs", Timing.processCpuNanos());
            System.out.println("jvmStartToMainMs=" + (startMillisOfMain() - jvmStartMillis()));
            print("openMs", t1 - t0);
            print("firstListMs", t2 - t1);
            print("firstSearchMs", t3 - t2);
            System.out.println("listed=" + page.size() + " of " + count + "; first search total=" + firstTotal);
            Latencies lat = new Latencies();
            for (QueryFile.Entry e : queries) {
                long s = System.nanoTime();
                long total = KlipingContender.search(archive, e.query().kliping());
                lat.add(e.query().type(), System.nanoTime() - s, total);
            }
            Latencies.Summary all = lat.overall();
            System.out.printf("coldMixP50Ms=%.2f%ncoldMixP99Ms=%.2f%n", all.p50Ms(), all.p99Ms());
            printHeap();
        }
    }

    /** What {@code kliping import CORPUS} does in its JVM (merge excepted): open a fresh archive, import, commit. */
    private static void importCorpus(Path corpus, Path archiveDir) throws java.sql.SQLException {
        System.out.println("fixed.jvmStartToMainMs=" + (startMillisOfMain() - jvmStartMillis()));
        print(KlipingContender.importCorpus(corpus, archiveDir, (key, value) -> System.out.println(
                (key.startsWith("fixed.") ? "" : "work.") + key + "=" + value), Boolean.getBoolean("kliping.bench.fixedCosts")));
        printPeakRss();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + archiveDir.resolve(Archive.DATABASE_FILE));
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM near_duplicate WHERE article_id < other_id")) {
            System.out.println("nearDuplicateLinks=" + rs.getLong(1)); // pairs: each is stored both ways
        }
    }

    /** The process's peak resident memory (Linux {@code VmHWM}), -1 where there is none. */
    private static void printPeakRss() {
        double mb = -1;
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) mb = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux
        }
        System.out.printf("peakRssMb=%.1f%n", mb);
    }

    /** An import's numbers, as the benchmark reads them back. */
    private static void print(Timing t) {
        print("importMs", t.nanos());
        print("importCpuMs", t.cpuNanos());
        System.out.println("imported=" + t.articles());
        System.out.println("writtenMb=" + (t.writtenBytes() < 0 ? -1 : t.writtenBytes() >> 20)); // -1: not known here
    }

    private static void rebuild(Path archiveDir) {
        try (Archive archive = Archive.open(archiveDir, ProgressListener.NONE)) {
            long count = archive.services().articles().count();
            long start = System.nanoTime();
            long cpu = Timing.processCpuNanos();
            archive.services().search().reindex(ProgressListener.NONE);
            print("rebuildMs", System.nanoTime() - start);
            print("rebuildCpuMs", Timing.processCpuNanos() - cpu);
            System.out.println("rebuilt=" + count);
            // then what `kliping reindex` does next (and the window, in the background): merge into one segment
            System.out.println("segmentsBefore=" + archive.services().search().indexSegments());
            start = System.nanoTime();
            cpu = Timing.processCpuNanos();
            archive.services().search().mergeIndex();
            print("mergeMs", System.nanoTime() - start);
            print("mergeCpuMs", Timing.processCpuNanos() - cpu);
            System.out.println("segmentsAfter=" + archive.services().search().indexSegments());
            printHeap();
        }
    }

    private static void printHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.gc();
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("heapAfterGcMb=%.1f%n", used / 1048576.0);
        System.out.printf("heapPeakPoolsMb=%.1f%n", peak / 1048576.0);
        System.out.printf("heapMaxMb=%.1f%n", Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private static void print(String key, long nanos) {
        System.out.printf("%s=%.1f%n", key, nanos / 1e6);
    }

    private static long jvmStartMillis() {
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Class initialisation of the probe is the first thing main does: the end of JVM start-up. */
    private static final long MAIN_STARTED = System.currentTimeMillis();

    private static long startMillisOfMain() {
        return MAIN_STARTED;
    }
}
