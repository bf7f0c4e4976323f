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
        // every candidate starts with '<': jump from one to the next instead of comparing at each character
        for (int i = text.indexOf('<', from); i >= 0 && i <= text.length() - what.length(); i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, what, 0, what.length())) return i;
        }
        return -1;
    }

    ArticleDraft parse(byte[] bytes, Where where) {
        return parse(bytes, where, null, null);
    }

    /**
     * @param served the charset a web server named for the bytes, or null: a BOM wins over it, and bytes that are
     *               not valid in it are read by the page's own {@code <meta>} declaration instead
     */
    ArticleDraft parse(byte[] bytes, Where where, Charset served) {
        return parse(bytes, where, null, served);
    }

    /**
     * @param baseUrl the address the page was fetched from (relative canonical links resolve against it, and it is
     *                the draft's URL when the page names none), or null for a saved file
     * @param served  as in {@link #parse(byte[], Where, Charset)}
     */
    ArticleDraft parse(byte[] bytes, Where where, String baseUrl, Charset served) {
        return parse(bytes, where, baseUrl, served, bytes);
    }

    /** A page saved as MHTML: the HTML part is read, the whole file is kept as the original. */
    ArticleDraft parseMhtml(byte[] bytes, Where where) {
        Mhtml.Page page = Mhtml.page(bytes);
        String location = page.location() != null && page.location().startsWith("http") ? page.location() : null;
        return parse(page.html(), where, location, page.charset(), bytes);
    }

    private ArticleDraft parse(byte[] bytes, Where where, String baseUrl, Charset served, byte[] originalBytes) {
        TextDecoder.Decoded decoded = decode(withoutStrayNuls(bytes), served);
        if (decoded.text().isBlank()) throw new UnreadableArticleException("empty file");
        refuseHugeTagNames(decoded.text());
        Document page = baseUrl == null ? Jsoup.parse(decoded.text()) : Jsoup.parse(decoded.text(), baseUrl);
        PageMetadata meta = PageMetadata.read(page);
        String url = absolute(meta.url(), baseUrl);
        if (url == null) url = baseUrl;
        String host = host(url);
        String source = Outlets.name(host, meta.siteName()).orElse(null);
        String title = title(page, meta, source, host);
        String heading = Optional.ofNullable(page.selectFirst("h1")).map(h1 -> ParagraphSplitter.normaliseSpaces(h1.text()))
                .orElse("");
        List<String> paragraphs = HtmlContent.paragraphs(page);
        // the page's own headline repeated at the top of the article body is not body text
        if (!paragraphs.isEmpty() && (paragraphs.get(0).equalsIgnoreCase(heading) || paragraphs.get(0).equalsIgnoreCase(title))) {
            paragraphs.remove(0);
        }
        if (paragraphs.isEmpty()) throw new UnreadableArticleException("no article text found in HTML");
        List<String> authors = meta.authors().isEmpty() ? Bylines.take(paragraphs) : meta.authors();
        String language = Languages.of(paragraphs).orElse(meta.declaredLanguage());
        KnownFields known = new KnownFields(null, title, source, null, meta.published(), url, language, null);
        var original = new ArticleAssembler.Original(where, originalBytes, decoded.text(), decoded.warnings());
        try {
            ArticleDraft draft = assembler.assemble(paragraphs, known, true, original, false);
            if (draft.source() == null && host != null) draft = draft.withSource(host);
            return authors.isEmpty() ? draft : draft.withAuthors(authors);
        } catch (UnreadableArticleException onlyBoilerplate) {
            throw new UnreadableArticleException("no article text found in HTML");
        }
    }

    /** Saved pages sometimes hold a few NUL bytes (a broken ad tag); they are no reason to refuse the page. */
    private static byte[] withoutStrayNuls(byte[] bytes) {
        int nuls = 0;
        for (byte b : bytes) if (b == 0) nuls++;
        if (nuls == 0 || nuls > bytes.length / 1000 || (bytes.length >= 2 && (bytes[0] & 0xFF) >= 0xFE)) return bytes;
        byte[] out = new byte[bytes.length - nuls];
        int i = 0;
        for (byte b : bytes) if (b != 0) out[i++] = b;
        return out;
    }

    private static String absolute(String url, String baseUrl) {
        if (url == null) return null;
        try {
            URI uri = URI.create(url.strip().replace(" ", "%20"));
            if (uri.isAbsolute()) return uri.getScheme().startsWith("http") ? uri.toString() : null;
            return baseUrl == null ? null : URI.create(baseUrl).resolve(uri).toString();
        } catch (IllegalArgumentException notAUri) {
            return null;
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

    private static String title(Document page, PageMetadata meta, String source, String host) {
        Optional<String> raw = Optional.ofNullable(meta.headline())
                .or(() -> firstAttribute(page, "meta[property=og:title]", "content"))
                .or(() -> Optional.ofNullable(page.selectFirst("h1")).map(Element::text).filter(t -> !t.isBlank()))
                .or(() -> Optional.of(page.title()).filter(t -> !t.isBlank()));
        return raw.map(t -> withoutSitePrefix(withoutSiteSuffix(ParagraphSplitter.normaliseSpaces(t),
                firstNonNull(meta.siteName(), source), host), firstNonNull(meta.siteName(), source), host)).orElse(null);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static final Pattern TITLE_PREFIX = Pattern.compile("^([^:|]{2,40}?)\\s*[:|]\\s+(.{8,})$");

    /** "KapanLagi.com: Judul" loses the outlet; "Jokowi: Kami Siap" keeps its speaker. */
    static String withoutSitePrefix(String title, String siteName, String host) {
        Matcher m = TITLE_PREFIX.matcher(title);
        if (!m.matches()) return title;
        String prefix = m.group(1).strip();
        String squashed = prefix.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d.]", "");
        boolean isSite = prefix.matches("(?i).*\\.(com|co\\.id|id|net|org|co)$")
                || (siteName != null && siteName.equalsIgnoreCase(prefix))
                || (host != null && squashed.length() > 3 && host.contains(squashed));
        return isSite ? m.group(2).strip() : title;
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

    private static Optional<String> meta(Document page, String selector) {
        return firstAttribute(page, selector, "content");
    }

    private static Optional<String> firstAttribute(Document page, String selector, String attribute) {
        return Optional.ofNullable(page.selectFirst(selector))
                .map(element -> element.attr(attribute).strip())
                .filter(value -> !value.isEmpty());
    }

    static String host(String url) {
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
