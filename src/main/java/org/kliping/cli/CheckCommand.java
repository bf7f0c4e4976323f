package org.kliping.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kliping.domain.ProgressListener;
import org.kliping.service.Archive;
import org.kliping.service.CheckReport;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the archive: database integrity, store and index agreement, highlights.",
                "Exit 0 when all is consistent, 1 when a problem was found."})
final class CheckCommand extends ArchiveCommand {

    @Option(names = "--repair", description = "Fix what can be fixed from the store (rebuild the index, re-anchor highlights).")
    boolean repair;

    @Option(names = "--json", description = "Print a JSON report.")
    boolean json;

    @Override
    int run(Services services) {
        CheckReport r = services.check().check(repair, new StderrProgress(err()));
        // after a repair the exit code tells whether the archive is now consistent, so scripts can rely on it
        boolean consistentNow = r.consistent()
                || (repair && !r.repairs().isEmpty() && services.check().check(false, ProgressListener.NONE).consistent());
        if (json) {
            ObjectNode o = Json.object();
            o.put("consistent", r.consistent());
            if (repair) o.put("consistentAfterRepair", consistentNow);
            o.put("integrity", r.integrity());
            o.put("articles", r.articles());
            o.put("indexed", r.indexed());
            ArrayNode missing = o.putArray("missingFromIndex");
            r.missingFromIndex().forEach(missing::add);
            ArrayNode extra = o.putArray("extraInIndex");
            r.extraInIndex().forEach(extra::add);
            ArrayNode drifted = o.putArray("driftedHighlights");
            r.driftedHighlights().forEach(drifted::add);
            ArrayNode orphans = o.putArray("orphanedHighlights");
            r.orphans().forEach(a -> orphans.add(Json.annotation(a)));
            ArrayNode damaged = o.putArray("damagedOriginals");
            r.damagedOriginals().forEach(damaged::add);
            ArrayNode problems = o.putArray("problems");
            r.problems().forEach(problems::add);
            ArrayNode repairs = o.putArray("repairs");
            r.repairs().forEach(repairs::add);
            out().println(Json.write(o));
        } else {
            out().printf("database integrity: %s%n", r.integrity());
            out().printf("articles: %d stored, %d indexed%n", r.articles(), r.indexed());
            out().printf("orphaned highlights: %d%n", r.orphans().size());
            r.orphans().forEach(a -> out().printf("  #%d article #%d \"%s\"%s%n", a.id(), a.articleId(), Terminal.line(a.quote()),
                    a.note() == null ? "" : " - " + Terminal.line(a.note())));
            r.problems().forEach(p -> out().println("problem: " + Terminal.line(p)));
            r.repairs().forEach(p -> out().println("repaired: " + Terminal.line(p)));
            out().println(r.consistent() ? "all consistent" : consistentNow ? "problems found and repaired; all consistent now"
                    : "problems found" + (repair ? " (repaired what could be)" : "; run 'kliping check --repair'"));
        }
        return consistentNow ? Cli.OK : Cli.SOME_REJECTED;
    }

    @Override
    Archive.Mode mode() {
        return repair ? Archive.Mode.WRITE : Archive.Mode.READ;
    }
}
