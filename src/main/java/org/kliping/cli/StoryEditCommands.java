package org.kliping.cli;

import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** The user's edits of stories: they are kept when stories are re-clustered. */
final class StoryEditCommands {
    private StoryEditCommands() {
    }

    @Command(name = "story-rename", mixinStandardHelpOptions = true, description = "Rename a story.")
    static final class Rename extends ArchiveCommand {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "TITLE")
        List<String> title;

        @Override
        int run(Services services) {
            services.stories().rename(id, String.join(" ", title));
            out().printf("story %d renamed%n", id);
            return Cli.OK;
        }
    }

    @Command(name = "story-merge", mixinStandardHelpOptions = true, description = "Merge story OTHER into story ID.")
    static final class Merge extends ArchiveCommand {
        @Parameters(index = "0", paramLabel = "ID")
        long target;

        @Parameters(index = "1", paramLabel = "OTHER")
        long other;

        @Override
        int run(Services services) {
            services.stories().merge(target, other);
            out().printf("story %d merged into %d%n", other, target);
            return Cli.OK;
        }
    }

    @Command(name = "story-move", mixinStandardHelpOptions = true, description = "Move articles into a story.")
    static final class Move extends ArchiveCommand {
        @Option(names = "--to", required = true, paramLabel = "STORY")
        long story;

        @Parameters(arity = "1..*", paramLabel = "ARTICLE")
        List<Long> articles;

        @Override
        int run(Services services) {
            services.stories().move(articles, story);
            out().printf("moved %s into story %d%n", articles, story);
            return Cli.OK;
        }
    }

    @Command(name = "story-split", mixinStandardHelpOptions = true, description = "Split articles off into a new story.")
    static final class Split extends ArchiveCommand {
        @Option(names = "--title", paramLabel = "T")
        String title;

        @Parameters(arity = "1..*", paramLabel = "ARTICLE")
        List<Long> articles;

        @Override
        int run(Services services) {
            long id = services.stories().split(articles, title);
            out().printf("new story %d%n", id);
            return Cli.OK;
        }
    }

    @Command(name = "alias", mixinStandardHelpOptions = true,
            description = "Add a name alias for stories (kliping alias Korut \"Korea Utara\"), or list them without arguments.")
    static final class Alias extends ArchiveCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "ALIAS")
        String alias;

        @Parameters(index = "1", arity = "0..1", paramLabel = "CANONICAL")
        String canonical;

        @Override
        int run(Services services) {
            if (alias != null) {
                services.stories().addAlias(alias, canonical);
                out().printf("%s = %s%n", Terminal.line(alias), Terminal.line(canonical));
            } else {
                services.stories().userAliases().forEach(p -> out().printf("%s = %s%n", Terminal.line(p[0]), Terminal.line(p[1])));
            }
            return Cli.OK;
        }
    }
}
