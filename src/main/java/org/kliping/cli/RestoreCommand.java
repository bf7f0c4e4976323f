package org.kliping.cli;

import org.kliping.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup FILE into a new archive (--archive DIR); the index is rebuilt.")
final class RestoreCommand extends FolderCommand {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        Path dir = archiveDir();
        long n = BackupService.restore(file, dir, new StderrProgress(err()));
        out().printf("restored %d articles into %s%n", n, Terminal.line(dir));
        return Cli.OK;
    }
}
