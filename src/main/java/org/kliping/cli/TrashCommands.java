package org.kliping.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.kliping.service.Archive;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** Moving articles to the Trash, restoring them, listing and emptying it. */
final class TrashCommands {

    private TrashCommands() {
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Move articles to the Trash (restore with undelete; tags, highlights and notes stay with them).")
    static final class Delete extends ArchiveCommand {

        @Parameters(paramLabel = "ID", arity = "1..*", description = "Article ids.")
        List<Long> ids;

        @Option(names = "--json", description = "Print the ids moved to the Trash as a JSON array on stdout.")
        boolean json;

        @Override
        int run(Services services) {
            List<Long> moved = services.articles().trash(ids);
            if (json) {
                ArrayNode arr = Json.array();
                moved.forEach(arr::add);
                out().println(Json.write(arr));
            } else {
                out().printf("moved %d article%s to the Trash: %s%n", moved.size(), moved.size() == 1 ? "" : "s", moved);
            }
            return Cli.OK;
        }
    }

    @Command(name = "undelete", mixinStandardHelpOptions = true, description = "Take articles out of the Trash.")
    static final class Undelete extends ArchiveCommand {

        @Parameters(paramLabel = "ID", arity = "1..*", description = "Article ids.")
        List<Long> ids;

        @Override
        int run(Services services) {
            List<Long> restored = services.articles().restore(ids);
            List<Long> notTrashed = ids.stream().distinct().filter(id -> !restored.contains(id)).toList();
            out().printf("restored %d article%s%s%n", restored.size(), restored.size() == 1 ? "" : "s",
                    restored.isEmpty() ? "" : ": " + restored);
            if (!notTrashed.isEmpty()) err().printf("not in the Trash: %s%n", notTrashed);
            return Cli.OK;
        }
    }

    @Command(name = "trash", mixinStandardHelpOptions = true,
            description = "List the articles in the Trash, most recently deleted first; or empty it for good.")
    static final class Trash extends ArchiveCommand {

        @Option(names = "--json", description = "Print [{\"id\",\"title\",\"deleted\"}] on stdout.")
        boolean json;

        @Option(names = "--empty", description = "Delete every article in the Trash for good (needs --yes).")
        boolean empty;

        @Option(names = "--yes", description = "Confirm --empty.")
        boolean yes;

        @Override
        Archive.Mode mode() {
            return empty ? Archive.Mode.WRITE : Archive.Mode.READ; // listing works while the window holds the archive
        }

        @Override
        int run(Services services) {
            if (empty) {
                if (!yes) {
                    err().println("trash --empty deletes the articles in the Trash for good; add --yes to confirm");
                    return Cli.USAGE;
                }
                int n = services.articles().emptyTrash();
                out().printf("deleted %d article%s for good%n", n, n == 1 ? "" : "s");
                return Cli.OK;
            }
            var trashed = services.articles().trashed();
            if (json) {
                ArrayNode arr = Json.array();
                trashed.forEach(t -> arr.addObject().put("id", t.id()).put("title", t.title())
                        .put("deleted", t.deleted().toString()));
                out().println(Json.write(arr));
            } else if (trashed.isEmpty()) {
                out().println("the Trash is empty");
            } else {
                trashed.forEach(t -> out().printf("%5d  %-70s  deleted %s%n", t.id(), Terminal.line(t.title()), t.deleted()));
            }
            return Cli.OK;
        }
    }
}
