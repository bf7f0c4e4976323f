package org.kliping.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kliping.service.RereadService;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

@Command(name = "reread", mixinStandardHelpOptions = true,
        description = "Read stored articles again from their originals with the current readers (all when no ID is given); "
                + "tags, notes and highlights are kept, highlights re-anchored.")
final class RereadCommand extends ArchiveCommand {

    @Parameters(arity = "0..*", paramLabel = "ID")
    List<Long> ids = new ArrayList<>();

    @Option(names = "--json", description = "Print {reread, unchanged, rejected: [{path, error}], orphaned: [{id, annotation, quote}]}.")
    boolean json;

    private org.kliping.domain.ProgressListener progressOnStderr() {
        StderrProgress stderr = new StderrProgress(err());
        return (done, total, message) -> stderr.progress(done, total, "reread");
    }

    @Override
    int run(Services services) {
        RereadService.RereadReport r = services.reread().reread(ids, progressOnStderr());
        if (json) {
            ObjectNode o = Json.object();
            o.put("reread", r.reread());
            o.put("unchanged", r.unchanged());
            ArrayNode rejected = o.putArray("rejected");
            r.rejected().forEach(p -> rejected.addObject().put("path", p.path()).put("error", p.error()));
            ArrayNode orphaned = o.putArray("orphaned");
            r.orphaned().forEach(a -> orphaned.addObject().put("id", a.articleId()).put("annotation", a.annotationId())
                    .put("quote", a.quote()));
            out().println(Json.write(o));
        } else {
            r.rejected().forEach(p -> out().printf("not read   %s: %s%n", p.path(), p.error()));
            r.orphaned().forEach(a -> out().printf("orphaned   #%d highlight %d: \"%s\"%n", a.articleId(), a.annotationId(), a.quote()));
            out().printf("%d read again, %d unchanged, %d not read, %d highlights orphaned%n", r.reread(), r.unchanged(),
                    r.rejected().size(), r.orphaned().size());
        }
        return r.rejected().isEmpty() ? Cli.OK : Cli.SOME_REJECTED;
    }
}
