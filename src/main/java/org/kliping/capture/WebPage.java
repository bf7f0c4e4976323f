package org.kliping.capture;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * What a server answered for an address: the bytes (decompressed) and what it said about them.
 *
 * @param requested    the address asked for
 * @param finalUrl     the address after redirects
 * @param contentType  the media type without parameters, lowercased, or null when the server sent none
 * @param charset      the charset the {@code Content-Type} header named, or null
 * @param body         the content; empty when {@link #notModified()}
 * @param validators   the {@code ETag} and {@code Last-Modified} to send next time
 * @param notModified  true when the server answered 304 to a conditional request
 */
public record WebPage(URI requested, URI finalUrl, String contentType, Charset charset, byte[] body,
                      Validators validators, boolean notModified) {

    /** HTML, or nothing said and the bytes look like HTML. */
    public boolean isHtml() {
        if (contentType == null || contentType.equals("application/octet-stream")) return looksLike("<html", "<!doctype html", "<head", "<body");
        return contentType.equals("text/html") || contentType.equals("application/xhtml+xml");
    }

    /** An RSS or Atom document by its type, or XML whose bytes look like a feed. */
    public boolean isFeed() {
        if (contentType != null && (contentType.contains("rss") || contentType.contains("atom") || contentType.contains("rdf"))) return true;
        boolean xmlOrUnknown = contentType == null || contentType.endsWith("/xml") || contentType.endsWith("+xml")
                || contentType.equals("text/plain") || contentType.equals("application/octet-stream");
        return xmlOrUnknown && looksLike("<rss", "<feed", "<rdf:rdf");
    }

    private boolean looksLike(String... starts) {
        String head = new String(body, 0, Math.min(body.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        for (String s : starts) {
            if (head.contains(s)) return true;
        }
        return false;
    }
}
