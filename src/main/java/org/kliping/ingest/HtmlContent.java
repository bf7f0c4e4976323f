package org.kliping.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article text in a page (decision 0021). Page furniture is dropped first (scripts, and navigation,
 * headers, footers, asides, forms and widgets unless they hold most of the page's text: ASP.NET wraps whole pages
 * in one {@code <form>}). Then every run of text is credited to its nearest block, and each block with enough
 * text scores, as in Mozilla Readability, for its container and, less, for the container's ancestors; a
 * container's score shrinks with the share of its text inside links and grows or shrinks with its class and id
 * words. The best container is the content root, joined by sibling blocks that score close to it. Inside it,
 * link lists, widgets and related-post cards are removed; photo captions stay when they are most of the text.
 */
final class HtmlContent {
    private static final String ALWAYS_FURNITURE = "script, style, noscript, template, iframe, svg, canvas, button, "
            + "select, input, textarea, object, embed, [hidden], [aria-hidden=true], [style~=display:\\s*none], "
            + "nav, menu, [role=navigation]";
    private static final String FURNITURE = "footer, aside, header, form, [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=search], [role=dialog]";
    /** Class or id words of ads and widgets that sit inside articles (Indonesian outlets included). */
    private static final Pattern WIDGET_WORDS = Pattern.compile("(?i)(^|[-_\\s])(ads?|advert\\w*|iklan\\w*|banner\\w*"
            + "|sponsor\\w*|share\\w*|sharing|social\\w*|sosmed|related\\w*|terkait|comments?|commentlist|komentar\\w*"
            + "|sidebar\\w*|newsletter\\w*|promo\\w*|baca-?juga|bacajuga|breadcrumbs?|popular|populer|terpopuler"
            + "|recommend\\w*|widget\\w*|footer\\w*|foot|nav|navbar|navigation|menu\\w*|pagination|pager|subscri\\w*"
            + "|taboola|outbrain|tags?|tagcloud|tag-?list|author-?box|authorbox|about-?author|print|rating|masthead"
            + "|cookie\\w*|consent|modal|popup|disqus|toolbar|skip|more-?stories|read-?more|readmore|trending"
            + "|jp-relatedposts|yarpp\\w*|post-?nav\\w*|meta|byline|dateline|date|time|tanggal|byline\\w*"
            + "|signup|login|search|headline-?list|most-?read|box-?berita|berita-?lainnya|lainnya)([-_\\s]|$)");
    private static final Pattern POSITIVE_WORDS = Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main"
            + "|page|post|text|blog|story|detail|isi|berita|artikel|read|konten");
    private static final Pattern NEGATIVE_WORDS = Pattern.compile("(?i)(^|[-_\\s])(hidden|banner|combx|comment\\w*|com-"
            + "|contact|foot\\w*|masthead|media|meta|outbrain|promo\\w*|related\\w*|scroll|share\\w*|shoutbox|sidebar\\w*"
            + "|skyscraper|sponsor\\w*|shopping|tags?|tool\\w*|widget\\w*|teaser\\w*|card|list|thumb\\w*|nav\\w*"
            + "|baca-?juga|terkait|populer|iklan)([-_\\s]|$)");
    /** A furniture element holding more than this share of the page text is the content itself. */
    private static final double FURNITURE_MAX_SHARE = 0.4;
    /** A content root with less than this share of the page's paragraph text is widened to its parent. */
    private static final double WIDEN_BELOW_SHARE = 0.8;
    /** Shorter text runs are captions, bylines and menu entries, not evidence of content. */
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "br", "hr", "figcaption", "figure", "address", "center", "body", "form", "header", "footer", "aside",
            "nav", "tbody", "thead", "caption", "details", "summary", "font");
    /** Blocks that are one paragraph: their score goes to the element holding them. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "li", "blockquote", "h1", "h2", "h3", "h4",
            "h5", "h6", "dd", "dt", "figcaption", "th");

    /** Headings and captions are no evidence of where the article text is. */
    private static final Set<String> NOT_SCORED = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "th", "dt",
            "caption", "summary", "nav", "header", "footer", "aside");

    private HtmlContent() {
    }

    /** The page's article paragraphs, whitespace normalised; empty when the page holds no article text. */
    static List<String> paragraphs(Document page) {
        Element body = page.body();
        if (body == null) return new ArrayList<>();
        unwrapTemplates(body);
        body.select(ALWAYS_FURNITURE).remove();
        Map<Element, Stats> stats = new IdentityHashMap<>();
        allStats(body, stats);
        Element marked = body.selectFirst("[itemprop=articleBody]");
        removeFurniture(body, stats, marked);
        Element root = contentRoot(body, marked);
        if (root == null) return new ArrayList<>();
        clean(root);
        return withoutTrailingBoxes(blocks(root));
    }

    /** Blogger keeps the post's markup in a {@code <script type="text/template">} inside the article body. */
    private static void unwrapTemplates(Element body) {
        for (Element script : body.select("[itemprop=articleBody] > script[type=text/template]")) {
            String html = script.data();
            if (html.contains("<p") || html.contains("<br")) script.before(html);
        }
    }

    private static void removeFurniture(Element body, Map<Element, Stats> stats, Element keep) {
        int pageText = stats.get(body).chars();
        for (Element element : body.select(FURNITURE)) {
            if (element.parent() == null || contains(element, keep)) continue;
            if (stats.get(element).chars() < FURNITURE_MAX_SHARE * pageText) element.remove();
        }
        for (Element element : body.getAllElements()) {
            if (element == body || element.parent() == null || contains(element, keep)) continue;
            if (isWidget(element) && stats.get(element).chars() < 0.3 * pageText) element.remove();
        }
    }

    private static boolean contains(Element element, Element keep) {
        if (keep == null) return false;
        for (Element e = keep; e != null; e = e.parent()) {
            if (e == element) return true;
        }
        return false;
    }

    private static boolean isWidget(Element element) {
        String name = element.normalName();
        if (name.equals("a") || name.equals("p") || name.equals("article") || name.equals("main") || name.equals("body")) {
            return false;
        }
        String words = element.className() + " " + element.id();
        if (words.isBlank()) return false;
        if (!WIDGET_WORDS.matcher(words).find()) return false;
        // "post-content", "article-body" hold the text even when they also say "meta" or "share"
        return !(POSITIVE_WORDS.matcher(words).find() && element.text().length() > 500);
    }

    /** Per element: text length, text inside links, commas, of all its descendants. */
    private record Stats(int chars, int linkChars, int commas) {
    }

    private static Element contentRoot(Element body, Element marked) {
        Map<Element, int[]> own = ownText(body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Map.Entry<Element, int[]> entry : own.entrySet()) {
            int chars = entry.getValue()[0];
            if (chars < MIN_PARAGRAPH_CHARS) continue;
            Element block = entry.getKey();
            if (NOT_SCORED.contains(block.normalName())) continue;
            double points = 1 + entry.getValue()[2] + Math.min(chars / 100.0, 3);
            Element container = PARAGRAPHS.contains(block.normalName()) && block.parent() != null ? block.parent() : block;
            int level = 0;
            for (Element e = container; e != null && level < 5; e = e.parent(), level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(e, points / divider, Double::sum);
            }
        }
        // a short page (no paragraph long enough to score): its marked body, else the whole body
        if (scores.isEmpty()) return marked != null && !marked.text().isBlank() ? marked : body;
        Map<Element, Stats> stats = new IdentityHashMap<>();
        allStats(body, stats);
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element e = entry.getKey();
            Stats s = stats(e, stats);
            double score = (entry.getValue() + classWeight(e) + tagWeight(e)) * (1 - linkDensity(s));
            entry.setValue(score);
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        if (marked != null && !marked.text().isBlank() && stats(marked, stats).chars() >= 0.5 * stats(best, stats).chars()) {
            return marked;
        }
        // a parent holding the best block and more that scores nearly as well is the whole article
        Element root = best;
        for (Element parent = best.parent(); parent != null && parent != body.parent(); parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null || parentScore < bestScore * 0.75) break;
            root = parent;
        }
        root = widened(root, own, body);
        return withSiblings(root, scores, stats);
    }

    /**
     * Pages split into many boxes (recipes, guides, product pages) give the best block only part of the text:
     * while the root holds less than half of the page's paragraph text, its parent is taken instead.
     */
    private static Element widened(Element root, Map<Element, int[]> own, Element body) {
        int total = 0;
        Map<Element, Integer> paragraphChars = new IdentityHashMap<>();
        for (Map.Entry<Element, int[]> entry : own.entrySet()) {
            int chars = entry.getValue()[0];
            if (chars < MIN_PARAGRAPH_CHARS || NOT_SCORED.contains(entry.getKey().normalName())) continue;
            total += chars;
            for (Element e = entry.getKey(); e != null; e = e.parent()) paragraphChars.merge(e, chars, Integer::sum);
        }
        while (root != body && root.parent() != null && paragraphChars.getOrDefault(root, 0) < WIDEN_BELOW_SHARE * total) {
            root = root.parent();
        }
        return root;
    }

    /** Sibling blocks of the root that score well or read as paragraphs belong to the article too. */
    private static Element withSiblings(Element root, Map<Element, Double> scores, Map<Element, Stats> stats) {
        Element parent = root.parent();
        if (parent == null || root.normalName().equals("body")) return root;
        double rootScore = scores.getOrDefault(root, 0.0);
        double threshold = Math.max(10, rootScore * 0.2);
        List<Element> joined = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == root) {
                joined.add(sibling);
                continue;
            }
            double score = scores.getOrDefault(sibling, 0.0);
            boolean append = score >= threshold && sameKind(sibling, root);
            if (!append && sibling.normalName().equals("p")) {
                Stats s = stats(sibling, stats);
                String text = sibling.text();
                append = (s.chars() > 80 && linkDensity(s) < 0.25)
                        || (s.chars() > 0 && linkDensity(s) == 0 && text.matches(".*\\.( |$).*"));
            }
            if (append) joined.add(sibling);
        }
        if (joined.size() == 1) return root;
        Element wrapper = new Element("div");
        for (Element e : joined) wrapper.appendChild(e.clone());
        return wrapper;
    }

    private static boolean sameKind(Element sibling, Element root) {
        return classWeight(sibling) >= 0 || sibling.className().equals(root.className());
    }

    /** Each block's own text (text nodes whose nearest block ancestor it is): chars, link chars, commas. */
    private static Map<Element, int[]> ownText(Element body) {
        Map<Element, int[]> own = new IdentityHashMap<>();
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof TextNode textNode)) return;
            String text = textNode.getWholeText();
            int chars = visibleChars(text);
            if (chars == 0) return;
            Element block = null;
            boolean inLink = false;
            for (Element e = (Element) node.parent(); e != null; e = e.parent()) {
                if (e.normalName().equals("a")) inLink = true;
                if (BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    block = e;
                    break;
                }
            }
            if (block == null) return;
            int[] counts = own.computeIfAbsent(block, b -> new int[3]);
            counts[0] += chars;
            if (inLink) counts[1] += chars;
            counts[2] += commas(text);
        }, body);
        // link-only blocks (menus, tag lists) are no paragraphs
        own.values().removeIf(c -> c[1] > 0.5 * c[0]);
        return own;
    }

    /** Characters other than white space: cheaper than normalising the text, and as good a measure. */
    private static int visibleChars(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c != '\u00A0') n++;
        }
        return n;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') n++;
        }
        return n;
    }

    private static Stats stats(Element element, Map<Element, Stats> cache) {
        Stats cached = cache.get(element);
        if (cached != null) return cached;
        allStats(element, cache);
        return cache.get(element);
    }

    /** Text, link text and commas of {@code top} and every element under it, in one walk. */
    private static void allStats(Element top, Map<Element, Stats> cache) {
        List<int[]> stack = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element) {
                    stack.add(new int[3]);
                } else if (node instanceof TextNode t && !stack.isEmpty()) {
                    String text = t.getWholeText();
                    int[] counts = stack.get(stack.size() - 1);
                    counts[0] += visibleChars(text);
                    counts[2] += commas(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element element)) return;
                int[] counts = stack.remove(stack.size() - 1);
                if (element.normalName().equals("a")) counts[1] = counts[0];
                cache.put(element, new Stats(counts[0], counts[1], counts[2]));
                if (!stack.isEmpty()) {
                    int[] parent = stack.get(stack.size() - 1);
                    parent[0] += counts[0];
                    parent[1] += counts[1];
                    parent[2] += counts[2];
                }
            }
        }, top);
    }

    private static double linkDensity(Stats s) {
        return s.chars() == 0 ? 0 : Math.min(1, s.linkChars() / (double) s.chars());
    }

    private static double classWeight(Element e) {
        double weight = 0;
        for (String words : new String[]{e.className(), e.id()}) {
            if (words.isEmpty()) continue;
            if (NEGATIVE_WORDS.matcher(words).find()) weight -= 25;
            if (POSITIVE_WORDS.matcher(words).find()) weight += 25;
        }
        return weight;
    }

    private static double tagWeight(Element e) {
        return switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    /**
     * Inside the content root: lists and boxes that are mostly links (related posts, tag lists), nested
     * {@code <article>} cards, and figures unless their captions are most of the text (a photo page).
     */
    private static void clean(Element root) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        allStats(root, stats);
        int rootChars = stats(root, stats).chars();
        for (Element e : root.select("ul, ol, div, section, table, article, dl")) {
            if (e == root || e.parent() == null) continue;
            Stats s = stats(e, stats);
            if (s.commas() >= 10 || s.chars() > 0.5 * rootChars) continue;
            double density = linkDensity(s);
            boolean list = e.normalName().equals("ul") || e.normalName().equals("ol");
            if (density > 0.5 || (density > 0.25 && classWeight(e) < 25) || (!list && classWeight(e) < 0 && s.chars() < 200)) {
                e.remove();
            }
        }
        // a block that is only a short link ("weiterlesen", "zurück", a teaser title) is navigation
        for (Element link : root.select("a")) {
            Element parent = link.parent();
            if (parent == null || parent == root || !BLOCKS.contains(parent.normalName())) continue;
            String text = link.text();
            if (!text.isEmpty() && text.length() < 60 && parent.text().length() == text.length()) parent.remove();
        }
        Elements figures = root.select("figure");
        if (!figures.isEmpty()) {
            int figureChars = 0;
            for (Element f : figures) figureChars += f.text().length();
            if (figureChars < 0.5 * root.text().length()) figures.remove();
        }
    }

    /** Short lines that open what follows an article: related posts, comments, tag lists, in common languages. */
    private static final Pattern TRAILER = Pattern.compile("(?iu)^(?:berita|artikel|topik) (?:terkait|lainnya|terpopuler)"
            + "|^(?:baca|lihat) (?:juga|selengkapnya)$|^related (?:posts?|articles?|stories|content)|^you (?:may|might) also like"
            + "|^more (?:from|stories|on this)|^leave a (?:reply|comment)|^(?:\\d+ )?(?:comments?|kommentare?|komentar)\\b"
            + "|^mehr zum thema|^(?:ä|ae)hnliche (?:beitr(?:ä|ae)ge|artikel)|^das k(?:ö|oe)nnte (?:sie|dich) auch interessieren"
            + "|^auch interessant|^schlagw(?:ö|o)rter?\\b|^weitere (?:artikel|beitr(?:ä|ae)ge|informationen)$"
            + "|^temas relacionados|^art(?:í|i)culos relacionados|^(?:à|a) lire aussi|^sur le m(?:ê|e)me sujet|^share this\\b"
            + "|^tags?\\s*:|^bagikan\\b"
            + "|^(?:(?:ü|ue)ber (?:den|die) autor(?:in)?|about the authors?)$|^zum weiterlesen|^lesen sie (?:auch|mehr)"
            + "|^zur(?:ü|ue)ck zu(?:m|r)? |^kontakt\\s*:?$|^weitere (?:aktuelle |interessante )?(?:themen|tipps|tourentipps|news|meldungen)"
            + "|^zusatzinformationen\\s*:?$|^subscribe (?:now )?to\\b|^for the latest (?:stories|news)|^(?:also read|read (?:more|also|next))\\b"
            + "|^(?:most (?:read|popular)|trending now|recommended for you)$|^(?:te puede interesar|lee tambi(?:é|e)n|ver tambi(?:é|e)n"
            + "|noticias relacionadas)|^(?:czytaj (?:te(?:ż|z)|tak(?:ż|z)e)|polecamy|zapraszamy)\\b|^(?:à|a) d(?:é|e)couvrir aussi");

    /** Past the first half of the text, a {@link #TRAILER} line and all after it are left out. */
    private static List<String> withoutTrailingBoxes(List<String> paragraphs) {
        for (int i = Math.max(1, paragraphs.size() / 2); i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (p.length() <= 60 && TRAILER.matcher(p).find()) return new ArrayList<>(paragraphs.subList(0, i));
        }
        return paragraphs;
    }

    static List<String> blocks(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, paragraphs);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) flush(current, paragraphs);
            }
        }, root);
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = ParagraphSplitter.normaliseSpaces(current.toString());
        if (!paragraph.isEmpty()) paragraphs.add(paragraph);
        current.setLength(0);
    }
}
