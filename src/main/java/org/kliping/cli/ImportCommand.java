package org.kliping.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kliping.service.ImportListener;
import org.kliping.service.ImportReport;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import files and folders (recursively): .txt, .html, .md, .json, .jsonl, .zip, "
                + ".pdf and page images (.png, .jpg, .jpeg, .tif, .tiff, .webp; read with Tesseract OCR).")
final class ImportCommand extends ArchiveCommand {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--json", description = "Print a JSON summary on stdout.")
    boolean json;

    @Option(names = "--split-pages", description = "One article per PDF page (an e-paper edition), not one per PDF.")
    boolean splitPages;

    /**
     * Lines printed to a file or a pipe (buffered, see {@link Cli#runOnConsole}) are flushed with the first line
     * printed this long after the last flush; the last ones wait for the summary at the end.
     */
    static final java.time.Duration FLUSH_EVERY = java.time.Duration.ofMillis(100);

    @Override
    boolean createsArchive() {
        return true;
    }

    @Override
    int run(Services services) {
        ImportListener listener = new ImportListener() {
            private long flushed = System.nanoTime();

            @Override
            public void item(String location, Status status, long articleId, String message) {
                if (json) return;
                switch (status) {
                    case IMPORTED -> out().printf("imported   %s -> #%d %s%n", Terminal.line(location), articleId, Terminal.line(message));
                    case DUPLICATE -> out().printf("duplicate  %s%s%n", Terminal.line(location), articleId > 0 ? " (same as #" + articleId + ")" : "");
                    case REJECTED -> out().printf("rejected   %s: %s%n", Terminal.line(location), Terminal.line(message));
                }
                long now = System.nanoTime();
                if (now - flushed >= FLUSH_EVERY.toNanos()) {
                    out().flush();
                    flushed = now;
                }
            }

            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public void reading(String location, long index, long total) {
                // OCR takes seconds a page: say which file is being read (stderr, so --json stays clean)
                err().printf("reading    [%d/%d] %s%n", index, total, location);
                err().flush();
            }

            @Override
            public boolean isCancelled() {
                return Cli.stopRequested();
            }
        };
        ImportReport r = services.imports().importPaths(paths, splitPages, listener);
        if (Cli.stopRequested()) err().printf("stopped: %d imported before the end was asked for%n", r.imported());
        if (json) {
            ObjectNode o = Json.object();
            o.put("imported", r.imported());
            o.put("duplicates", r.duplicates());
            ArrayNode rejected = o.putArray("rejected");
            r.rejected().forEach(p -> rejected.addObject().put("path", p.path()).put("error", p.error()));
            ArrayNode skipped = o.putArray("skipped");
            r.skipped().forEach(p -> skipped.addObject().put("path", p.path()).put("reason", p.error()));
            ArrayNode warnings = o.putArray("warnings");
            r.warnings().forEach(p -> warnings.addObject().put("path", p.path()).put("warning", p.error()));
            ArrayNode ids = o.putArray("ids");
            r.ids().forEach(ids::add);
            out().println(Json.write(o));
        } else {
            for (ImportReport.Problem w : r.warnings()) out().printf("warning    %s: %s%n", Terminal.line(w.path()), Terminal.line(w.error()));
            for (ImportReport.Problem p : r.skipped()) out().printf("skipped    %s: %s%n", Terminal.line(p.path()), Terminal.line(p.error()));
            out().printf("%d imported, %d duplicates, %d rejected, %d warnings, %d skipped%n", r.imported(),
                    r.duplicates(), r.rejected().size(), r.warnings().size(), r.skipped().size());
        }
        return r.rejected().isEmpty() ? Cli.OK : Cli.SOME_REJECTED;
    }
}
