package org.kliping.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kliping.domain.Feed;
import org.kliping.service.Archive;
import org.kliping.service.CaptureReport;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

@Command(name = "feed", mixinStandardHelpOptions = true, description = "News feeds (RSS, Atom) whose new articles are clipped.",
        subcommands = {FeedCommand.Add.class, FeedCommand.ListFeeds.class, FeedCommand.Fetch.class, FeedCommand.Remove.class})
final class FeedCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Follow a feed: its address, or a web page's that names its feed (the first named is followed).")
    static final class Add extends ArchiveCommand {

        @Override
        boolean createsArchive() {
            return true; // following a feed adds its articles, as import does
        }
        @Parameters(index = "0", paramLabel = "URL")
        String url;

        @Option(names = "--tag", arity = "1..*", paramLabel = "TAG", description = "Tags for every article clipped from it.")
        List<String> tags = new ArrayList<>();

        @Option(names = "--json", description = "Print {id, url, title}; for a web page's address also foundOn and otherFeeds.")
        boolean json;

        @Override
        int run(Services services) {
            var followed = services.feeds().follow(url, tags);
            Feed f = followed.feed();
            if (json) {
                ObjectNode o = Json.object().put("id", f.id()).put("url", f.url()).put("title", f.title());
                if (followed.foundOn() != null) {
                    o.put("foundOn", followed.foundOn());
                    ArrayNode others = o.putArray("otherFeeds");
                    followed.others().forEach(others::add);
                }
                out().println(Json.write(o));
            } else {
                if (followed.foundOn() != null) out().printf("found the feed %s on %s%n", Terminal.line(f.url()), Terminal.line(followed.foundOn()));
                out().printf("feed #%d %s (%s)%n", f.id(), Terminal.line(f.url()), f.title() == null ? "no title" : Terminal.line(f.title()));
                for (String other : followed.others()) out().printf("the page names another feed, not followed: %s%n", Terminal.line(other));
            }
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the feeds followed.")
    static final class ListFeeds extends ArchiveCommand {
        @Option(names = "--json", description = "Print [{id, url, title, articles, unread, lastFetched, error}].")
        boolean json;

        @Override
        Archive.Mode mode() {
            return Archive.Mode.READ;
        }

        @Override
        int run(Services services) {
            List<Feed> all = services.feeds().list();
            if (json) {
                ArrayNode arr = Json.array();
                for (Feed f : all) {
                    ObjectNode o = arr.addObject().put("id", f.id()).put("url", f.url()).put("title", f.title())
                            .put("articles", f.articles()).put("unread", f.unread());
                    o.put("lastFetched", f.lastFetched() == null ? null : f.lastFetched().toString());
                    o.put("error", f.lastError());
                }
                out().println(Json.write(arr));
            } else {
                for (Feed f : all) {
                    out().printf("#%-4d %-40s %s  %d articles, %d unread, %s%s%n", f.id(), f.title() == null ? "" : Terminal.line(f.title()),
                            f.url(), f.articles(), f.unread(), f.lastFetched() == null ? "never fetched" : "fetched " + f.lastFetched(),
                            f.lastError() == null ? "" : " (failed: " + f.lastError() + ")");
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = "Fetch feeds (all when no ID is given) and clip every new item's article.")
    static final class Fetch extends ArchiveCommand {

        @Override
        boolean createsArchive() {
            return true; // following a feed adds its articles, as import does
        }
        @Parameters(arity = "0..*", paramLabel = "ID")
        List<Long> ids = new ArrayList<>();

        @Option(names = "--json", description = "Print the import summary plus feeds: [{id, url, new, error}].")
        boolean json;

        @Override
        int run(Services services) {
            CaptureReport r = services.feeds().fetch(ids, CaptureOutput.lines(out(), json));
            if (json) out().println(Json.write(CaptureOutput.summary(r, true)));
            else CaptureOutput.text(out(), r);
            return r.allDone() ? Cli.OK : Cli.SOME_REJECTED;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop following a feed (its articles stay).")
    static final class Remove extends ArchiveCommand {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Override
        int run(Services services) {
            services.feeds().remove(id);
            out().printf("removed feed #%d (its articles stay)%n", id);
            return Cli.OK;
        }
    }
}
