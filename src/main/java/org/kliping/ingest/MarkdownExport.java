package org.kliping.ingest;

import static org.kliping.ingest.MarkdownExportText.escape;
import static org.kliping.ingest.MarkdownExportText.yaml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleBundle;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.Tag;

/**
 * Markdown export for reading and for note tools such as Obsidian: per article a title, a metadata
 * list, the body, the highlights as quotes with their notes, and the article notes. Either one file
 * for all, or one file per article with YAML front matter (title, source, date, tags, url).
 */
public final class MarkdownExport {

    private MarkdownExport() {
    }

    /** All articles in one file, separated by a rule, written atomically. */
    public static void writeCombined(Path out, Iterable<ArticleBundle> bundles) {
        AtomicFiles.write(out, stream -> writeCombined(stream, bundles));
    }

    /** All articles in one document, to a stream the caller owns. */
    public static void writeCombined(OutputStream out, Iterable<ArticleBundle> bundles) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        boolean first = true;
        for (ArticleBundle bundle : bundles) {
            if (!first) writer.write("\n---\n\n");
            writer.write(body(bundle));
            first = false;
        }
        writer.flush();
    }

    /**
     * One file per article in {@code folder} (created if missing), named from title and id by
     * {@link #fileName}; an existing file of the same name is replaced.
     *
     * @return the files written, in the order of {@code bundles}
     */
    public static List<Path> writeFolder(Path folder, Iterable<ArticleBundle> bundles) {
        List<Path> written = new ArrayList<>();
        for (ArticleBundle bundle : bundles) {
            Path file = folder.resolve(fileName(bundle.article()));
            String text = render(bundle);
            AtomicFiles.write(file, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
            written.add(file);
        }
        return written;
    }

    /** The safe file name an article gets in {@link #writeFolder}, e.g. {@code Banjir di Jakarta (42).md}. */
    public static String fileName(Article article) {
        return MarkdownExportText.fileName(article.title(), article.id(), "md");
    }

    /** One article as a stand-alone Markdown document with YAML front matter. */
    public static String render(ArticleBundle bundle) {
        return frontMatter(bundle) + "\n" + body(bundle);
    }

    static String frontMatter(ArticleBundle bundle) {
        Article a = bundle.article();
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("title: ").append(yaml(a.title())).append('\n');
        if (a.source() != null) sb.append("source: ").append(yaml(a.source())).append('\n');
        if (!a.authors().isEmpty()) {
            sb.append("authors:\n");
            a.authors().forEach(name -> sb.append("  - ").append(yaml(name)).append('\n'));
        }
        if (a.place() != null) sb.append("place: ").append(yaml(a.place())).append('\n');
        if (a.published() != null) sb.append("date: ").append(a.published()).append('\n');
        if (a.published() == null && a.publishedText() != null) {
            sb.append("date-text: ").append(yaml(a.publishedText())).append('\n');
        }
        if (a.url() != null) sb.append("url: ").append(yaml(a.url())).append('\n');
        if (!bundle.tags().isEmpty()) {
            sb.append("tags:\n");
            bundle.tags().forEach(t -> sb.append("  - ").append(yaml(t.name())).append('\n'));
        }
        sb.append("kliping-id: ").append(a.id()).append('\n');
        return sb.append("---\n").toString();
    }

    static String body(ArticleBundle bundle) {
        Article a = bundle.article();
        StringBuilder sb = new StringBuilder("# ").append(escape(a.title())).append("\n\n");
        sb.append(metadata(bundle));
        for (String paragraph : a.paragraphs()) {
            sb.append(escape(paragraph).replace("\n", "  \n")).append("\n\n");
        }
        if (!bundle.annotations().isEmpty()) {
            sb.append("## Highlights\n\n");
            bundle.annotations().forEach(h -> sb.append(highlight(h)));
        }
        if (!bundle.notes().isEmpty()) {
            sb.append("## Notes\n\n");
            for (ArticleNote note : bundle.notes()) {
                sb.append(escape(note.text()).replace("\n", "  \n")).append("\n\n");
            }
        }
        return sb.toString();
    }

    private static String metadata(ArticleBundle bundle) {
        Article a = bundle.article();
        StringBuilder sb = new StringBuilder();
        line(sb, "Source", a.source() == null ? null : escape(a.source()));
        line(sb, "Authors", a.authors().isEmpty() ? null
                : a.authors().stream().map(MarkdownExportText::escape).collect(Collectors.joining(", ")));
        line(sb, "Place", a.place() == null ? null : escape(a.place()));
        String date = CsvExport.published(a);
        line(sb, "Date", date == null ? null : escape(date));
        line(sb, "URL", a.url() == null ? null : MarkdownExportText.url(a.url()));
        String tags = bundle.tags().stream().map(Tag::name).map(MarkdownExportText::escape)
                .collect(Collectors.joining(", "));
        line(sb, "Tags", tags.isEmpty() ? null : tags);
        return sb.length() == 0 ? "" : sb.append('\n').toString();
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (value != null) sb.append("- **").append(label).append(":** ").append(value).append('\n');
    }

    private static String highlight(Annotation h) {
        StringBuilder sb = new StringBuilder();
        for (String line : h.quote().split("\n", -1)) {
            sb.append(line.isBlank() ? ">" : "> " + escape(line)).append('\n');
        }
        sb.append('\n');
        if (h.state() == AnchorState.ORPHANED) sb.append("*(no longer found in the article text)*\n\n");
        if (h.note() != null && !h.note().isBlank()) {
            sb.append(escape(h.note()).replace("\n", "  \n")).append("\n\n");
        }
        return sb.toString();
    }
}
