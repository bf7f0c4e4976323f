package org.kliping.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.kliping.service.Archive;
import org.kliping.service.ArticleService;
import org.kliping.service.Services;
import org.kliping.domain.ArticleListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List every article, newest import first.")
final class ListCommand extends ArchiveCommand {

    @Option(names = "--limit", paramLabel = "N", description = "At most N articles (default: all).")
    int limit;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only articles with this tag (or a child of it).")
    String tag;

    @Option(names = "--json", description = "Print a JSON array on stdout.")
    boolean json;

    @Override
    int run(Services services) {
        List<ArticleService.Row> rows = services.articles().list(
                new ArticleListing(tag, null, false, false, ArticleListing.Sort.IMPORTED, true, Math.max(0, limit), 0));
        if (json) {
            ArrayNode arr = Json.array();
            rows.forEach(r -> arr.add(Json.listItem(r.article(), r.tags())));
            out().println(Json.write(arr));
        } else {
            for (ArticleService.Row r : rows) {
                var a = r.article();
                out().printf("%5d  %-70s  %s%s%s%s%n", a.id(), Terminal.line(a.title()), Terminal.line(nz(a.source())),
                        a.place() == null ? "" : " | " + Terminal.line(a.place()),
                        a.published() == null ? "" : " | " + a.published(),
                        r.tags().isEmpty() ? "" : " [" + Terminal.line(String.join(", ", r.tags())) + "]");
            }
        }
        return Cli.OK;
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }

    @Override
    Archive.Mode mode() {
        return Archive.Mode.READ;
    }
}
