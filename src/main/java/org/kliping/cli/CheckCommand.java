package org.kliping.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kliping.domain.ProgressListener;
import org.kliping.service.Archive;
import org.kliping.service.CheckReport;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the archive: database integrity, every original and body against its checksum and bodies against"
                + " a fresh reading of their original, store and index agreement, highlights.",
                "Exit 0 when all is consistent, 1 when a problem was found."})
final class CheckCommand extends ArchiveCommand {

    @Option(names = "--repair", description = "Fix what can be fixed from what is intact (database indexes, bodies read"
            + " again from their originals, the search index, highlights), after making a backup.")
    boolean repair;

    @Option(names = "--backup", paramLabel = "FILE", description = "Where --repair writes the backup it makes first"
            + " (default: beside the archive folder, in <name>-backups/).")
    Path backup;

    @Option(names = "--json", description = "Print a JSON report.")
    boolean json;

    @Override
    int run(Services services) {
        CheckReport r = services.check().check(repair, backup, new StderrProgress(err()));
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
            ArrayNode garbled = o.putArray("garbledBodies");
            r.garbledBodies().forEach(garbled::add);
            ArrayNode edited = o.putArray("editedArticles");
            r.editedArticles().forEach(edited::add);
            o.put("bodiesCompared", r.bodiesCompared());
            ArrayNode unlike = o.putArray("bodiesUnlikeOriginal");
            r.bodiesUnlikeOriginal().forEach(unlike::add);
            ArrayNode known = o.putArray("knownDamage");
            r.knownDamage().forEach(known::add);
            if (repair) o.put("backup", r.backup() == null ? null : r.backup().toString());
            ArrayNode problems = o.putArray("problems");
            r.problems().forEach(problems::add);
            ArrayNode repairs = o.putArray("repairs");
            r.repairs().forEach(repairs::add);
            out().println(Json.write(o));
        } else {
            out().printf("database integrity: %s%n", r.integrity());
            out().printf("articles: %d stored, %d indexed%n", r.articles(), r.indexed());
            out().printf("bodies: %d compared with a fresh reading of their original; %d article(s) corrected by hand%n",
                    r.bodiesCompared(), r.editedArticles().size());
            if (!r.bodiesUnlikeOriginal().isEmpty()) {
                out().printf("note: %d intact bodies differ from a fresh reading of their original (read by an earlier"
                        + " version, or taken from an export; not damage): %s%n", r.bodiesUnlikeOriginal().size(),
                        head(r.bodiesUnlikeOriginal()));
            }
            out().printf("orphaned highlights: %d%n", r.orphans().size());
            r.orphans().forEach(a -> out().printf("  #%d article #%d \"%s\"%s%n", a.id(), a.articleId(), Terminal.line(a.quote()),
                    a.note() == null ? "" : " - " + Terminal.line(a.note())));
            r.problems().forEach(p -> out().println("problem: " + Terminal.line(p)));
            if (r.backup() != null) out().println("backup: " + Terminal.line(r.backup()) + " (made before repairing)");
            r.repairs().forEach(p -> out().println("repaired: " + Terminal.line(p)));
            out().println(r.consistent() ? "all consistent" : consistentNow ? "problems found and repaired; all consistent now"
                    : "problems found" + (repair ? " (repaired what could be)" : "; run 'kliping check --repair'"));
        }
        return consistentNow ? Cli.OK : Cli.SOME_REJECTED;
    }

    @Override
    Archive.Mode mode() {
        return repair ? Archive.Mode.REPAIR : Archive.Mode.READ;
    }

    private static String head(java.util.List<Long> ids) {
        return (ids.size() > 10 ? ids.subList(0, 10) + " ..." : ids.toString());
    }
}
