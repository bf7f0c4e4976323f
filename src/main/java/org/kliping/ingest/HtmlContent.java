package org.kliping.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article text in a page: page furniture (scripts, navigation, header, footer, asides, forms, ads,
 * share and comment blocks) is dropped, then the content root is the marked-up article body, else the
 * {@code <article>} with the most text, else the element whose own paragraphs hold the most text.
 */
final class HtmlContent {
    private static final String FURNITURE = "script, style, noscript, template, iframe, svg, canvas, nav, header, "
            + "footer, aside, form, button, select, figure, [hidden], [aria-hidden=true], [role=navigation], "
            + "[role=banner], [role=contentinfo], [role=complementary]";
    /** Class or id words of ads and widgets that sit inside articles (Indonesian outlets included). */
    private static final Pattern WIDGET_WORDS = Pattern.compile("(?i)(^|[-_\\s])(ads?|advert\\w*|iklan|banner|sponsor\\w*"
            + "|share|sharing|social|related|terkait|comments?|komentar|sidebar|newsletter|promo\\w*|baca-?juga"
            + "|breadcrumbs?|popular|populer|terpopuler|recommend\\w*)([-_\\s]|$)");
    /** A widget-looking element holding more than this share of the page text is the content itself. */
    private static final double WIDGET_MAX_SHARE = 0.3;
    /** Shorter paragraphs are captions, bylines and menu entries, not evidence of content. */
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "br", "hr", "figcaption", "address", "center");

    private HtmlContent() {
    }

    /** The page's article paragraphs, whitespace normalised; empty when the page holds no article text. */
    static List<String> paragraphs(Document page) {
        page.select(FURNITURE).remove();
        removeWidgets(page);
        Element root = contentRoot(page);
        return root == null ? new ArrayList<>() : blocks(root);
    }

    private static void removeWidgets(Document page) {
        int pageText = page.text().length();
        for (Element element : page.getAllElements()) {
            boolean looksLikeWidget = WIDGET_WORDS.matcher(element.className()).find()
                    || WIDGET_WORDS.matcher(element.id()).find();
            if (looksLikeWidget && element.parent() != null && element.text().length() < WIDGET_MAX_SHARE * pageText) {
                element.remove();
            }
        }
    }

    private static Element contentRoot(Document page) {
        Element marked = page.selectFirst("[itemprop=articleBody]");
        if (marked != null && !marked.text().isBlank()) return marked;
        Element article = largest(page.select("article"));
        if (article != null && !article.text().isBlank()) return article;
        Element densest = densestParagraphBlock(page);
        return densest != null ? densest : page.body();
    }

    private static Element largest(Elements elements) {
        return elements.stream().max(Comparator.comparingInt(e -> e.text().length())).orElse(null);
    }

    /**
     * The element holding the most paragraph text: each paragraph counts fully for its parent and half for its
     * grandparent (the Readability idea), so paragraphs wrapped one level deeper still add up to one block,
     * while menus and link lists (short or no paragraphs) score little.
     */
    private static Element densestParagraphBlock(Document page) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : page.select("p")) {
            int length = paragraph.text().length();
            if (length < MIN_PARAGRAPH_CHARS || paragraph.parent() == null) continue;
            scores.merge(paragraph.parent(), (double) length, Double::sum);
            Element grandparent = paragraph.parent().parent();
            if (grandparent != null) scores.merge(grandparent, length / 2.0, Double::sum);
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static List<String> blocks(Element root) {
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
