package org.kliping.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ArticleDraft;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages saved as one MHTML file, as Chrome and Edge write them. */
class MhtmlTest {
    private static final String PAGE = """
            <html><head><meta charset="windows-1252"><title>Banjir Rendam Bekasi - Kompas.com</title>
            <link rel="canonical" href="https://www.kompas.com/read/2017/05/23/banjir-bekasi"></head><body>
            <nav><a href="/">Beranda</a></nav>
            <article><h1>Banjir Rendam Bekasi</h1>
            <p>BEKASI, KOMPAS.com - Ribuan rumah di Bekasi terendam banjir sejak Selasa pagi, kata warga di caf\u00E9 itu.</p>
            <p>Warga mengungsi ke masjid terdekat dan menunggu bantuan dari pemerintah daerah.</p></article>
            </body></html>
            """;

    private static String message(String encoding, String body, String charset) {
        return "From: <Saved by Blink>\r\n"
                + "Snapshot-Content-Location: https://www.kompas.com/read/2017/05/23/banjir-bekasi\r\n"
                + "Subject: Banjir Rendam Bekasi\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc123----\"\r\n"
                + "\r\n"
                + "------MultipartBoundary--abc123----\r\n"
                + "Content-Type: text/html" + (charset == null ? "" : "; charset=" + charset) + "\r\n"
                + "Content-ID: <frame-1@mhtml.blink>\r\n"
                + "Content-Transfer-Encoding: " + encoding + "\r\n"
                + "Content-Location: https://www.kompas.com/read/2017/05/23/banjir-bekasi\r\n"
                + "\r\n"
                + body + "\r\n"
                + "------MultipartBoundary--abc123----\r\n"
                + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://x/a.png\r\n\r\n"
                + "iVBORw0KGgo=\r\n"
                + "------MultipartBoundary--abc123------\r\n";
    }

    /** Quoted-printable as RFC 2045 writes it: soft line breaks at 76 characters, =XX for bytes outside ASCII. */
    private static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            String piece = (c >= 33 && c <= 126 && c != '=') || c == ' ' ? String.valueOf((char) c)
                    : c == '\n' ? "\r\n" : String.format("=%02X", c);
            if (piece.equals("\r\n")) {
                out.append(piece);
                line = 0;
                continue;
            }
            if (line + piece.length() > 75) {
                out.append("=\r\n");
                line = 0;
            }
            out.append(piece);
            line += piece.length();
        }
        return out.toString();
    }

    private static ArticleDraft read(Path file) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        new ArticleReaders(ImportLimits.defaults()).read(file, outcomes::add);
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Parsed.class);
        return ((ReadOutcome.Parsed) outcomes.get(0)).draft();
    }

    @Test
    void quotedPrintablePartInItsDeclaredCharsetIsReadLikeTheSavedPage(@TempDir Path dir) throws Exception {
        byte[] html = PAGE.getBytes(Charset.forName("windows-1252"));
        byte[] file = message("quoted-printable", quotedPrintable(html), "windows-1252").getBytes(StandardCharsets.US_ASCII);
        Path saved = Files.write(dir.resolve("banjir.mhtml"), file);
        ArticleDraft draft = read(saved);
        assertThat(draft.title()).isEqualTo("Banjir Rendam Bekasi");
        assertThat(draft.source()).isEqualTo("Kompas.com");
        assertThat(draft.url()).isEqualTo("https://www.kompas.com/read/2017/05/23/banjir-bekasi");
        assertThat(draft.paragraphs()).containsExactly(
                "Ribuan rumah di Bekasi terendam banjir sejak Selasa pagi, kata warga di caf\u00E9 itu.",
                "Warga mengungsi ke masjid terdekat dan menunggu bantuan dari pemerintah daerah.");
        assertThat(draft.original()).as("the whole file is kept").isEqualTo(file);
    }

    @Test
    void base64PartWithoutDeclaredCharsetUsesThePagesOwn(@TempDir Path dir) throws Exception {
        String utf8Page = PAGE.replace("windows-1252", "utf-8");
        String encoded = Base64.getMimeEncoder().encodeToString(utf8Page.getBytes(StandardCharsets.UTF_8));
        Path saved = Files.writeString(dir.resolve("banjir.mht"), message("base64", encoded, null), StandardCharsets.US_ASCII);
        ArticleDraft draft = read(saved);
        assertThat(draft.lede()).endsWith("kata warga di caf\u00E9 itu.");
        assertThat(draft.warnings()).isEmpty();
    }

    @Test
    void anMhtmlWithoutAPageIsRejectedWithTheReason(@TempDir Path dir) throws Exception {
        String noHtml = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: image/png\r\n\r\nxx\r\n--b--\r\n";
        Path saved = Files.writeString(dir.resolve("kosong.mhtml"), noHtml);
        List<ReadOutcome> outcomes = new ArrayList<>();
        new ArticleReaders(ImportLimits.defaults()).read(saved, outcomes::add);
        assertThat(outcomes).singleElement().isInstanceOfSatisfying(ReadOutcome.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo("MHTML file without an HTML part"));
        Path notMime = Files.writeString(dir.resolve("rusak.mht"), "just some text without headers");
        outcomes.clear();
        new ArticleReaders(ImportLimits.defaults()).read(notMime, outcomes::add);
        assertThat(outcomes).singleElement().isInstanceOfSatisfying(ReadOutcome.Rejected.class,
                r -> assertThat(r.reason()).startsWith("not an MHTML file"));
    }

    @Test
    void quotedPrintableDecodesSoftBreaksAndEscapes() {
        byte[] decoded = Mhtml.quotedPrintable("caf=C3=A9 pan=\r\njang =3D ok".getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(decoded, StandardCharsets.UTF_8)).isEqualTo("caf\u00E9 panjang = ok");
    }
}
