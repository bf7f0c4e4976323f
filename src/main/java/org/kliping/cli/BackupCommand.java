package org.kliping.cli;

import org.kliping.service.ArchiveLocation;
import org.kliping.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a consistent snapshot of the archive to FILE (works while the window is open).")
final class BackupCommand extends FolderCommand {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() {
        Path dir = archiveDir();
        ArchiveLocation.requireArchive(dir);
        long n = BackupService.backup(dir, file);
        out().printf("backed up %d articles from %s to %s%n", n, Terminal.line(dir), Terminal.line(file));
        return Cli.OK;
    }
}
