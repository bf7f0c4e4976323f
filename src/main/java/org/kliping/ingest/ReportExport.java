package org.kliping.ingest;

import static org.kliping.ingest.ReportExportHtml.escape;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.kliping.domain.AnchorState;
import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleBundle;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.Tag;

/**
 * A printable <i>kliping</i> as Indonesian offices compile them: one self-contained HTML file (inline
 * CSS, no scripts, nothing fetched) with a cover, a table of contents, and each article on its own
 * printed page with its highlights marked in the text, the highlights with their notes, and the
 * article's notes. Labels are Indonesian; every text from the archive is escaped.
 */
public final class ReportExport {

    private ReportExport() {
    }

    /** Writes the report atomically; the list is read twice (contents, then articles). */
    public static void write(Path out, String title, LocalDate compiled, List<ArticleBundle> bundles) {
        AtomicFiles.write(out, stream -> write(stream, title, compiled, bundles));
    }

    /** Writes the report to a stream the caller owns. */
    public static void write(OutputStream out, String title, LocalDate compiled, List<ArticleBundle> bundles)
            throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(head(title));
        w.write(cover(title, compiled, bundles.size()));
        w.write(contents(bundles));
        for (int i = 0; i < bundles.size(); i++) {
            w.write(article(bundles.get(i), i + 1));
        }
        w.write("</body>\n</html>\n");
        w.flush();
    }

    private static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + ReportExportHtml.CONTENT_SECURITY_POLICY
                + "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"Kliping\">\n<title>" + escape(title) + "</title>\n<style>\n"
                + ReportExportHtml.STYLE + "</style>\n</head>\n<body>\n";
    }

    private static String cover(String title, LocalDate compiled, int count) {
        return "<section class=\"sampul\">\n<h1>" + escape(title) + "</h1>\n"
                + "<p class=\"disusun\">Disusun pada " + ReportExportHtml.date(compiled) + "</p>\n"
                + "<p class=\"jumlah\">Jumlah artikel: " + count + "</p>\n</section>\n";
    }

    private static String contents(List<ArticleBundle> bundles) {
        StringBuilder sb = new StringBuilder("<nav class=\"daftar-isi\">\n<h2>Daftar Isi</h2>\n<ol>\n");
        for (int i = 0; i < bundles.size(); i++) {
            Article a = bundles.get(i).article();
            sb.append("<li><a href=\"#artikel-").append(i + 1).append("\">").append(escape(a.title())).append("</a>");
            String detail = List.of(nullToEmpty(a.source()), dateText(a)).stream().filter(s -> !s.isEmpty())
                    .collect(Collectors.joining(", "));
            if (!detail.isEmpty()) sb.append(" <span class=\"keterangan\">— ").append(escape(detail)).append("</span>");
            sb.append("</li>\n");
        }
        return sb.append("</ol>\n</nav>\n").toString();
    }

    private static String article(ArticleBundle bundle, int number) {
        Article a = bundle.article();
        String anchor = "artikel-" + number;
        StringBuilder sb = new StringBuilder("<article class=\"artikel\" id=\"").append(anchor).append("\">\n");
        sb.append("<h2>").append(escape(a.title())).append("</h2>\n");
        sb.append(metadata(bundle));
        sb.append("<div class=\"isi\">\n")
                .append(ReportExportBody.paragraphs(a.body(), bundle.annotations(), anchor)).append("</div>\n");
        if (!bundle.annotations().isEmpty()) sb.append(highlights(bundle.annotations(), anchor));
        if (!bundle.notes().isEmpty()) sb.append(notes(bundle.notes()));
        return sb.append("</article>\n").toString();
    }

    private static String metadata(ArticleBundle bundle) {
        Article a = bundle.article();
        StringBuilder sb = new StringBuilder("<dl class=\"meta\">\n");
        entry(sb, "Sumber", a.source());
        entry(sb, "Tempat", a.place());
        entry(sb, "Tanggal", dateText(a));
        entry(sb, "Tautan", a.url());
        entry(sb, "Tag", bundle.tags().stream().map(Tag::name).collect(Collectors.joining(", ")));
        return sb.append("</dl>\n").toString();
    }

    private static void entry(StringBuilder sb, String label, String value) {
        if (value == null || value.isEmpty()) return;
        sb.append("<dt>").append(label).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }

    private static String highlights(List<Annotation> annotations, String anchor) {
        StringBuilder sb = new StringBuilder("<section class=\"sorotan\">\n<h3>Sorotan</h3>\n<ol>\n");
        for (int i = 0; i < annotations.size(); i++) {
            Annotation h = annotations.get(i);
            sb.append("<li id=\"").append(anchor).append("-h").append(i + 1).append("\"><blockquote>")
                    .append(ReportExportBody.text(h.quote())).append("</blockquote>");
            if (h.state() == AnchorState.ORPHANED) {
                sb.append("<p class=\"tidak-tertambat\">(tidak lagi ditemukan dalam teks artikel)</p>");
            }
            if (h.note() != null && !h.note().isBlank()) {
                sb.append("<p class=\"catatan\">").append(escape(h.note())).append("</p>");
            }
            sb.append("</li>\n");
        }
        return sb.append("</ol>\n</section>\n").toString();
    }

    private static String notes(List<ArticleNote> notes) {
        StringBuilder sb = new StringBuilder("<section class=\"catatan-artikel\">\n<h3>Catatan</h3>\n");
        for (ArticleNote note : notes) {
            sb.append("<p class=\"catatan\">").append(escape(note.text())).append("</p>\n");
        }
        return sb.append("</section>\n").toString();
    }

    /** The resolved date in Indonesian ("27 April 2025"), else the date as the source wrote it. */
    private static String dateText(Article a) {
        if (a.published() != null) return ReportExportHtml.date(a.published());
        return nullToEmpty(a.publishedText());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
