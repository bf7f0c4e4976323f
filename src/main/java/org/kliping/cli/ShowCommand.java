package org.kliping.cli;

import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.Tag;
import org.kliping.service.Archive;
import org.kliping.service.ArticleDetails;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one article with every field.")
final class ShowCommand extends ArchiveCommand {

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--json", description = "Print JSON (with the original text) on stdout.")
    boolean json;

    @Override
    int run(Services services) {
        ArticleDetails d = services.articles().details(id);
        java.time.Instant deleted = services.articles().isTrashed(id) ? services.articles().trashed().stream()
                .filter(t -> t.id() == id).map(org.kliping.domain.TrashedArticle::deleted).findFirst().orElse(null) : null;
        boolean trashed = deleted != null || services.articles().isTrashed(id);
        if (json) {
            var o = Json.details(d, true);
            o.put("trashed", trashed);
            if (deleted != null) o.put("deleted", deleted.toString());
            else o.putNull("deleted");
            out().println(Json.write(o));
            return Cli.OK;
        }
        Article a = d.article();
        if (trashed) {
            out().println("In the Trash" + (deleted == null ? "" : " since " + deleted) + " (kliping undelete " + id
                    + " brings it back).");
        }
        out().println(Terminal.line(a.title()) + (a.titleDerived() ? "  (title derived from the lede)" : ""));
        line("Source", a.source());
        line("Authors", String.join(", ", a.authors()));
        line("Place", a.place());
        line("Published", a.published() != null ? a.published().toString() : a.publishedText());
        line("URL", a.url());
        line("Origin", a.originName());
        line("Imported", a.importedAt().toString());
        line("Tags", String.join(", ", d.tags().stream().map(Tag::name).toList()));
        out().println();
        out().println(Terminal.text(a.body()));
        if (!d.annotations().isEmpty()) {
            out().println();
            out().println("Highlights:");
            for (Annotation an : d.annotations()) {
                out().printf("  #%d [%d..%d]%s \"%s\"%s%n", an.id(), an.start(), an.end(),
                        an.state() == org.kliping.domain.AnchorState.ORPHANED ? " ORPHANED" : "", Terminal.line(an.quote()),
                        an.note() == null ? "" : " - " + Terminal.line(an.note()));
            }
        }
        if (!d.notes().isEmpty()) {
            out().println();
            out().println("Notes:");
            for (ArticleNote n : d.notes()) out().println("  - " + Terminal.line(n.text()));
        }
        if (!d.alsoPublishedAs().isEmpty()) {
            out().println();
            for (Article x : d.alsoPublishedAs()) out().printf("Also published by %s: #%d %s%n", Terminal.line(x.source()), x.id(), Terminal.line(x.title()));
        }
        return Cli.OK;
    }

    private void line(String label, String value) {
        if (value != null && !value.isEmpty()) out().printf("%-10s %s%n", label + ":", Terminal.line(value));
    }

    @Override
    Archive.Mode mode() {
        return Archive.Mode.READ;
    }
}
