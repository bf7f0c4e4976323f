package org.kliping.cli;

import org.kliping.service.ArchiveLocation;
import org.kliping.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a consistent snapshot of the archive to FILE (works while the window is open).")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        Path dir = ArchiveLocation.forThisProcess(((KlipingCommand) spec.parent().userObject()).archive);
        long n = BackupService.backup(dir, file);
        spec.commandLine().getOut().printf("backed up %d articles from %s to %s%n", n, dir, file);
        return Cli.OK;
    }
}
