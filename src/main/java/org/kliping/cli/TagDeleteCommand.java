package org.kliping.cli;

import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tag-delete", mixinStandardHelpOptions = true, description = "Delete a tag from every article.")
final class TagDeleteCommand extends ArchiveCommand {

    @Parameters(index = "0", paramLabel = "TAG")
    String name;

    @Override
    int run(Services services) {
        services.tags().delete(name);
        out().printf("deleted tag '%s'%n", Terminal.line(name));
        return Cli.OK;
    }
}
