package org.kliping.cli;

import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "tag-color", mixinStandardHelpOptions = true,
        description = "Set a tag's colour (#rrggbb or a colour name); an empty colour clears it.")
final class TagColorCommand extends ArchiveCommand {

    @Parameters(index = "0", paramLabel = "TAG")
    String name;

    @Parameters(index = "1", arity = "0..1", paramLabel = "COLOR")
    String color;

    @Override
    int run(Services services) {
        services.tags().setColor(name, color);
        out().printf("tag '%s' colour: %s%n", Terminal.line(name), color == null || color.isBlank() ? "none" : Terminal.line(color));
        return Cli.OK;
    }
}
