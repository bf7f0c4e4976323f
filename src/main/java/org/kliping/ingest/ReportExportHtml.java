package org.kliping.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/** HTML escaping, Indonesian dates and the inline style sheet of the printable report. */
final class ReportExportHtml {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    /** Only plain colour names and hex codes reach the style attribute: a colour is user input. */
    private static final Pattern SAFE_COLOR = Pattern.compile("[a-zA-Z]{1,20}|#[0-9a-fA-F]{3,8}");

    /** Blocks scripts and every outside resource even if some text slipped through unescaped. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    static final String STYLE = """
            body { font-family: Georgia, "Times New Roman", serif; line-height: 1.5; color: #111;
                   max-width: 46em; margin: 2em auto; padding: 0 1em; }
            h1, h2, h3 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.2; }
            .sampul { text-align: center; padding-top: 30vh; min-height: 60vh; }
            .sampul h1 { font-size: 2.6em; margin-bottom: 1em; }
            .daftar-isi ol { padding-left: 1.5em; }
            .daftar-isi li { margin: 0.3em 0; }
            .daftar-isi .keterangan { color: #555; }
            .artikel { border-top: 1px solid #ccc; margin-top: 3em; padding-top: 1em; }
            .meta { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em; color: #333;
                    font-size: 0.9em; }
            .meta dt { font-weight: bold; }
            .meta dd { margin: 0; overflow-wrap: anywhere; }
            mark { background: #fff176; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            sup.ref a { text-decoration: none; color: #555; }
            .sorotan blockquote { margin: 0.3em 0; padding-left: 0.8em; border-left: 3px solid #fbc02d; }
            .tidak-tertambat { color: #777; font-style: italic; }
            .catatan { white-space: pre-wrap; }
            @media print {
              body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
              @page { size: A4; margin: 2cm; }
              .sampul { padding-top: 35%; page-break-after: always; break-after: page; }
              .daftar-isi a { color: inherit; text-decoration: none; }
              .artikel { page-break-before: always; break-before: page; border-top: none; margin-top: 0; }
              .artikel h2 { page-break-after: avoid; break-after: avoid; }
              .sorotan li, blockquote { page-break-inside: avoid; break-inside: avoid; }
            }
            """;

    private ReportExportHtml() {
    }

    static String escape(String text) {
        if (text == null) return "";
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** "27 April 2025". */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String colorStyle(String color) {
        if (color == null || !SAFE_COLOR.matcher(color).matches()) return "";
        return " style=\"background: " + color + "\"";
    }
}
