package org.kliping.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** One real IndoSum article of the bundled subset ({@code src/bench/data/indosum-subset.jsonl.gz}). */
public record SourceArticle(String source, String category, String title, List<String> paragraphs) {

    public SourceArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Reads the gzipped JSONL subset; every line is {@code {source, category, title, date, body}}. */
    public static List<SourceArticle> load(Path gz) {
        ObjectMapper mapper = new ObjectMapper();
        List<SourceArticle> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) continue;
                JsonNode n = mapper.readTree(line);
                List<String> paragraphs = Arrays.stream(n.get("body").asText().split("\n\n"))
                        .map(String::strip).filter(p -> !p.isEmpty()).toList();
                out.add(new SourceArticle(n.get("source").asText(), n.get("category").asText(),
                        n.get("title").asText(), paragraphs));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark data " + gz, e);
        }
        if (out.isEmpty()) throw new IllegalStateException("no articles in " + gz);
        return out;
    }
}
