package org.kliping.cli;

import org.kliping.service.ArchiveLocation;
import org.kliping.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup FILE into a new archive (--archive DIR); the index is rebuilt.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        Path dir = ArchiveLocation.forThisProcess(((KlipingCommand) spec.parent().userObject()).archive);
        long n = BackupService.restore(file, dir);
        try (var archive = org.kliping.service.Archive.open(dir, new StderrProgress(spec.commandLine().getErr()))) {
            spec.commandLine().getOut().printf("restored %d articles into %s%n", archive.services().articles().count(), dir);
        }
        return n >= 0 ? Cli.OK : Cli.SOME_REJECTED;
    }
}
