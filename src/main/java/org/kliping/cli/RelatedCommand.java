package org.kliping.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.kliping.domain.SearchHit;
import org.kliping.service.Archive;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "related", mixinStandardHelpOptions = true,
        description = "Articles related to one (more like this), other outlets' reports first.")
final class RelatedCommand extends ArchiveCommand {

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10")
    int limit;

    @Option(names = "--json", description = "Print a JSON array on stdout.")
    boolean json;

    @Override
    int run(Services services) {
        List<SearchHit> hits = services.search().related(id, limit);
        if (json) {
            ArrayNode arr = Json.array();
            hits.forEach(h -> arr.add(Json.hit(h)));
            out().println(Json.write(arr));
        } else {
            for (SearchHit h : hits) out().printf("%5d  %.3f  %s  [%s]%n", h.id(), h.score(), Terminal.line(h.title()), Terminal.line(h.source()));
        }
        return Cli.OK;
    }

    @Override
    Archive.Mode mode() {
        return Archive.Mode.READ;
    }
}
