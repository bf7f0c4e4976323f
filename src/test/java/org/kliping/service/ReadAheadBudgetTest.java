package org.kliping.service;

import org.kliping.ingest.ArticleReaders;
import org.kliping.ingest.ImportLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reading thread runs ahead by at most its text budget, and an article longer than the budget still passes. */
class ReadAheadBudgetTest {

    @TempDir
    Path dir;

    /** {@code count} articles of about {@code kib} KiB of body each, one JSON line per article. */
    private Path jsonl(String name, int count, int kib) throws IOException {
        String sentence = "Pemerintah membebaskan tahanan politik di kota itu pada pekan lalu. ";
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder("Artikel " + i + ". ");
            while (body.length() < kib * 1024) body.append(sentence);
            lines.append("{\"id\": \"").append(name).append(i).append("\", \"title\": \"Berita ").append(name).append(' ').append(i)
                    .append("\", \"body\": \"").append(body).append("\"}\n");
        }
        return Files.writeString(dir.resolve(name + ".jsonl"), lines);
    }

    private static List<String> drain(ReadAhead reading) {
        List<String> titles = new ArrayList<>();
        while (true) {
            ReadAhead.Item item = reading.next();
            if (item instanceof ReadAhead.End) return titles;
            if (item instanceof ReadAhead.Outcome o && o.prepared() != null) titles.add(o.prepared().draft().title());
        }
    }

    @Test
    void readerWaitsWhenTheWaitingTextFillsTheBudget() throws Exception {
        Path file = jsonl("a", 40, 8); // 40 articles of 8 KiB body (and as much original): far beyond 64 KiB
        try (ReadAhead reading = new ReadAhead(new ArticleReaders(ImportLimits.defaults()), List.of(file), 64)) {
            Thread.sleep(500); // the reader runs ahead as far as the budget lets it: three articles of about 17 KiB
            assertThat(reading.freeBudgetKb()).as("too little left for a fourth article, and never overdrawn").isBetween(0, 16);
            List<String> titles = drain(reading);
            assertThat(titles).hasSize(40).startsWith("Berita a 0", "Berita a 1").endsWith("Berita a 39");
            assertThat(reading.freeBudgetKb()).isEqualTo(64);
        }
    }

    @Test
    void anArticleLongerThanTheWholeBudgetStillPassesInOrder() throws Exception {
        Path small = jsonl("s", 3, 1);
        Path big = jsonl("b", 2, 100); // each about 200 KiB of text against a budget of 16
        try (ReadAhead reading = new ReadAhead(new ArticleReaders(ImportLimits.defaults()), List.of(small, big, small), 16)) {
            assertThat(drain(reading)).containsExactly("Berita s 0", "Berita s 1", "Berita s 2", "Berita b 0", "Berita b 1",
                    "Berita s 0", "Berita s 1", "Berita s 2");
        }
    }
}
