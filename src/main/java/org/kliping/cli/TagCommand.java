package org.kliping.cli;

import org.kliping.domain.InvalidInputException;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

@Command(name = "tag", mixinStandardHelpOptions = true, description = "Add and remove tags on one or more articles.")
final class TagCommand extends ArchiveCommand {

    @Parameters(arity = "1..*", paramLabel = "ID")
    List<Long> ids;

    @Option(names = "--add", arity = "1..*", paramLabel = "TAG", description = "Tags to add ('/' nests: konflik/rusia-ukraina).")
    List<String> add = new ArrayList<>();

    @Option(names = "--remove", arity = "1..*", paramLabel = "TAG", description = "Tags to remove.")
    List<String> remove = new ArrayList<>();

    @Override
    int run(Services services) {
        if (add.isEmpty() && remove.isEmpty()) throw new InvalidInputException("nothing to do: give --add or --remove");
        services.tags().tag(ids, add, remove);
        for (Long id : ids) out().printf("#%d: %s%n", id, Terminal.line(String.join(", ", services.tags().tagsOf(id))));
        return Cli.OK;
    }
}
