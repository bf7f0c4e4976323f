package org.kliping.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kliping.domain.ArticleDraft;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles split over several pages, as Indonesian outlets split them ({@code ?page=2}, {@code /2}, "Halaman
 * selanjutnya", numbered page links): finds the link to the next page, joins the pages' drafts into one article,
 * and keeps the pages' original bytes in one original that {@link #split} takes apart again (to read it anew).
 */
public final class ArticlePages {

    /** Pages read for one article at most, the first included. */
    public static final int MAX_PAGES = 10;

    /** Put before each page after the first in a joined original; ASCII, so it is found in the bytes of any page. */
    private static final String MARK = "<!-- kliping:next-page ";
    private static final String MARK_END = " -->\n";
    private static final Pattern NEXT_WORDS = Pattern.compile(
            "(halaman\\s+)?(selanjutnya|berikutnya)|next(\\s+page)?|lanjut|[»›>]+|next\\s*[»›>]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_PARAM = Pattern.compile("(?i)(?:^|&)(page|p|pg|halaman|hal)=(\\d{1,2})(?=&|$)");
    private static final Pattern PAGE_PATH = Pattern.compile("(?i)(/page|/halaman|/hal)?/(\\d{1,2})/?$");

    /** One page of a joined original: where it came from (null for the first: the article's own URL) and its bytes. */
    public record Page(String url, byte[] bytes) {
    }

    private ArticlePages() {
    }

    /**
     * The address of page {@code pageNumber + 1} of the article whose page {@code pageNumber} these bytes are: a
     * {@code rel="next"} link, a "next" link (Halaman selanjutnya, Berikutnya, Next, ») or the link numbered
     * {@code pageNumber + 1}, and only when it points at the same article (same host and path, the page as a
     * {@code page=}-like parameter or a trailing {@code /N}).
     */
    public static Optional<String> nextPage(byte[] bytes, Charset served, String pageUrl, int pageNumber) {
        if (pageNumber >= MAX_PAGES) return Optional.empty();
        Document page;
        try {
            String text = HtmlArticleParser.decode(bytes, served).text();
            HtmlArticleParser.refuseHugeTagNames(text);
            page = Jsoup.parse(text, pageUrl);
        } catch (UnreadableArticleException unreadable) {
            return Optional.empty();
        }
        URI here = uri(pageUrl);
        if (here == null) return Optional.empty();
        int next = pageNumber + 1;
        for (Element link : page.select("link[rel=next][href], a[rel~=(?i)\\bnext\\b][href], a[href]")) {
            String href = link.absUrl("href");
            URI target = uri(href);
            if (target == null || !isPageOf(here, target, next)) continue;
            boolean byRel = link.attr("rel").toLowerCase(Locale.ROOT).contains("next");
            String label = ParagraphSplitter.normaliseSpaces(link.text()).strip();
            if (byRel || label.equals(Integer.toString(next)) || NEXT_WORDS.matcher(label).matches()) {
                return Optional.of(withoutFragment(target));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code target} is page {@code number} of the article at {@code here}. */
    static boolean isPageOf(URI here, URI target, int number) {
        if (here.getHost() == null || !here.getHost().equalsIgnoreCase(target.getHost())) return false;
        Optional<Integer> n = pageNumber(target);
        return n.isPresent() && n.get() == number && articleKey(here).equals(articleKey(target));
    }

    private static Optional<Integer> pageNumber(URI u) {
        if (u.getRawQuery() != null) {
            Matcher m = PAGE_PARAM.matcher(u.getRawQuery());
            if (m.find()) return Optional.of(Integer.parseInt(m.group(2)));
        }
        Matcher m = PAGE_PATH.matcher(u.getRawPath() == null ? "" : u.getRawPath());
        return m.find() ? Optional.of(Integer.parseInt(m.group(2))) : Optional.empty();
    }

    /** The article's path and query without the page part. */
    private static String articleKey(URI u) {
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        String query = u.getRawQuery() == null ? "" : PAGE_PARAM.matcher(u.getRawQuery()).replaceAll("").replaceAll("^&+|&+$", "");
        if (u.getRawQuery() == null || !PAGE_PARAM.matcher(u.getRawQuery()).find()) path = PAGE_PATH.matcher(path).replaceAll("");
        path = path.replaceAll("/+$", "");
        return path + "?" + query.replaceAll("(?i)(^|&)(single|amp)=[^&]*", "");
    }

    /**
     * One article from the drafts of its pages, in order: the first page's title and metadata, and the paragraphs
     * of every page (a paragraph already seen, such as a repeated lede or box, is not repeated).
     */
    public static ArticleDraft join(List<ArticleDraft> pages, List<String> urls) {
        if (pages.size() == 1) return pages.get(0);
        ArticleDraft first = pages.get(0);
        Set<String> paragraphs = new LinkedHashSet<>();
        List<String> warnings = new ArrayList<>();
        ByteArrayOutputStream original = new ByteArrayOutputStream();
        StringBuilder originalText = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            ArticleDraft d = pages.get(i);
            paragraphs.addAll(d.paragraphs());
            for (String w : d.warnings()) if (!warnings.contains(w)) warnings.add(w);
            if (i > 0) {
                String mark = MARK + urls.get(i) + MARK_END;
                original.writeBytes(("\n" + mark).getBytes(StandardCharsets.US_ASCII));
                originalText.append('\n').append(mark);
            }
            original.writeBytes(d.original());
            originalText.append(d.originalText());
        }
        warnings.add("joined from " + pages.size() + " pages");
        return first.withBody(List.copyOf(paragraphs), original.toByteArray(), originalText.toString(), warnings);
    }

    /** The pages of an original {@link #join} made, or the original itself as one page. */
    public static List<Page> split(byte[] original) {
        byte[] mark = ("\n" + MARK).getBytes(StandardCharsets.US_ASCII);
        List<Page> pages = new ArrayList<>();
        String url = null;
        int from = 0;
        while (true) {
            int at = indexOf(original, mark, from);
            if (at < 0) {
                pages.add(new Page(url, java.util.Arrays.copyOfRange(original, from, original.length)));
                return pages;
            }
            pages.add(new Page(url, java.util.Arrays.copyOfRange(original, from, at)));
            int urlStart = at + mark.length;
            int urlEnd = indexOf(original, MARK_END.getBytes(StandardCharsets.US_ASCII), urlStart);
            if (urlEnd < 0) { // not a mark after all: the rest is one page
                pages.set(pages.size() - 1, new Page(url, java.util.Arrays.copyOfRange(original, from, original.length)));
                return pages;
            }
            url = new String(original, urlStart, urlEnd - urlStart, StandardCharsets.US_ASCII);
            from = urlEnd + MARK_END.length();
        }
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = from; i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    private static URI uri(String s) {
        try {
            URI u = new URI(s);
            return u.isAbsolute() ? u : null;
        } catch (java.net.URISyntaxException | NullPointerException e) {
            return null;
        }
    }

    private static String withoutFragment(URI u) {
        String s = u.toString();
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }
}
