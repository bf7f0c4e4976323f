package org.kliping.cli;

import org.kliping.service.Archive;
import org.kliping.service.ArchiveLocation;
import org.kliping.service.Services;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Base of every command that works on an archive: opens it, runs, closes it. */
abstract class ArchiveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Picocli injects the root for direct subcommands; nested ones reach it through their parent. */
    Path archiveOption() {
        CommandSpec s = spec;
        while (s != null) {
            if (s.userObject() instanceof KlipingCommand root) return root.archive;
            s = s.parent();
        }
        return null;
    }

    @Override
    public final Integer call() throws Exception {
        Path dir = ArchiveLocation.forThisProcess(archiveOption());
        try (Archive archive = Archive.open(dir, new StderrProgress(err()))) {
            return run(archive.services());
        }
    }

    abstract int run(Services services) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
