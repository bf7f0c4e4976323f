package org.kliping.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.kliping.domain.Story;
import org.kliping.service.Archive;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Stories: articles about the same event, grouped automatically (your edits are kept).")
final class StoriesCommand extends ArchiveCommand {

    @Option(names = "--json", description = "Print [{\"id\", \"title\", \"articles\": [ids]}].")
    boolean json;

    @Override
    int run(Services services) {
        List<Story> stories = services.stories().stories();
        if (json) {
            ArrayNode arr = Json.array();
            for (Story s : stories) {
                var o = arr.addObject().put("id", s.id()).put("title", s.title());
                ArrayNode ids = o.putArray("articles");
                s.articleIds().forEach(ids::add);
                ArrayNode kw = o.putArray("keywords");
                s.keywords().forEach(kw::add);
                o.put("edited", s.edited());
            }
            out().println(Json.write(arr));
        } else {
            for (Story s : stories) out().printf("%4d  %-60s  %d articles %s%n", s.id(), Terminal.line(s.title()), s.articleIds().size(), s.articleIds());
        }
        return Cli.OK;
    }

    @Override
    Archive.Mode mode() {
        return Archive.Mode.READ;
    }
}
