package org.kliping.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.kliping.domain.Annotation;
import org.kliping.service.Archive;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "annotations", mixinStandardHelpOptions = true,
        description = "List highlights of one article, or of all; orphaned ones are marked.")
final class AnnotationsCommand extends ArchiveCommand {

    @Parameters(arity = "0..1", paramLabel = "ID")
    Long id;

    @Option(names = "--orphans", description = "Only highlights that lost their place in the text.")
    boolean orphans;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    int run(Services services) {
        List<Annotation> list = id != null ? services.annotations().forArticle(id)
                : orphans ? services.annotations().orphans() : services.annotations().all();
        if (id != null && orphans) list = list.stream().filter(services.annotations()::isOrphan).toList();
        if (json) {
            ArrayNode arr = Json.array();
            list.forEach(a -> arr.add(Json.annotation(a)));
            out().println(Json.write(arr));
        } else {
            for (Annotation a : list) {
                out().printf("#%d  article #%d  [%d..%d]  %s  \"%s\"%s%n", a.id(), a.articleId(), a.start(), a.end(),
                        a.state().wireName(), Terminal.line(a.quote()), a.note() == null ? "" : "  note: " + Terminal.line(a.note()));
            }
        }
        return Cli.OK;
    }

    @Override
    Archive.Mode mode() {
        return Archive.Mode.READ;
    }
}
