package org.kliping.cli;

import org.kliping.service.Archive;
import org.kliping.service.ExportService;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the archive, a selection (--id) or a search result (--query).",
                "json: Kliping JSON, lossless (re-import restores everything, ids included);",
                "markdown: one combined OUT.md, or one file per article in the folder OUT;",
                "csv: a row per article; csv-highlights: a row per highlight; report: a printable HTML kliping."})
final class ExportCommand extends ArchiveCommand {

    @Option(names = "--format", required = true, paramLabel = "json|markdown|csv|csv-highlights|report")
    String format;

    @Option(names = "--query", paramLabel = "Q", description = "Only the articles matching this query.")
    String query;

    @Option(names = "--id", paramLabel = "ID", description = "Only these articles.")
    List<Long> ids = new ArrayList<>();

    @Option(names = "--title", paramLabel = "T", description = "The report's title (default: Kliping Berita).")
    String title;

    @Parameters(index = "0", paramLabel = "OUT")
    Path out;

    @Override
    int run(Services services) {
        ExportService.Format f = ExportService.Format.parse(format);
        int n = services.export().export(f, out, ids, query, title);
        out().printf("exported %d articles to %s%n", n, Terminal.line(out));
        return Cli.OK;
    }

    @Override
    Archive.Mode mode() {
        return Archive.Mode.READ;
    }
}
