package org.kliping.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One line of the generated JSONL corpus, parsed the plain way the bare Lucene and FTS5 contenders read it. */
record CorpusArticle(String id, String title, String source, String date, String body) {

    interface Sink {
        void accept(CorpusArticle article) throws Exception;
    }

    /** Streams the corpus line by line (Jackson trees, as Kliping's reader does), calling {@code sink} for each. */
    static int readAll(Path jsonl, Sink sink) {
        ObjectMapper mapper = new ObjectMapper();
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode node = mapper.readTree(line);
                sink.accept(new CorpusArticle(node.get("id").asText(), node.get("title").asText(),
                        node.get("source").asText(), node.get("date").asText(), node.get("body").asText()));
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus " + jsonl, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("indexing the corpus " + jsonl + " failed after " + n + " articles", e);
        }
        return n;
    }
}
