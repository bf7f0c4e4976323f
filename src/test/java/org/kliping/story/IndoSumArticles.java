package org.kliping.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kliping.domain.Article;

/** IndoSum articles (JSONL with id, title, date, source, category, body) as Articles plus their category. */
final class IndoSumArticles {
    record Item(Article article, String category, String externalId) {
    }

    private IndoSumArticles() {
    }

    static List<Item> read(InputStream in, boolean keepDates, long firstId) {
        ObjectMapper json = new ObjectMapper();
        List<Item> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            long id = firstId;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                String title = n.path("title").isNull() ? "(untitled)" : n.path("title").asText();
                LocalDate date = keepDates && n.hasNonNull("date") ? LocalDate.parse(n.get("date").asText()) : null;
                Article a = new Article(id++, n.path("id").asText(), title, true, "", n.path("body").asText(),
                        n.path("source").asText(), null, date, null, n.path("url").asText(), "id", "indosum",
                        null, null, false, false);
                out.add(new Item(a, n.path("category").asText(), n.path("id").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
