package org.kliping.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleBundle;
import org.kliping.domain.Tag;

/**
 * Spreadsheet exports: one row per article, or one row per highlight. UTF-8 with a byte order mark
 * so Excel opens Indonesian text correctly; RFC 4180 quoting; formula injection defused.
 */
public final class CsvExport {

    static final List<String> ARTICLE_COLUMNS = List.of("id", "externalId", "title", "source", "authors", "place", "published",
            "url", "tags", "highlights", "notes", "body");
    static final List<String> HIGHLIGHT_COLUMNS = List.of("articleId", "articleTitle", "source", "quote", "note",
            "color", "start", "end", "state");
    static final String TAG_SEPARATOR = "; ";

    private CsvExport() {
    }

    /**
     * Rows (the header first) as CSV text the way every export writes it: the byte order mark, RFC 4180 quoting and
     * formula injection defused (the story comparison table).
     */
    public static String text(List<? extends List<?>> rows) {
        java.io.StringWriter text = new java.io.StringWriter();
        CsvWriter csv = new CsvWriter(text);
        try {
            csv.writeByteOrderMark();
            for (List<?> row : rows) csv.writeRow(row);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /** One row per article, written atomically to {@code out}. */
    public static void writeArticles(Path out, Iterable<ArticleBundle> bundles) {
        AtomicFiles.write(out, stream -> writeArticles(stream, bundles));
    }

    /** One row per highlight (anchored or orphaned), written atomically to {@code out}. */
    public static void writeHighlights(Path out, Iterable<ArticleBundle> bundles) {
        AtomicFiles.write(out, stream -> writeHighlights(stream, bundles));
    }

    /** One row per article, to a stream the caller owns. */
    public static void writeArticles(OutputStream out, Iterable<ArticleBundle> bundles) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = start(writer, ARTICLE_COLUMNS);
        for (ArticleBundle bundle : bundles) {
            Article a = bundle.article();
            csv.writeRow(Arrays.asList(a.id(), a.externalId(), a.title(), a.source(), String.join("; ", a.authors()), a.place(),
                    published(a), a.url(), tags(bundle.tags()), bundle.annotations().size(), bundle.notes().size(), a.body()));
        }
        writer.flush();
    }

    /** One row per highlight, to a stream the caller owns. */
    public static void writeHighlights(OutputStream out, Iterable<ArticleBundle> bundles) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = start(writer, HIGHLIGHT_COLUMNS);
        for (ArticleBundle bundle : bundles) {
            Article a = bundle.article();
            for (Annotation h : bundle.annotations()) {
                csv.writeRow(Arrays.asList(a.id(), a.title(), a.source(), h.quote(), h.note(), h.color(), h.start(),
                        h.end(), h.state().wireName()));
            }
        }
        writer.flush();
    }

    private static CsvWriter start(Writer writer, List<String> header) throws IOException {
        CsvWriter csv = new CsvWriter(writer);
        csv.writeByteOrderMark();
        csv.writeRow(header);
        return csv;
    }

    /** The ISO date when resolved, else the date as the source wrote it. */
    static String published(Article a) {
        return a.published() != null ? a.published().toString() : a.publishedText();
    }

    private static String tags(List<Tag> tags) {
        return tags.stream().map(Tag::name).collect(Collectors.joining(TAG_SEPARATOR));
    }
}
