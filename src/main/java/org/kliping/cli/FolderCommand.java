package org.kliping.cli;

import org.kliping.service.ArchiveLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** A command on the archive folder chosen by {@code --archive}, {@code KLIPING_ARCHIVE} or the default. */
abstract class FolderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The archive folder for this run. */
    Path archiveDir() {
        CommandSpec s = spec;
        while (s != null) {
            if (s.userObject() instanceof KlipingCommand root) return ArchiveLocation.forThisProcess(root.archive);
            s = s.parent();
        }
        return ArchiveLocation.forThisProcess(null);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
