package org.kliping.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.kliping.domain.ArticleDraft;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Page extraction measured on trafilatura's evaluation set ({@code ../shared/data/html-extraction-train}) as its
 * score.py counts it (whitespace-normalised snippets of the body), without building an archive: Kliping's HTML
 * reader and, for comparison, Readability4J (a port of Mozilla Readability) followed by Kliping's cleaning.
 *
 * <pre>mvn -B -q -Pbench test-compile exec:java -Dexec.mainClass=org.kliping.ingest.ExtractionEval \
 *     -Dexec.args="../shared/data/html-extraction-train [kliping|readability] [misses.txt]"</pre>
 */
public final class ExtractionEval {
    private ExtractionEval() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/html-extraction-train");
        String mode = args.length > 1 ? args[1] : "kliping";
        if (mode.equals("show")) {
            Path file = data.resolve("html").resolve(args[2]);
            ArticleDraft draft = new HtmlArticleParser(new ArticleAssembler(CleaningRules.defaults()))
                    .parse(Files.readAllBytes(file), Where.of(file));
            System.out.println(draft.title() + " | " + draft.source() + " | " + draft.published() + " | " + draft.url());
            draft.paragraphs().forEach(p -> System.out.println("  - " + p));
            return;
        }
        Path misses = args.length > 2 ? Path.of(args[2]) : null;
        JsonNode items = new ObjectMapper().readTree(data.resolve("evaldata.json").toFile());
        ArticleAssembler assembler = new ArticleAssembler(CleaningRules.defaults());
        HtmlArticleParser parser = new HtmlArticleParser(assembler);
        Function<Path, String> extractor = switch (mode) {
            case "kliping" -> file -> {
                try {
                    ArticleDraft draft = parser.parse(Files.readAllBytes(file), Where.of(file));
                    return draft.body();
                } catch (Exception e) {
                    return "";
                }
            };
            case "readability" -> file -> {
                try {
                    String html = TextDecoder.decode(Files.readAllBytes(file)).text();
                    var article = new Readability4J("http://example.com/", html).parse();
                    if (article.getContent() == null) return "";
                    List<String> paragraphs = HtmlContent.blocks(Jsoup.parse(article.getContent()).body());
                    ArticleDraft draft = assembler.assemble(paragraphs, new KnownFields(null, article.getTitle(), null, null, null, null, null, null),
                            false, new ArticleAssembler.Original(Where.of(file), new byte[0], html, List.of()));
                    return draft.body();
                } catch (Exception | StackOverflowError e) {
                    return "";
                }
            };
            default -> throw new IllegalArgumentException("mode: kliping or readability");
        };
        int tp = 0, fp = 0, fn = 0, empty = 0;
        long nanos = 0;
        List<String> report = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = items.fields(); it.hasNext(); ) {
            JsonNode item = it.next().getValue();
            Path file = data.resolve("html").resolve(item.get("file").asText());
            long start = System.nanoTime();
            String body = norm(extractor.apply(file));
            nanos += System.nanoTime() - start;
            if (body.isEmpty()) empty++;
            StringBuilder line = new StringBuilder();
            for (JsonNode w : item.get("with")) {
                if (body.contains(norm(w.asText()))) tp++;
                else {
                    fn++;
                    line.append("\n  MISSING: ").append(w.asText());
                }
            }
            for (JsonNode w : item.get("without")) {
                if (body.contains(norm(w.asText()))) {
                    fp++;
                    line.append("\n  EXTRA: ").append(w.asText());
                }
            }
            if (!line.isEmpty()) report.add(item.get("file").asText() + (body.isEmpty() ? " (EMPTY)" : "") + line);
        }
        double p = tp / (double) (tp + fp), r = tp / (double) (tp + fn), f1 = 2 * p * r / (p + r);
        System.out.printf("%s: precision %.4f recall %.4f F1 %.4f (tp %d fp %d fn %d; %d pages empty; %.1f ms a page)%n",
                mode, p, r, f1, tp, fp, fn, empty, nanos / 1e6 / items.size());
        if (misses != null) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(misses))) {
                report.forEach(out::println);
            }
        }
    }

    private static String norm(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
