package org.kliping.cli;

import org.kliping.service.Services;
import picocli.CommandLine.Command;

@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuild the search index from the archive, then merge it into one segment (faster searches).")
final class ReindexCommand extends ArchiveCommand {

    @Override
    int run(Services services) {
        long started = System.nanoTime();
        services.search().reindex(new StderrProgress(err()));
        mergeIndex(services);
        out().printf("reindexed %d articles in %.1f s%n", services.articles().count(), (System.nanoTime() - started) / 1e9);
        return Cli.OK;
    }
}
