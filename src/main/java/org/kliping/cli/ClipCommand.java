package org.kliping.cli;

import org.kliping.service.CaptureReport;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

@Command(name = "clip", mixinStandardHelpOptions = true,
        description = "Fetch web pages by address and store their articles (pages of a split article joined).")
final class ClipCommand extends ArchiveCommand {

    @Parameters(arity = "1..*", paramLabel = "URL", description = "http or https addresses.")
    List<String> urls;

    @Option(names = "--tag", arity = "1..*", paramLabel = "TAG", description = "Tags for every article clipped.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--refresh", description = "Read an address already in the archive again (tags, notes kept; highlights re-anchored).")
    boolean refresh;

    @Option(names = "--json", description = "Print a JSON summary on stdout.")
    boolean json;

    @Override
    int run(Services services) {
        CaptureReport r = services.clips().clip(urls, tags, refresh, CaptureOutput.lines(out(), json));
        if (json) out().println(Json.write(CaptureOutput.summary(r, false)));
        else CaptureOutput.text(out(), r);
        return r.allDone() ? Cli.OK : Cli.SOME_REJECTED;
    }
}
