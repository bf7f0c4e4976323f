package org.kliping.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kliping.domain.Article;
import org.kliping.domain.ComparisonRow;
import org.kliping.domain.Figure;
import org.kliping.domain.FigureClaim;
import org.kliping.service.Archive;
import org.kliping.service.Services;
import org.kliping.service.StoryDetails;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "story", mixinStandardHelpOptions = true,
        description = "One story: its articles, the names they mention, and each outlet's figures side by side.")
final class StoryCommand extends ArchiveCommand {

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--json", description = "Print articles, names, figures and the comparison as JSON.")
    boolean json;

    @Option(names = "--format", paramLabel = "markdown|csv", description = "Print the comparison table as Markdown or CSV.")
    String format;

    @Option(names = "--name", paramLabel = "NAME", description = "Only the articles (and their figures) that name NAME.")
    String name;

    @Override
    int run(Services services) {
        StoryDetails d = services.stories().story(id);
        if (name != null) d = d.onlyNaming(name);
        if (format != null) {
            String table = services.stories().comparisonAs(d, format);
            // CSV is data, byte for byte; Markdown is read at a terminal
            out().print("csv".equalsIgnoreCase(format) ? table : Terminal.text(table));
            return Cli.OK;
        }
        if (json) {
            out().println(Json.write(toJson(d)));
            return Cli.OK;
        }
        out().printf("Story %d: %s%n%n", d.story().id(), Terminal.line(d.story().title()));
        for (Article a : d.articles()) {
            out().printf("  #%d  %s  [%s%s]%n", a.id(), Terminal.line(a.title()), a.source() == null ? "-" : Terminal.line(a.source()),
                    a.published() == null ? "" : ", " + a.published());
        }
        out().println();
        out().println("Names: " + Terminal.line(String.join(", ", d.names().stream().limit(20).map(n -> n.name() + " (" + n.articles() + ")").toList())));
        out().println();
        out().print(Terminal.text(services.stories().comparisonAs(d, "markdown")));
        return Cli.OK;
    }

    private static ObjectNode toJson(StoryDetails d) {
        ObjectNode o = Json.object();
        o.put("id", d.story().id());
        o.put("title", d.story().title());
        ArrayNode articles = o.putArray("articles");
        for (Article a : d.articles()) {
            articles.addObject().put("id", a.id()).put("title", a.title()).put("source", a.source())
                    .put("published", a.published() == null ? null : a.published().toString());
        }
        ArrayNode names = o.putArray("names");
        d.names().forEach(n -> names.addObject().put("name", n.name()).put("kind", n.kind().name().toLowerCase(java.util.Locale.ROOT))
                .put("articles", n.articles()).put("mentions", n.mentions())
                .set("articleIds", Json.MAPPER.valueToTree(n.articleIds())));
        ArrayNode figures = o.putArray("figures");
        for (Figure f : d.figures()) {
            figures.addObject().put("value", f.value()).put("valueText", f.valueText()).put("unit", f.unit())
                    .put("counted", f.counted()).put("qualifier", f.qualifier()).put("attributedTo", f.attributedTo())
                    .put("articleId", f.articleId()).put("sentenceStart", f.sentenceStart()).put("sentenceEnd", f.sentenceEnd())
                    .put("sentence", f.sentence());
        }
        ArrayNode rows = o.putArray("comparison");
        for (ComparisonRow r : d.comparison().rows()) {
            ObjectNode row = rows.addObject().put("counted", r.counted()).put("unit", r.unit()).put("disagreement", r.disagreement());
            ArrayNode claims = row.putArray("claims");
            for (FigureClaim c : r.claims()) {
                claims.addObject().put("articleId", c.articleId()).put("outlet", c.outlet()).put("value", c.value())
                        .put("valueText", c.valueText()).put("qualifier", c.qualifier()).put("attributedTo", c.attributedTo())
                        .put("sentenceStart", c.sentenceStart()).put("sentenceEnd", c.sentenceEnd());
            }
        }
        return o;
    }

    @Override
    Archive.Mode mode() {
        return Archive.Mode.READ;
    }
}
