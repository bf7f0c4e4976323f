package org.kliping.cli;

import org.kliping.domain.Annotation;
import org.kliping.domain.InvalidInputException;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Highlight a passage of an article (by quote or by offsets), with an optional note.")
final class AnnotateCommand extends ArchiveCommand {

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--quote", paramLabel = "TEXT", description = "The exact text to highlight.")
    String quote;

    @Option(names = "--occurrence", paramLabel = "N", defaultValue = "1", description = "Which occurrence of the quote (default 1).")
    int occurrence;

    @Option(names = "--start", paramLabel = "S")
    Integer start;

    @Option(names = "--end", paramLabel = "E")
    Integer end;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Option(names = "--color", paramLabel = "C", description = "yellow, green, blue, pink, ... or #rrggbb")
    String color;

    @Option(names = "--tag", paramLabel = "TAG", description = "Tags on the highlight.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--json", description = "Print the highlight as JSON.")
    boolean json;

    @Override
    int run(Services services) {
        Annotation a;
        if (quote != null) {
            if (start != null || end != null) throw new InvalidInputException("give --quote or --start/--end, not both");
            a = services.annotations().highlightQuote(id, quote, occurrence, note, color, tags);
        } else if (start != null && end != null) {
            a = services.annotations().highlightSpan(id, start, end, note, color, tags);
        } else {
            throw new InvalidInputException("give --quote TEXT, or --start S --end E");
        }
        if (json) out().println(Json.write(Json.annotation(a)));
        else out().printf("highlight #%d on article #%d [%d..%d] \"%s\"%n", a.id(), a.articleId(), a.start(), a.end(), Terminal.line(a.quote()));
        return Cli.OK;
    }
}
