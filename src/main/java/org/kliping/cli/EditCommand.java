package org.kliping.cli;

import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.InvalidInputException;
import org.kliping.service.ArgumentFiles;
import org.kliping.service.ArticleEdit;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Edit an article's metadata or body; highlights are re-anchored, the original is kept.")
final class EditCommand extends ArchiveCommand {

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--title", paramLabel = "T")
    String title;

    @Option(names = "--source", paramLabel = "S")
    String source;

    @Option(names = "--place", paramLabel = "P")
    String place;

    @Option(names = "--date", paramLabel = "D", description = "YYYY-MM-DD (empty clears)")
    String date;

    @Option(names = "--url", paramLabel = "U")
    String url;

    @Option(names = "--body-file", paramLabel = "F", description = "A corrected body (a text file as on import: UTF-8, UTF-16 with BOM or Windows-1252; paragraphs separated by blank lines; at most 20 MB).")
    Path bodyFile;

    @Override
    int run(Services services) throws IOException {
        String body = bodyFile == null ? null
                : ArgumentFiles.readBodyText(bodyFile, ArticleEdit.MAX_BODY_BYTES, "--body-file");
        if (title == null && source == null && place == null && date == null && url == null && body == null) {
            throw new InvalidInputException("nothing to edit: give --title, --source, --place, --date, --url or --body-file");
        }
        List<Annotation> after = services.articles().edit(id, new ArticleEdit(title, source, place, date, url, body));
        long orphans = after.stream().filter(a -> a.state() == AnchorState.ORPHANED).count();
        out().printf("edited article #%d (%d highlights, %d orphaned)%n", id, after.size(), orphans);
        return Cli.OK;
    }
}
