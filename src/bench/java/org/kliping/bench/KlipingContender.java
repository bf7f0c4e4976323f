package org.kliping.bench;

import org.kliping.domain.ProgressListener;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;
import org.kliping.service.Archive;
import org.kliping.service.ImportListener;
import org.kliping.service.ImportReport;

import java.nio.file.Path;
import java.util.List;

/** Kliping through its service layer, exactly as the window and the CLI call it. */
final class KlipingContender {

    private KlipingContender() {
    }

    /** Imports the corpus into a fresh archive: parse, clean, store, index, commit (until importPaths returns). */
    static Timing importCorpus(Path jsonl, Path archiveDir) {
        return importCorpus(jsonl, archiveDir, (key, value) -> { });
    }

    /** The same, handing the import's near-duplicate work counters to {@code work}. */
    static Timing importCorpus(Path jsonl, Path archiveDir, java.util.function.BiConsumer<String, Long> work) {
        return importCorpus(jsonl, archiveDir, work, false);
    }

    /**
     * The same; with {@code fixedCosts}, then also what {@code kliping import} does around the import, each timed and
     * handed to {@code work} as {@code fixed.*} milliseconds: opening the new archive and the close (which waits for
     * the merges the writer's policy chose at the import's end; the command no longer merges into one segment).
     */
    static Timing importCorpus(Path jsonl, Path archiveDir, java.util.function.BiConsumer<String, Long> work, boolean fixedCosts) {
        Files2.deleteRecursively(archiveDir);
        long opening = System.nanoTime();
        long openingCpu = Timing.processCpuNanos();
        Archive archive = Archive.open(archiveDir, ProgressListener.NONE);
        if (fixedCosts) fixed(work, "open", opening, openingCpu);
        boolean closed = false;
        try {
            Timing.Start start = Timing.start();
            ImportReport report = archive.services().imports().importPaths(List.of(jsonl), ImportListener.NONE);
            Timing timing = start.stop(report.imported());
            if (!report.rejected().isEmpty() || report.duplicates() > 0) {
                throw new IllegalStateException("the corpus did not import cleanly: " + report.rejected().size()
                        + " rejected (first: " + report.rejected().stream().findFirst().orElse(null) + "), "
                        + report.duplicates() + " duplicates");
            }
            archive.services().imports().nearDuplicateWork().forEach(work);
            long closing = System.nanoTime();
            long closingCpu = Timing.processCpuNanos();
            closed = true;
            archive.close();
            if (fixedCosts) fixed(work, "close", closing, closingCpu);
            return timing;
        } finally {
            if (!closed) archive.close();
        }
    }

    /** A step's wall and CPU time (the whole process') in ms, as {@code fixed.<step>Ms} and {@code fixed.<step>CpuMs}. */
    private static void fixed(java.util.function.BiConsumer<String, Long> work, String step, long wallStart, long cpuStart) {
        work.accept("fixed." + step + "Ms", (System.nanoTime() - wallStart) / 1_000_000);
        work.accept("fixed." + step + "CpuMs", (Timing.processCpuNanos() - cpuStart) / 1_000_000);
    }

    /** Runs one search the way the window does (first page of 20, snippets, facets); returns the total. */
    static long search(Archive archive, String query) {
        SearchResult result = archive.services().search().search(SearchRequest.of(query));
        return result.total();
    }
}
