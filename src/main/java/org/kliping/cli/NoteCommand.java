package org.kliping.cli;

import org.kliping.domain.ArticleNote;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "note", mixinStandardHelpOptions = true, description = "Add a note to an article.")
final class NoteCommand extends ArchiveCommand {

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT")
    List<String> text;

    @Override
    int run(Services services) {
        ArticleNote n = services.articles().addNote(id, String.join(" ", text));
        out().printf("note #%d on article #%d%n", n.id(), id);
        return Cli.OK;
    }
}
