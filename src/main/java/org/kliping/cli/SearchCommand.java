package org.kliping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;
import org.kliping.domain.SortOrder;
import org.kliping.domain.ReadState;
import org.kliping.service.SearchService;
import org.kliping.service.Archive;
import org.kliping.service.ArgumentFiles;
import org.kliping.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the archive.", "Query language: words, \"phrases\", OR, -word, NOT, prefix*,"
                + " title: source: place: tag: note:, date:2025-04 or date:2025-04..2025-05, parentheses."})
final class SearchCommand extends ArchiveCommand {

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (words are joined).")
    List<String> words;

    @Option(names = "--query-file", paramLabel = "F", description = "Read the query from a file (UTF-8).")
    Path queryFile;

    @Option(names = "--batch", paramLabel = "FILE",
            description = "One query a line, or JSONL with qid and query; prints one JSON line per query.")
    Path batch;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits per query (default 10).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0")
    int offset;

    @Option(names = "--sort", paramLabel = "relevance|date|oldest", defaultValue = "relevance",
            description = "relevance (default), date (newest first) or oldest (oldest first); undated last.")
    String sort;

    @Option(names = "--unread", description = "Only articles not read yet.")
    boolean unread;

    @Option(names = "--starred", description = "Only starred articles.")
    boolean starred;

    @Option(names = "--json", description = "Print JSON on stdout.")
    boolean json;

    @Override
    int run(Services services) throws IOException {
        SortOrder order = switch (sort.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SortOrder.RELEVANCE;
            case "date" -> SortOrder.DATE;
            case "oldest" -> SortOrder.OLDEST_FIRST;
            default -> throw new InvalidInputException("--sort must be relevance, date or oldest, not '" + sort + "'");
        };
        if (limit < 0 || offset < 0) throw new InvalidInputException("--limit and --offset must not be negative");
        if (batch != null) return runBatch(services, order);
        String query = queryFile != null ? ArgumentFiles.readUtf8(queryFile, ArgumentFiles.MAX_QUERY_FILE_BYTES, "--query-file")
                : words == null ? "" : String.join(" ", words);
        if (query.isBlank()) throw new InvalidInputException("no query given (a QUERY, --query-file or --batch)");
        if (unread && starred) throw new InvalidInputException("--unread and --starred cannot be combined");
        ReadState only = unread ? ReadState.UNREAD : starred ? ReadState.STARRED : ReadState.ALL;
        SearchService.Rows page = services.search().rows(new SearchRequest(query, limit, offset, order), only);
        SearchResult r = page.result();
        List<SearchHit> found = page.hits();
        for (String notice : r.notices()) err().println("note: " + Terminal.line(notice));
        if (page.truncated()) {
            err().printf("note: only the first %d hits were looked at for %s articles%n", SearchService.SCANNED,
                    unread ? "unread" : "starred");
        }
        if (json) {
            ObjectNode o = Json.object();
            o.put("total", page.total());
            // unread/starred narrow the page, not the count of articles with every word: an upper bound there
            o.put("totalAllWords", only == ReadState.ALL ? r.totalAllWords() : Math.min(r.totalAllWords(), page.total()));
            ArrayNode hits = o.putArray("hits");
            found.forEach(h -> hits.add(Json.hit(h)));
            ObjectNode facets = o.putObject("facets");
            for (String f : List.of("source", "place", "tag", "year")) {
                facets.set(f, Json.counts(r.facets().getOrDefault(f, java.util.Map.of())));
            }
            ArrayNode notices = o.putArray("notices");
            r.notices().forEach(notices::add);
            out().println(Json.write(o));
        } else {
            if (only == ReadState.ALL && r.rankedSoftly()) {
                out().printf("%d articles match: %d with all words, %d with some%n", r.total(), r.totalAllWords(), r.total());
            } else {
                out().printf("%d article%s match%s%n", page.total(), page.total() == 1 ? "" : "s", page.total() == 1 ? "es" : "");
            }
            for (SearchHit h : found) {
                out().printf("%5d  %.3f  %s  [%s%s]%n", h.id(), h.score(), Terminal.line(h.title()), h.source() == null ? "-" : Terminal.line(h.source()),
                        h.published() == null ? "" : ", " + h.published());
                if (h.snippet() != null && !h.snippet().isEmpty()) out().println("       " + Terminal.line(h.snippet()));
            }
        }
        return Cli.OK;
    }

    private int runBatch(Services services, SortOrder order) throws IOException {
        int lineNo = 0;
        boolean anyBad = false;
        try (ArgumentFiles.Lines in = ArgumentFiles.lines(batch, "--batch")) {
            for (ArgumentFiles.Line read = in.next(); read != null; read = in.next()) {
                lineNo = read.number();
                if (read.error() != null) {
                    err().println("kliping: " + Terminal.line(read.error()));
                    anyBad = true;
                    continue;
                }
                String line = read.text();
                if (line.isBlank()) continue;
                String qid = Integer.toString(lineNo);
                String query = line;
                if (line.stripLeading().startsWith("{")) {
                    try {
                        JsonNode n = Json.MAPPER.readTree(line);
                        qid = n.path("qid").asText(qid);
                        query = n.path("query").asText("");
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        err().printf("kliping: %s:%d: malformed JSON: %s%n", Terminal.line(batch), lineNo, Terminal.line(e.getOriginalMessage()));
                        anyBad = true;
                        continue;
                    }
                }
                ObjectNode o = Json.object();
                o.put("qid", qid);
                o.put("query", query);
                try {
                    SearchResult r = services.search().search(new SearchRequest(query, limit, offset, order));
                    o.put("total", r.total());
                    o.put("totalAllWords", r.totalAllWords());
                    ArrayNode hits = o.putArray("hits");
                    r.hits().forEach(h -> hits.add(Json.hit(h)));
                    if (!r.notices().isEmpty()) {
                        ArrayNode notices = o.putArray("notices");
                        r.notices().forEach(notices::add);
                    }
                } catch (InvalidInputException e) {
                    o.put("total", 0);
                    o.put("totalAllWords", 0);
                    o.putArray("hits");
                    o.put("error", e.getMessage());
                    anyBad = true;
                }
                out().println(Json.write(o));
            }
        }
        return anyBad ? Cli.SOME_REJECTED : Cli.OK;
    }

    @Override
    Archive.Mode mode() {
        return Archive.Mode.READ;
    }
}
