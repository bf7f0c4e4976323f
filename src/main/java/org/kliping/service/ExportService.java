package org.kliping.service;

import org.kliping.domain.ArticleBundle;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;
import org.kliping.domain.SortOrder;
import org.kliping.domain.StorageException;
import org.kliping.ingest.CsvExport;
import org.kliping.ingest.ExportException;
import org.kliping.ingest.KlipingJson;
import org.kliping.ingest.MarkdownExport;
import org.kliping.ingest.ReportExport;
import org.kliping.store.AnnotationStore;
import org.kliping.store.ArticleStore;
import org.kliping.store.PaperStore;
import org.kliping.store.NoteStore;
import org.kliping.store.SavedSearchStore;
import org.kliping.store.TagStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Export of the whole archive, a selection or a search result: Kliping JSON (lossless, re-importable),
 * Markdown, CSV and the printable clipping report. Files are written atomically; articles are loaded in
 * chunks so a 100k archive never sits in memory at once (the report, a single page, is the exception).
 */
public final class ExportService {

    public enum Format {
        JSON, MARKDOWN, CSV, CSV_HIGHLIGHTS, REPORT;

        public static Format parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "markdown", "md" -> MARKDOWN;
                case "csv" -> CSV;
                case "csv-highlights" -> CSV_HIGHLIGHTS;
                case "report", "html" -> REPORT;
                default -> throw new InvalidInputException("unknown export format '" + s
                        + "' (json, markdown, csv, csv-highlights, report)");
            };
        }
    }

    private static final int CHUNK = 200;

    private final ArticleStore articles;
    private final TagStore tags;
    private final AnnotationStore annotations;
    private final NoteStore notes;
    private final SavedSearchStore savedSearches;
    private final SearchService search;
    private final Clock clock;
    private final PaperStore papers;

    ExportService(ArticleStore articles, TagStore tags, AnnotationStore annotations, NoteStore notes,
                  SavedSearchStore savedSearches, SearchService search, Clock clock, PaperStore papers) {
        this.papers = papers;
        this.articles = articles;
        this.tags = tags;
        this.annotations = annotations;
        this.notes = notes;
        this.savedSearches = savedSearches;
        this.search = search;
        this.clock = clock;
    }

    /**
     * Writes the articles chosen (explicit ids, else those matching {@code query}, else all) to {@code out}.
     * Markdown goes to one combined file when {@code out} ends in {@code .md}, else one file per article in
     * the folder {@code out}. Returns the number of articles written.
     */
    public int export(Format format, Path out, List<Long> ids, String query, String reportTitle) {
        List<Long> chosen = ids != null && !ids.isEmpty() ? ids
                : query != null && !query.isBlank() ? matching(query) : articles.allIds();
        Iterable<ArticleBundle> bundles = () -> new BundleIterator(chosen);
        try {
            switch (format) {
                case JSON -> KlipingJson.write(out, bundles, savedSearches.all(), clock.instant());
                case MARKDOWN -> {
                    if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
                        MarkdownExport.writeCombined(out, bundles);
                    } else {
                        Files.createDirectories(out);
                        MarkdownExport.writeFolder(out, bundles);
                    }
                }
                case CSV -> CsvExport.writeArticles(out, bundles);
                case CSV_HIGHLIGHTS -> CsvExport.writeHighlights(out, bundles);
                case REPORT -> {
                    List<ArticleBundle> all = new ArrayList<>();
                    bundles.forEach(all::add);
                    ReportExport.write(out, reportTitle == null ? "Kliping Berita" : reportTitle,
                            LocalDate.now(clock), all);
                }
            }
        } catch (ExportException | java.io.IOException e) {
            throw new StorageException("Cannot write the export " + out + ": " + e.getMessage(), e);
        }
        return chosen.size();
    }

    /** Every article matching a query, in rank order. */
    public List<Long> matching(String query) {
        List<Long> ids = new ArrayList<>();
        int page = 1000;
        for (int offset = 0; ; offset += page) {
            SearchResult r = search.search(new SearchRequest(query, page, offset, SortOrder.RELEVANCE));
            for (SearchHit h : r.hits()) ids.add(h.id());
            if (r.hits().size() < page || ids.size() >= r.total()) return ids;
        }
    }

    public ArticleBundle bundle(long id) {
        return new ArticleBundle(articles.get(id), articles.original(id), tags.tagObjectsOf(id),
                annotations.forArticle(id), notes.forArticle(id), papers.get(id).orElse(null));
    }

    /** Loads bundles a chunk at a time. */
    private final class BundleIterator implements Iterator<ArticleBundle> {
        private final List<Long> ids;
        private int next;
        private final List<ArticleBundle> buffer = new ArrayList<>();
        private int bufferPos;

        BundleIterator(List<Long> ids) {
            this.ids = ids;
        }

        @Override
        public boolean hasNext() {
            fill();
            return bufferPos < buffer.size();
        }

        @Override
        public ArticleBundle next() {
            if (!hasNext()) throw new NoSuchElementException();
            return buffer.get(bufferPos++);
        }

        private void fill() {
            while (bufferPos >= buffer.size() && next < ids.size()) {
                buffer.clear();
                bufferPos = 0;
                List<Long> chunk = ids.subList(next, Math.min(ids.size(), next + CHUNK));
                next += chunk.size();
                for (var a : articles.getAll(chunk)) {
                    buffer.add(new ArticleBundle(a, articles.original(a.id()), tags.tagObjectsOf(a.id()),
                            annotations.forArticle(a.id()), notes.forArticle(a.id()), papers.get(a.id()).orElse(null)));
                }
            }
        }
    }
}
