package org.kliping.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

/** The root command: global options shared by every subcommand. */
@Command(name = "kliping", mixinStandardHelpOptions = true, version = "Kliping 0.1.0",
        description = "A desktop archive for Indonesian news clippings. Without a command, opens the window.",
        subcommands = {ImportCommand.class, ListCommand.class, ShowCommand.class, SearchCommand.class,
                RelatedCommand.class, ReindexCommand.class, TagCommand.class, TagsCommand.class,
                TagRenameCommand.class, TagDeleteCommand.class, TagColorCommand.class, AnnotateCommand.class, AnnotationsCommand.class,
                AnnotationDeleteCommand.class, NoteCommand.class, EditCommand.class, SavedSearchCommand.class,
                CheckCommand.class, BackupCommand.class, RestoreCommand.class, ExportCommand.class,
                StoriesCommand.class, StoryCommand.class, StoryEditCommands.Rename.class, StoryEditCommands.Merge.class,
                StoryEditCommands.Move.class, StoryEditCommands.Split.class, StoryEditCommands.Alias.class,
                ClipCommand.class, RereadCommand.class, FeedCommand.class, WatchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all done (duplicates included)", "1:some input rejected, the rest done; or not found",
                "2:usage error", "3:the archive cannot be opened (locked, newer version, damaged)"})
public final class KlipingCommand {

    @Option(names = "--archive", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "The archive folder (default: $KLIPING_ARCHIVE, else the user's data folder).")
    Path archive;
}
