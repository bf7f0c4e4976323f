package org.kliping.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The query mix handed to a child JVM: one {@code TYPE<tab>kliping<tab>fts5} line per query. */
final class QueryFile {

    record Entry(QueryMix.Query query) {
    }

    private QueryFile() {
    }

    static void write(Path file, List<QueryMix.Query> queries) {
        List<String> lines = new ArrayList<>();
        for (QueryMix.Query q : queries) lines.add(q.type() + "\t" + q.kliping() + "\t" + q.fts5());
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the query mix " + file, e);
        }
    }

    static List<Entry> read(Path file) {
        try {
            List<Entry> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 3);
                out.add(new Entry(new QueryMix.Query(QueryMix.Type.valueOf(parts[0]), parts[1], parts[2])));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query mix " + file, e);
        }
    }
}
