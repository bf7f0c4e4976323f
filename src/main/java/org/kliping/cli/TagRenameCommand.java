package org.kliping.cli;

import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "tag-rename", mixinStandardHelpOptions = true,
        description = "Rename a tag and its children; renaming onto an existing tag merges the two.")
final class TagRenameCommand extends ArchiveCommand {

    @Parameters(index = "0", paramLabel = "OLD")
    String oldName;

    @Parameters(index = "1", paramLabel = "NEW")
    String newName;

    @Override
    int run(Services services) {
        services.tags().rename(Terminal.line(oldName), Terminal.line(newName));
        out().printf("renamed '%s' to '%s'%n", Terminal.line(oldName), Terminal.line(newName));
        return Cli.OK;
    }
}
