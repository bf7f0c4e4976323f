package org.kliping.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kliping.service.CaptureReport;
import org.kliping.service.ImportListener;
import org.kliping.service.ImportReport;

import java.io.PrintWriter;

/** How {@code clip} and {@code feed fetch} print: a line per address as it is decided, then the summary. */
final class CaptureOutput {

    private CaptureOutput() {
    }

    /** Prints each decided address unless {@code json}; hears progress on stderr's terms (not at all). */
    static ImportListener lines(PrintWriter out, boolean json) {
        return new ImportListener() {
            @Override
            public void item(String location, Status status, long articleId, String message) {
                if (json) return;
                switch (status) {
                    case IMPORTED -> out.printf("clipped    %s -> #%d %s%n", Terminal.line(location), articleId, Terminal.line(message));
                    case DUPLICATE -> out.printf("duplicate  %s%s%n", Terminal.line(location), articleId > 0 ? " (same as #" + articleId + ")" : "");
                    case REJECTED -> out.printf("rejected   %s: %s%n", Terminal.line(location), Terminal.line(message));
                }
                out.flush();
            }

            @Override
            public void progress(long done, long total, String message) {
            }
        };
    }

    /**
     * The import summary ({@code imported, duplicates, refreshed, rejected, warnings, ids}), the duplicates whose article
     * is in the Trash ({@code trashed: [{path, id, status}]}), plus {@code feeds} when asked.
     */
    static ObjectNode summary(CaptureReport r, boolean withFeeds) {
        ObjectNode o = Json.object();
        o.put("imported", r.imported());
        o.put("duplicates", r.duplicates());
        o.put("refreshed", r.refreshed());
        ArrayNode rejected = o.putArray("rejected");
        r.rejected().forEach(p -> rejected.addObject().put("path", p.path()).put("error", p.error()));
        ArrayNode warnings = o.putArray("warnings");
        r.warnings().forEach(p -> warnings.addObject().put("path", p.path()).put("warning", p.error()));
        ArrayNode ids = o.putArray("ids");
        r.ids().forEach(ids::add);
        ArrayNode trashed = o.putArray("trashed");
        r.trashed().forEach(t -> trashed.addObject().put("path", t.url()).put("id", t.id()).put("status", "trashed"));
        if (withFeeds) {
            ArrayNode feeds = o.putArray("feeds");
            for (CaptureReport.FeedResult f : r.feeds()) {
                ObjectNode fo = feeds.addObject().put("id", f.id()).put("url", f.url()).put("new", f.added());
                if (f.error() == null) fo.putNull("error");
                else fo.put("error", f.error());
            }
        }
        return o;
    }

    static void text(PrintWriter out, CaptureReport r) {
        for (ImportReport.Problem w : r.warnings()) out.printf("warning    %s: %s%n", w.path(), w.error());
        for (CaptureReport.FeedResult f : r.feeds()) {
            if (f.error() != null) out.printf("feed #%d   %s: %s%n", f.id(), f.url(), f.error());
            else out.printf("feed #%d   %s: %d new%n", f.id(), f.url(), f.added());
        }
        out.printf("%d imported, %d duplicates, %d refreshed, %d rejected, %d warnings%s%n", r.imported(), r.duplicates(),
                r.refreshed(), r.rejected().size(), r.warnings().size(), r.cancelled() ? " (cancelled)" : "");
    }
}
