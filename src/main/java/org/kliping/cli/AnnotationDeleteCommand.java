package org.kliping.cli;

import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "annotation-delete", mixinStandardHelpOptions = true, description = "Delete a highlight.")
final class AnnotationDeleteCommand extends ArchiveCommand {

    @Parameters(index = "0", paramLabel = "AID")
    long id;

    @Override
    int run(Services services) {
        services.annotations().delete(id);
        out().printf("deleted highlight #%d%n", id);
        return Cli.OK;
    }
}
