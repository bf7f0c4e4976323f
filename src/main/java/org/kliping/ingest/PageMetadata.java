package org.kliping.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a page says about its article, read before any furniture is removed (a {@code <time>} in the article's
 * header, a dateline in a byline box): JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting}),
 * OpenGraph and other {@code <meta>} tags, {@code <time datetime>}, {@code itemprop} markup, and visible date
 * lines such as {@code Rabu, 4 November 2015 | 21:04 WIB}. Every field may be null (authors: empty).
 */
record PageMetadata(String headline, String siteName, String publisher, String url, String published,
                    String modified, List<String> authors, String declaredLanguage) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "socialmediaposting",
            "liveblogposting", "techarticle", "scholarlyarticle", "report", "posting", "webpage", "creativework");
    private static final List<String> DATE_META = List.of("meta[property=article:published_time]",
            "meta[property=og:article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=content_PublishedDate]", "meta[name=publishdate]",
            "meta[name=pubdate]", "meta[name=publish-date]", "meta[name=publish_date]", "meta[name=dtk:publishdate]",
            "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[property=article:published]",
            "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[name=dcterms.created]",
            "meta[name=dcterms.date]", "meta[name=citation_publication_date]", "meta[name=originalpublicationdate]");
    private static final List<String> AUTHOR_META = List.of("meta[name=author]", "meta[property=article:author]",
            "meta[name=dc.creator]", "meta[name=DC.creator]", "meta[name=parsely-author]", "meta[name=sailthru.author]",
            "meta[name=content_author]", "meta[name=dtk:author]", "meta[name=byl]");
    /** Class or id of an element that shows the publication date ("read__time", "date", "tanggal"). */
    private static final Pattern DATE_BOX = Pattern.compile("(?i)date|time|tanggal|waktu|publish|posted|dateline|jam");
    private static final Pattern AUTHOR_BOX = Pattern.compile("(?i)(^|[-_\\s])(author|byline|penulis|reporter|writer)(\\w*)($|[-_\\s])");
    private static final int DATE_BOX_MAX_CHARS = 120;

    static PageMetadata read(Document page) {
        JsonLd ld = JsonLd.read(page);
        String headline = ld.headline;
        String site = meta(page, "meta[property=og:site_name]").orElse(null);
        String url = Optional.ofNullable(ld.url).filter(u -> u.startsWith("http"))
                .or(() -> attribute(page, "link[rel=canonical]", "href"))
                .or(() -> meta(page, "meta[property=og:url]")).orElse(null);
        // a canonical link beats JSON-LD's url, which some sites fill with the home page
        Optional<String> canonical = attribute(page, "link[rel=canonical]", "href").or(() -> meta(page, "meta[property=og:url]"));
        if (canonical.isPresent()) url = canonical.get();
        String published = firstNonBlank(ld.published, metaDate(page), timeDate(page), visibleDate(page));
        List<String> authors = new ArrayList<>(ld.authors);
        if (authors.isEmpty()) authors.addAll(metaAuthors(page, site, ld.publisher));
        if (authors.isEmpty()) authors.addAll(markedAuthors(page));
        String lang = page.select("html").attr("lang").strip().toLowerCase(Locale.ROOT);
        return new PageMetadata(headline, site, ld.publisher, url, published, ld.modified, cleanAuthors(authors, site, ld.publisher),
                lang.matches("[a-z]{2}([-_].*)?") ? lang.substring(0, 2) : null);
    }

    private static String metaDate(Document page) {
        for (String selector : DATE_META) {
            Optional<String> value = meta(page, selector);
            if (value.isPresent()) return value.get();
        }
        return null;
    }

    /** {@code <time datetime>} (the first in the article when there is one), or itemprop=datePublished. */
    private static String timeDate(Document page) {
        Element inArticle = page.selectFirst("article time[datetime], [itemprop=articleBody] time[datetime], main time[datetime]");
        Element time = inArticle != null ? inArticle : page.selectFirst("time[datetime]");
        if (time != null && !time.attr("datetime").isBlank()) return time.attr("datetime").strip();
        Element marked = page.selectFirst("[itemprop=datePublished]");
        if (marked != null) {
            String value = firstNonBlank(marked.attr("content"), marked.attr("datetime"), marked.text());
            if (value != null) return value;
        }
        return null;
    }

    /** A short element whose class or id says date or time and whose text holds a full date. */
    private static String visibleDate(Document page) {
        for (Element e : page.body() == null ? List.<Element>of() : page.body().getAllElements()) {
            String words = e.className() + " " + e.id();
            if (words.isBlank() || !DATE_BOX.matcher(words).find()) continue;
            String text = e.text();
            if (text.isEmpty() || text.length() > DATE_BOX_MAX_CHARS) continue;
            Optional<IndonesianDates.Mention> mention = IndonesianDates.find(text, null);
            if (mention.isPresent() && mention.get().date().isPresent()) return mention.get().text();
        }
        // a dateline in a plain element ("<b>Rabu, 4 November 2015 | 21:04 WIB</b>"): a full date with a time zone
        for (Element e : page.body() == null ? List.<Element>of() : page.body().getAllElements()) {
            String own = e.ownText();
            if (own.length() < 10 || own.length() > DATE_BOX_MAX_CHARS || !DATELINE.matcher(own).find()) continue;
            Optional<IndonesianDates.Mention> mention = IndonesianDates.find(own, null);
            if (mention.isPresent() && mention.get().date().isPresent()) return mention.get().text();
        }
        return null;
    }

    /** A year and a clock time in an Indonesian time zone: how outlets print the publication time. */
    private static final Pattern DATELINE = Pattern.compile("\\b(?:19|20)\\d\\d\\b.*\\b\\d{1,2}[:.]\\d\\d\\s*(?:WIB|WITA|WIT)\\b");

    private static List<String> metaAuthors(Document page, String site, String publisher) {
        List<String> found = new ArrayList<>();
        for (String selector : AUTHOR_META) {
            for (Element e : page.select(selector)) {
                String value = e.attr("content").strip();
                if (!value.isEmpty() && !value.startsWith("http")) found.addAll(splitNames(value));
            }
            if (!found.isEmpty()) return found;
        }
        return found;
    }

    /** {@code itemprop=author}, {@code rel=author} and byline boxes that read as a name. */
    private static List<String> markedAuthors(Document page) {
        List<String> found = new ArrayList<>();
        for (Element e : page.select("[itemprop=author], a[rel=author], [rel=author]")) {
            Element name = e.selectFirst("[itemprop=name]");
            String text = name != null ? firstNonBlank(name.attr("content"), name.text()) : firstNonBlank(e.attr("content"), e.text());
            if (text != null) found.addAll(splitNames(text));
        }
        if (!found.isEmpty() || page.body() == null) return found;
        for (Element e : page.body().getAllElements()) {
            String words = e.className() + " " + e.id();
            if (words.isBlank() || !AUTHOR_BOX.matcher(words).find()) continue;
            String text = e.text();
            if (text.isEmpty() || text.length() > 80) continue;
            found.addAll(splitNames(text));
            if (!found.isEmpty()) return found;
        }
        return found;
    }

    private static final Pattern BYLINE_LABEL = Pattern.compile(
            "(?i)^(?:by|oleh|penulis|reporter|pewarta|ditulis oleh|written by|author|kontributor)\\s*[:\\-]?\\s*");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bdan\\b|\\|)\\s*");

    /** A job title where a name was expected ("Fahreza Rizky , Jurnalis"). */
    private static final Pattern ROLE = Pattern.compile(
            "(?i)^(?:jurnalis|wartawan|reporter|kontributor|editor|redaktur|penyunting|fotografer|tim|admin|redaksi)\\b");

    static List<String> splitNames(String text) {
        String s = ParagraphSplitter.normaliseSpaces(text);
        s = BYLINE_LABEL.matcher(s).replaceFirst("");
        // "Penulis: Ani | Editor: Budi": only the writer's part
        int editor = s.toLowerCase(Locale.ROOT).indexOf("editor");
        if (editor > 0) s = s.substring(0, editor);
        List<String> names = new ArrayList<>();
        for (String part : NAME_SEPARATORS.split(s)) {
            // "Kapanlagi.com/Agus Apriyanto": the outlet before the slash is no part of the name
            if (part.indexOf('/') > 0 && !part.contains("//")) part = part.substring(part.lastIndexOf('/') + 1);
            String name = part.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.]]+$", "").strip();
            if (ROLE.matcher(name).find()) continue;
            if (looksLikeName(name)) names.add(name);
        }
        return names;
    }

    private static boolean looksLikeName(String name) {
        if (name.length() < 2 || name.length() > 60) return false;
        if (name.chars().anyMatch(Character::isDigit)) return false;
        if (name.contains("http") || name.contains("@") || name.contains("/")) return false;
        return name.split("\\s+").length <= 6 && Character.isLetter(name.charAt(0));
    }

    /** Without duplicates, and without the outlet named as its own author. */
    private static List<String> cleanAuthors(List<String> authors, String site, String publisher) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String a : authors) {
            String name = ParagraphSplitter.normaliseSpaces(a);
            String key = name.toLowerCase(Locale.ROOT);
            if (name.isEmpty() || key.equalsIgnoreCase(site == null ? "" : site) || key.equalsIgnoreCase(publisher == null ? "" : publisher)) continue;
            if (seen.add(key)) out.add(name);
        }
        return out;
    }

    private static Optional<String> meta(Document page, String selector) {
        return attribute(page, selector, "content");
    }

    private static Optional<String> attribute(Document page, String selector, String attribute) {
        return Optional.ofNullable(page.selectFirst(selector)).map(e -> e.attr(attribute).strip()).filter(v -> !v.isEmpty());
    }

    static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    /** The article object of a page's JSON-LD blocks (arrays and {@code @graph} included). */
    private static final class JsonLd {
        String headline;
        String published;
        String modified;
        String publisher;
        String url;
        final List<String> authors = new ArrayList<>();

        static JsonLd read(Document page) {
            JsonLd ld = new JsonLd();
            for (Element script : page.select("script[type=application/ld+json]")) {
                JsonNode root;
                try {
                    root = JSON.readTree(script.data().strip());
                } catch (JsonProcessingException | RuntimeException broken) {
                    continue; // pages often carry broken JSON-LD: the rest of the page still counts
                }
                if (root != null) ld.visit(root, 0);
                if (ld.headline != null && ld.published != null) break;
            }
            return ld;
        }

        private void visit(JsonNode node, int depth) {
            if (depth > 4 || node == null) return;
            if (node.isArray()) {
                for (JsonNode item : node) visit(item, depth + 1);
                return;
            }
            if (!node.isObject()) return;
            if (node.has("@graph")) visit(node.get("@graph"), depth + 1);
            if (!isArticle(node)) return;
            boolean webPage = types(node).stream().allMatch(t -> t.equals("webpage") || t.equals("creativework"));
            if (webPage && headline != null) return;
            if (headline == null || !webPage) {
                String h = firstNonBlank(text(node.get("headline")), webPage ? null : text(node.get("name")));
                if (h != null && (headline == null || !webPage)) headline = h;
            }
            if (published == null) published = text(node.get("datePublished"));
            if (modified == null) modified = text(node.get("dateModified"));
            if (publisher == null && node.has("publisher")) publisher = name(node.get("publisher"));
            if (url == null) url = firstNonBlank(text(node.get("url")), id(node.get("mainEntityOfPage")));
            if (authors.isEmpty() && node.has("author")) {
                JsonNode author = node.get("author");
                if (author.isArray()) {
                    for (JsonNode a : author) addAuthor(a);
                } else {
                    addAuthor(author);
                }
            }
        }

        private void addAuthor(JsonNode author) {
            String n = name(author);
            if (n != null) authors.addAll(splitNames(n));
        }

        private static boolean isArticle(JsonNode node) {
            for (String type : types(node)) if (ARTICLE_TYPES.contains(type)) return true;
            return false;
        }

        private static List<String> types(JsonNode node) {
            JsonNode type = node.get("@type");
            List<String> out = new ArrayList<>();
            if (type == null) return out;
            if (type.isArray()) {
                type.forEach(t -> out.add(t.asText().toLowerCase(Locale.ROOT)));
            } else {
                out.add(type.asText().toLowerCase(Locale.ROOT));
            }
            return out;
        }

        private static String name(JsonNode node) {
            if (node == null) return null;
            if (node.isTextual()) return node.asText().startsWith("http") ? null : node.asText();
            if (node.isArray()) return node.isEmpty() ? null : name(node.get(0));
            return text(node.get("name"));
        }

        private static String id(JsonNode node) {
            if (node == null) return null;
            if (node.isTextual()) return node.asText();
            return text(node.get("@id"));
        }

        private static String text(JsonNode node) {
            if (node == null || node.isNull()) return null;
            if (node.isArray()) return node.isEmpty() ? null : text(node.get(0));
            String s = node.asText();
            return s == null || s.isBlank() ? null : ParagraphSplitter.normaliseSpaces(s);
        }
    }
}
