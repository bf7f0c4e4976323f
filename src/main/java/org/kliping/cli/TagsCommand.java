package org.kliping.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.kliping.domain.Tag;
import org.kliping.service.Archive;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "tags", mixinStandardHelpOptions = true,
        description = "Every tag with its article count (a parent counts its children's articles) and colour.")
final class TagsCommand extends ArchiveCommand {

    @Option(names = "--json", description = "Print a JSON array of {name, count, color}.")
    boolean json;

    @Override
    int run(Services services) {
        List<Tag> tags = services.tags().all();
        if (json) {
            ArrayNode arr = Json.array();
            tags.forEach(t -> arr.addObject().put("name", t.name()).put("count", t.count()).put("color", t.color()));
            out().println(Json.write(arr));
        } else {
            tags.forEach(t -> out().printf("%5d  %s%s%n", t.count(), Terminal.line(t.name()), t.color() == null ? "" : "  (" + Terminal.line(t.color()) + ")"));
        }
        return Cli.OK;
    }

    @Override
    Archive.Mode mode() {
        return Archive.Mode.READ;
    }
}
