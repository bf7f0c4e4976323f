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
        Files2.deleteRecursively(archiveDir);
        try (Archive archive = Archive.open(archiveDir, ProgressListener.NONE)) {
            Timing.Start start = Timing.start();
            ImportReport report = archive.services().imports().importPaths(List.of(jsonl), ImportListener.NONE);
            Timing timing = start.stop(report.imported());
            if (!report.rejected().isEmpty() || report.duplicates() > 0) {
                throw new IllegalStateException("the corpus did not import cleanly: " + report.rejected().size()
                        + " rejected (first: " + report.rejected().stream().findFirst().orElse(null) + "), "
                        + report.duplicates() + " duplicates");
            }
            return timing;
        }
    }

    /** Runs one search the way the window does (first page of 20, snippets, facets); returns the total. */
    static long search(Archive archive, String query) {
        SearchResult result = archive.services().search().search(SearchRequest.of(query));
        return result.total();
    }
}
