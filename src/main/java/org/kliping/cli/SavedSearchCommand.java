package org.kliping.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.kliping.domain.SavedSearch;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "saved-search", mixinStandardHelpOptions = true, description = "Named queries for the sidebar.",
        subcommands = {SavedSearchCommand.Add.class, SavedSearchCommand.ListSaved.class, SavedSearchCommand.Delete.class})
final class SavedSearchCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Save a query under a name.")
    static final class Add extends ArchiveCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "QUERY")
        java.util.List<String> query;

        @Override
        int run(Services services) {
            SavedSearch s = services.savedSearches().save(name, String.join(" ", query));
            out().printf("saved search '%s': %s%n", Terminal.line(s.name()), Terminal.line(s.query()));
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List saved searches.")
    static final class ListSaved extends ArchiveCommand {
        @Option(names = "--json", description = "Print a JSON array of {id, name, query}.")
        boolean json;

        @Override
        int run(Services services) {
            var all = services.savedSearches().all();
            if (json) {
                ArrayNode arr = Json.array();
                all.forEach(s -> arr.addObject().put("id", s.id()).put("name", s.name()).put("query", s.query()));
                out().println(Json.write(arr));
            } else {
                all.forEach(s -> out().printf("%-24s %s%n", Terminal.line(s.name()), Terminal.line(s.query())));
            }
            return Cli.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a saved search.")
    static final class Delete extends ArchiveCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        int run(Services services) {
            services.savedSearches().delete(name);
            out().printf("deleted saved search '%s'%n", Terminal.line(name));
            return Cli.OK;
        }
    }
}
