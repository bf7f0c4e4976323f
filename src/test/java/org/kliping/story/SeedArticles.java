package org.kliping.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.kliping.domain.Article;

/**
 * The five seed articles as the story tests see them: title = first non-empty line, body = the
 * other non-empty lines joined by a blank line, id = the file's number (000 gives 0), no date, and
 * the file name as source so that the comparison has an outlet to name.
 */
final class SeedArticles {
    static final Path DIR = Path.of("seeds");

    private SeedArticles() {
    }

    static List<Article> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Article> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) out.add(read(f));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article byId(long id) {
        return all().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    static Article read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        String name = file.getFileName().toString();
        long id = Long.parseLong(name.substring(0, name.indexOf('_')));
        return article(id, lines.get(0), String.join("\n\n", lines.subList(1, lines.size())), "seed-" + name.substring(0, 3));
    }

    static Article article(long id, String title, String body, String source) {
        return new Article(id, null, title, false, "", body, source, null, null, null, null, "id", source,
                null, null, false, false);
    }

    static Article dated(long id, String title, String body, String source, java.time.LocalDate date) {
        return new Article(id, null, title, false, "", body, source, null, date, null, null, "id", source,
                null, null, false, false);
    }
}
