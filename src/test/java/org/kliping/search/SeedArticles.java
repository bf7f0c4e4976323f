package org.kliping.search;

import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.IndexEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The five seed articles as index entries: title = first non-blank line, body = the rest. */
final class SeedArticles {
    static final Path SEEDS = Path.of("seeds");
    /** Outlet names as the seed texts state them (only two name theirs). */
    private static final String[] SOURCES = {"Antara", "SeaPRwire", "Okezone", "Suarathailand", "Media Indonesia"};
    private static final LocalDate[] DATES = {LocalDate.of(2025, 4, 27), LocalDate.of(2025, 4, 28),
            LocalDate.of(2025, 4, 29), LocalDate.of(2025, 5, 17), null};

    private SeedArticles() {
    }

    static List<Path> files() {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(int i) {
        try {
            return Files.readString(files().get(i), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<IndexEntry> entries() {
        List<IndexEntry> out = new ArrayList<>();
        for (int i = 0; i < files().size(); i++) out.add(entry(i + 1L, text(i), SOURCES[i], DATES[i], List.of()));
        return out;
    }

    static IndexEntry entry(long id, String text, String source, LocalDate date, List<String> tags) {
        String stripped = text.strip();
        int nl = stripped.indexOf('\n');
        String title = nl < 0 ? stripped : stripped.substring(0, nl).strip();
        String body = nl < 0 ? "" : stripped.substring(nl + 1).strip();
        return new IndexEntry(article(id, title, body, source, date), tags, List.of(), List.of());
    }

    static Article article(long id, String title, String body, String source, LocalDate date) {
        return new Article(id, "ext-" + id, title, false, "", body, source, null, date, null, null, "id",
                "seed", null, "sha" + id, false, false);
    }

    static IndexEntry withExtras(IndexEntry e, List<String> tags, List<String> notes, List<Annotation> annotations) {
        return new IndexEntry(e.article(), tags, annotations, notes);
    }
}
