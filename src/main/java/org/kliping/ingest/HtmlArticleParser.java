package org.kliping.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kliping.domain.ArticleDraft;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saved web pages: the article text (from {@code <article>}, {@code [itemprop=articleBody]} or the densest
 * block of paragraphs, see {@link HtmlContent}) with title, outlet, date and URL from the page's metadata.
 * The paragraphs then go through the same boilerplate rules as plain text.
 */
final class HtmlArticleParser {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** Only the head of the file is searched for a declared charset, as browsers do. */
    private static final int CHARSET_SNIFF_BYTES = 4096;
    private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.+?)\\s+([|\\-\u2013\u2014:\u00BB])\\s+([^|\u2013\u2014\u00BB]+)$");
    private static final List<String> DATE_META = List.of("meta[property=article:published_time]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[itemprop=datePublished]",
            "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]");

    /** Far above any real element name; jsoup's time grows with the square of a tag name's length. */
    static final int MAX_TAG_NAME_CHARS = 1000;
    /** Elements whose content jsoup reads as text, not markup. */
    private static final Set<String> RAW_TEXT_ELEMENTS = Set.of("script", "style", "title", "textarea", "xmp",
            "iframe", "noembed", "noframes");

    private final ArticleAssembler assembler;

    HtmlArticleParser(ArticleAssembler assembler) {
        this.assembler = assembler;
    }

    /**
     * A tag name runs from {@code <} or {@code </} and an ASCII letter to whitespace, {@code /}, {@code >},
     * {@code <} or NUL, as jsoup reads it. jsoup lowercases the whole name again for every piece it reads, so a
     * damaged file with a tag name of millions of characters took over 30 s (found by {@code ImportFuzzTest}); no
     * page a browser shows has one, so such a file is refused at once. Comments and the text of raw-text elements
     * ({@code <script>}, {@code <style>}, ...) hold no tags and are skipped, as jsoup does: minified scripts have
     * long runs after a {@code <}.
     */
    static void refuseHugeTagNames(String html) {
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i + 1 < n) {
            if (html.startsWith("!--", i + 1)) {
                int close = html.indexOf("-->", i + 4);
                if (close < 0) return;
                i = html.indexOf('<', close + 3);
                continue;
            }
            boolean closing = html.charAt(i + 1) == '/';
            int start = closing ? i + 2 : i + 1;
            int end = start;
            if (start < n && isAsciiLetter(html.charAt(start))) {
                while (end < n && !endsTagName(html.charAt(end))) end++;
                if (end - start > MAX_TAG_NAME_CHARS) {
                    throw new UnreadableArticleException(String.format(Locale.ROOT,
                            "malformed HTML: a tag name of %,d characters at character %,d (real ones are short)",
                            end - start, i));
                }
                String name = html.substring(start, end).toLowerCase(Locale.ROOT);
                if (!closing && RAW_TEXT_ELEMENTS.contains(name)) {
                    int close = indexOfIgnoreCase(html, "</" + name, end);
                    if (close < 0) return;
                    end = close + 2 + name.length();
                }
            }
            i = html.indexOf('<', Math.max(end, i + 1));
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean endsTagName(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>' || c == '<' || c == 0;
    }

    private static int indexOfIgnoreCase(String text, String what, int from) {
        for (int i = from; i <= text.length() - what.length(); i++) {
            if (text.regionMatches(true, i, what, 0, what.length())) return i;
        }
        return -1;
    }

    ArticleDraft parse(byte[] bytes, Where where) {
        return parse(bytes, where, null);
    }

    /**
     * @param served the charset a web server named for the bytes, or null: a BOM wins over it, and bytes that are
     *               not valid in it are read by the page's own {@code <meta>} declaration instead
     */
    ArticleDraft parse(byte[] bytes, Where where, Charset served) {
        TextDecoder.Decoded decoded = decode(bytes, served);
        if (decoded.text().isBlank()) throw new UnreadableArticleException("empty file");
        refuseHugeTagNames(decoded.text());
        Document page = Jsoup.parse(decoded.text());
        String url = firstAttribute(page, "link[rel=canonical]", "href").or(() -> meta(page, "meta[property=og:url]"))
                .orElse(null);
        String source = meta(page, "meta[property=og:site_name]").orElseGet(() -> host(url));
        String title = title(page, source, url);
        String heading = Optional.ofNullable(page.selectFirst("h1")).map(h1 -> ParagraphSplitter.normaliseSpaces(h1.text()))
                .orElse("");
        List<String> paragraphs = HtmlContent.paragraphs(page);
        // the page's own headline repeated at the top of the article body is not body text
        if (!paragraphs.isEmpty() && (paragraphs.get(0).equalsIgnoreCase(heading) || paragraphs.get(0).equalsIgnoreCase(title))) {
            paragraphs.remove(0);
        }
        if (paragraphs.isEmpty()) throw new UnreadableArticleException("no article text found in HTML");
        KnownFields known = new KnownFields(null, title, source, null, date(page), url, language(page), null);
        var original = new ArticleAssembler.Original(where, bytes, decoded.text(), decoded.warnings());
        try {
            return assembler.assemble(paragraphs, known, true, original);
        } catch (UnreadableArticleException onlyBoilerplate) {
            throw new UnreadableArticleException("no article text found in HTML");
        }
    }

    /** The page's text: by BOM, else the charset the server named when the bytes fit it, else {@code <meta>}, else a guess. */
    static TextDecoder.Decoded decode(byte[] bytes, Charset served) {
        return (served == null ? Optional.<TextDecoder.Decoded>empty() : TextDecoder.decodeServed(bytes, served))
                .orElseGet(() -> declaredCharset(bytes)
                        .map(charset -> TextDecoder.decode(bytes, charset))
                        .orElseGet(() -> TextDecoder.decode(bytes)));
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (IllegalArgumentException unknownCharset) {
            return Optional.empty();
        }
    }

    private static String title(Document page, String source, String url) {
        Optional<String> raw = meta(page, "meta[property=og:title]")
                .or(() -> Optional.ofNullable(page.selectFirst("h1")).map(Element::text).filter(t -> !t.isBlank()))
                .or(() -> Optional.of(page.title()).filter(t -> !t.isBlank()));
        return raw.map(t -> withoutSiteSuffix(ParagraphSplitter.normaliseSpaces(t), source, host(url))).orElse(null);
    }

    /** "Judul Berita - Kompas.com" and "Judul | Detik" lose the outlet; a dash inside a real title stays. */
    static String withoutSiteSuffix(String title, String siteName, String host) {
        Matcher m = TITLE_SUFFIX.matcher(title);
        if (!m.matches()) return title;
        String suffix = m.group(3).strip();
        String squashed = suffix.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d.]", "");
        boolean isSite = suffix.contains(".") || (siteName != null && siteName.equalsIgnoreCase(suffix))
                || (host != null && !squashed.isEmpty() && host.contains(squashed))
                || (m.group(2).equals("|") && suffix.split("\\s+").length <= 4);
        return isSite ? m.group(1).strip() : title;
    }

    private static String date(Document page) {
        for (String selector : DATE_META) {
            Optional<String> value = meta(page, selector);
            if (value.isPresent()) return value.get();
        }
        return firstAttribute(page, "time[datetime]", "datetime").orElse(null);
    }

    private static String language(Document page) {
        String lang = page.select("html").attr("lang").strip().toLowerCase(Locale.ROOT);
        return lang.matches("[a-z]{2}([-_].*)?") ? lang.substring(0, 2) : null;
    }

    private static Optional<String> meta(Document page, String selector) {
        return firstAttribute(page, selector, "content");
    }

    private static Optional<String> firstAttribute(Document page, String selector, String attribute) {
        return Optional.ofNullable(page.selectFirst(selector))
                .map(element -> element.attr(attribute).strip())
                .filter(value -> !value.isEmpty());
    }

    private static String host(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url).getHost();
            if (host == null) return null;
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
