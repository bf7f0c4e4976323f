package org.kliping.searcheval;

import org.kliping.domain.IndexEntry;
import org.kliping.domain.ProgressListener;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SortOrder;
import org.kliping.search.ArticleIndex;
import org.kliping.search.SearchSettings;
import org.kliping.service.Archive;
import org.kliping.service.ImportListener;
import org.kliping.service.ImportReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Kliping's rankings of the news topics. {@link #service}: the real archive (import, store, index, search service),
 * as {@code kliping import} + {@code kliping search --batch}. {@link Indexed}: the articles read through the import
 * pipeline and indexed once by {@link ArticleIndex}, then searched with any query-time settings (the index is
 * reopened per configuration; an analysis change rebuilds it).
 */
final class KlipingRuns {

    private KlipingRuns() {
    }

    /** Top {@code n} external ids per topic through a fresh archive holding the imported articles. */
    static Map<String, List<String>> service(Path articlesJsonl, List<NewsCollection.Topic> topics, int n) throws IOException {
        Path dir = Files.createTempDirectory("kliping-news-archive");
        try (Archive archive = Archive.open(dir, ProgressListener.NONE)) {
            ImportReport report = archive.services().imports().importPaths(List.of(articlesJsonl), ImportListener.NONE);
            if (!report.rejected().isEmpty()) throw new IllegalStateException("rejected on import: " + report.rejected());
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (NewsCollection.Topic t : topics) {
                List<String> ids = new ArrayList<>();
                for (SearchHit h : archive.services().search().search(new SearchRequest(t.query(), n, 0, SortOrder.RELEVANCE)).hits()) {
                    ids.add(h.externalId());
                }
                out.put(t.qid(), ids);
            }
            return out;
        } finally {
            deleteRecursively(dir);
        }
    }

    /** The imported articles in one index folder, searched with any settings. */
    static final class Indexed implements AutoCloseable {
        private final Path dir;
        private final List<IndexEntry> entries;
        private final Map<Long, String> bodies = new HashMap<>();

        Indexed(List<IndexEntry> entries) throws IOException {
            this.entries = entries;
            this.dir = Files.createTempDirectory("kliping-news-index");
            for (IndexEntry e : entries) bodies.put(e.article().id(), e.article().body());
        }

        /** Top {@code n} external ids per query (qid to query), searched with {@code settings}. */
        Map<String, List<String>> run(SearchSettings settings, Map<String, String> queries, int n) {
            // no time limit: a cold first search on a busy machine must not be cut off (it would score nothing)
            SearchSettings patient = settings.withLimits(settings.maxClauses(), settings.maxQueryChars(), Duration.ofMinutes(5));
            try (ArticleIndex index = ArticleIndex.open(dir, patient, this::bodiesOf, false)) {
                if (index.needsRebuild()) {
                    entries.forEach(index::add);
                    index.commit(entries.size());
                }
                Map<String, List<String>> out = new LinkedHashMap<>();
                for (Map.Entry<String, String> q : queries.entrySet()) {
                    List<String> ids = new ArrayList<>();
                    for (SearchHit h : index.search(new SearchRequest(q.getValue(), n, 0, SortOrder.RELEVANCE)).hits()) {
                        ids.add(h.externalId());
                    }
                    out.put(q.getKey(), ids);
                }
                return out;
            }
        }

        private Map<Long, String> bodiesOf(Collection<Long> ids) {
            Map<Long, String> out = new HashMap<>();
            for (Long id : ids) {
                String b = bodies.get(id);
                if (b != null) out.put(id, b);
            }
            return out;
        }

        @Override
        public void close() throws IOException {
            deleteRecursively(dir);
        }
    }

    static Map<String, String> queries(List<NewsCollection.Topic> topics) {
        Map<String, String> out = new LinkedHashMap<>();
        for (NewsCollection.Topic t : topics) out.put(t.qid(), t.query());
        return out;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
