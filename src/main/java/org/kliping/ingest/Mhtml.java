package org.kliping.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page saved as one MHTML file ({@code .mhtml}, {@code .mht}: Chrome's and Edge's "Webpage, single file"): a
 * MIME {@code multipart/related} message whose first {@code text/html} part is the page. That part is decoded
 * (quoted-printable or base64) and handed on with its charset and address ({@code Content-Location}).
 */
final class Mhtml {
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary\\s*=\\s*(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");

    /** The page part: its decoded bytes, the charset its headers declare (or null), its address (or null). */
    record Page(byte[] html, Charset charset, String location) {
    }

    private Mhtml() {
    }

    static Page page(byte[] bytes) {
        // headers and boundaries are ASCII; ISO-8859-1 keeps every byte as one char, so offsets are byte offsets
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int headerEnd = endOfHeaders(text, 0);
        if (headerEnd < 0) throw new UnreadableArticleException("not an MHTML file: no MIME headers");
        String headers = unfold(text.substring(0, headerEnd));
        String contentType = header(headers, "Content-Type");
        if (contentType == null) throw new UnreadableArticleException("not an MHTML file: no Content-Type header");
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            // a single-part message: the body is the page
            return part(headers, text.substring(bodyStart(text, headerEnd)), header(headers, "Content-Location"));
        }
        Matcher b = BOUNDARY.matcher(contentType);
        if (!b.find()) throw new UnreadableArticleException("malformed MHTML: multipart without a boundary");
        String delimiter = "--" + (b.group(1) != null ? b.group(1) : b.group(2));
        int at = text.indexOf(delimiter, headerEnd);
        while (at >= 0) {
            int partStart = at + delimiter.length();
            if (text.startsWith("--", partStart)) break; // the closing delimiter
            int next = text.indexOf(delimiter, partStart);
            String part = text.substring(partStart, next < 0 ? text.length() : next);
            int partHeaderEnd = endOfHeaders(part, 0);
            if (partHeaderEnd >= 0) {
                String partHeaders = unfold(part.substring(0, partHeaderEnd));
                String type = header(partHeaders, "Content-Type");
                if (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
                    return part(partHeaders, part.substring(bodyStart(part, partHeaderEnd)), header(partHeaders, "Content-Location"));
                }
            }
            at = next;
        }
        throw new UnreadableArticleException("MHTML file without an HTML part");
    }

    private static Page part(String headers, String body, String location) {
        String encoding = header(headers, "Content-Transfer-Encoding");
        byte[] raw = body.getBytes(StandardCharsets.ISO_8859_1);
        byte[] html = switch (encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT)) {
            case "quoted-printable" -> quotedPrintable(raw);
            case "base64" -> base64(body);
            default -> raw;
        };
        String type = header(headers, "Content-Type");
        Charset charset = null;
        if (type != null) {
            Matcher m = CHARSET.matcher(type);
            if (m.find()) {
                try {
                    charset = Charset.forName(m.group(1));
                } catch (IllegalArgumentException unknown) {
                    charset = null;
                }
            }
        }
        return new Page(html, charset, location == null ? null : location.strip());
    }

    private static byte[] base64(String body) {
        try {
            return Base64.getMimeDecoder().decode(body.strip());
        } catch (IllegalArgumentException e) {
            throw new UnreadableArticleException("malformed MHTML: the page's base64 does not decode");
        }
    }

    static byte[] quotedPrintable(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            byte c = in[i];
            if (c != '=') {
                out.write(c);
                continue;
            }
            if (i + 1 < in.length && in[i + 1] == '\n') { // soft line break
                i += 1;
            } else if (i + 2 < in.length && in[i + 1] == '\r' && in[i + 2] == '\n') {
                i += 2;
            } else if (i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
                i += 2;
            } else {
                out.write(c); // a stray '=' is kept, as lenient decoders do
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') return b - '0';
        if (b >= 'A' && b <= 'F') return b - 'A' + 10;
        if (b >= 'a' && b <= 'f') return b - 'a' + 10;
        return -1;
    }

    /** Index of the blank line ending the headers that start at {@code from}, or -1. */
    private static int endOfHeaders(String text, int from) {
        int start = from;
        while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) start++;
        int crlf = text.indexOf("\r\n\r\n", start);
        int lf = text.indexOf("\n\n", start);
        if (crlf < 0) return lf;
        if (lf < 0) return crlf;
        return Math.min(crlf, lf);
    }

    private static int bodyStart(String text, int headerEnd) {
        return text.startsWith("\r\n\r\n", headerEnd) ? headerEnd + 4 : headerEnd + 2;
    }

    private static String unfold(String headers) {
        return headers.replaceAll("\r?\n[ \t]+", " ");
    }

    private static String header(String headers, String name) {
        for (String line : headers.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) return line.substring(colon + 1).strip();
        }
        return null;
    }
}
