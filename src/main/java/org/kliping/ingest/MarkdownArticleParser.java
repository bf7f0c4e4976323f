package org.kliping.ingest;

import org.kliping.domain.ArticleDraft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown clippings: optional {@code ---} front matter ({@code title:}, {@code source:}, {@code date:},
 * {@code url:}), a {@code # Title} heading, and paragraphs with the markup stripped (emphasis, links to their
 * text, images, code, quotes and list markers). Lines of one paragraph are joined, as Markdown renders them.
 */
final class MarkdownArticleParser {
    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("^([A-Za-z_-]+)\\s*:\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT_H1 = Pattern.compile("^\\s{0,3}=+\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s+\\S+.*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?");
    private static final String[][] INLINE = {
            {"</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>", ""}, // raw HTML tags: the body is plain text
            // bounded: no '[' inside link text, at most one '(...)' inside a URL, at most 1000 chars of emphasis,
            // so a line of 30,000 '[' or '*a' is read in linear time instead of hanging the import
            {"!\\[([^\\[\\]]*)]\\([^()]*(?:\\([^()]*\\)[^()]*)?\\)", ""},
            {"\\[([^\\[\\]]+)]\\([^()]*(?:\\([^()]*\\)[^()]*)?\\)", "$1"},
            {"\\[([^\\[\\]]+)]\\[[^\\[\\]]*]", "$1"},
            {"<(https?://[^>\\s]+)>", "$1"},
            {"(\\*\\*|__)(?=\\S)(.{1,1000}?)(?<=\\S)\\1", "$2"},
            {"(?<![\\p{L}\\d*])\\*(?=\\S)(.{1,1000}?)(?<=\\S)\\*(?![\\p{L}\\d*])", "$1"},
            {"(?<![\\p{L}\\d_])_(?=\\S)(.{1,1000}?)(?<=\\S)_(?![\\p{L}\\d_])", "$1"},
            {"~~(.{1,1000}?)~~", "$1"},
            {"`([^`]+)`", "$1"},
    };
    private static final List<Map.Entry<Pattern, String>> INLINE_PATTERNS = inlinePatterns();

    private final ArticleAssembler assembler;

    MarkdownArticleParser(ArticleAssembler assembler) {
        this.assembler = assembler;
    }

    ArticleDraft parse(byte[] bytes, Where where) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text().isBlank()) throw new UnreadableArticleException("empty file");
        List<String> lines = new ArrayList<>(decoded.text().replace("\r\n", "\n").replace('\r', '\n').lines().toList());
        Map<String, String> front = frontMatter(lines);
        Body body = body(lines);
        String title = front.getOrDefault("title", body.title());
        List<String> paragraphs = new ArrayList<>(body.paragraphs());
        if (body.title() != null && !body.title().equalsIgnoreCase(title)) {
            paragraphs.add(0, body.title()); // a heading under a front-matter title is text, not to be lost
        }
        KnownFields known = new KnownFields(front.get("id"), title, front.get("source"), front.get("place"),
                front.get("date"), front.get("url"), front.get("lang"), null);
        var original = new ArticleAssembler.Original(where, bytes, decoded.text(), decoded.warnings());
        return assembler.assemble(paragraphs, known, true, original);
    }

    /** Reads and removes YAML-ish front matter: flat {@code key: value} lines between {@code ---} fences. */
    private static Map<String, String> frontMatter(List<String> lines) {
        Map<String, String> fields = new HashMap<>();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) return fields;
        int end = -1;
        for (int i = 1; i < lines.size() && end < 0; i++) {
            if (lines.get(i).strip().equals("---") || lines.get(i).strip().equals("...")) end = i;
        }
        if (end < 0) return fields;
        for (String line : lines.subList(1, end)) {
            Matcher m = FRONT_MATTER_FIELD.matcher(line.strip());
            if (m.matches() && !m.group(2).isBlank()) {
                fields.put(m.group(1).toLowerCase(Locale.ROOT), unquote(m.group(2).strip()));
            }
        }
        lines.subList(0, end + 1).clear();
        return fields;
    }

    private record Body(String title, List<String> paragraphs) {
    }

    private static Body body(List<String> lines) {
        String title = null;
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inFence = false;
        for (String line : lines) {
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                flush(current, paragraphs);
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (!inFence && heading.matches()) {
                flush(current, paragraphs);
                if (title == null && heading.group(1).length() == 1 && paragraphs.isEmpty()) {
                    title = inline(heading.group(2));
                } else {
                    paragraphs.add(inline(heading.group(2)));
                }
            } else if (!inFence && SETEXT_H1.matcher(line).matches() && current.length() > 0) {
                if (title == null && paragraphs.isEmpty()) {
                    title = inline(current.toString());
                    current.setLength(0);
                } else {
                    flush(current, paragraphs);
                }
            } else if (line.isBlank() || (!inFence && (RULE.matcher(line).matches() || LINK_DEFINITION.matcher(line).matches()))) {
                flush(current, paragraphs);
            } else {
                appendLine(line, inFence, current, paragraphs);
            }
        }
        flush(current, paragraphs);
        return new Body(title, paragraphs);
    }

    private static void appendLine(String line, boolean inFence, StringBuilder current, List<String> paragraphs) {
        String text = inFence ? line : QUOTE.matcher(line).replaceFirst("");
        Matcher item = LIST_ITEM.matcher(text);
        if (!inFence && item.matches()) {
            // every list item is its own paragraph
            flush(current, paragraphs);
            text = item.group(1);
        }
        current.append(current.length() > 0 ? " " : "").append(inFence ? text : inline(text));
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = ParagraphSplitter.normaliseSpaces(current.toString());
        if (!paragraph.isEmpty()) paragraphs.add(paragraph);
        current.setLength(0);
    }

    static String inline(String text) {
        String result = text;
        for (Map.Entry<Pattern, String> rule : INLINE_PATTERNS) {
            result = rule.getKey().matcher(result).replaceAll(rule.getValue());
        }
        return result.strip();
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    private static List<Map.Entry<Pattern, String>> inlinePatterns() {
        List<Map.Entry<Pattern, String>> patterns = new ArrayList<>();
        for (String[] rule : INLINE) patterns.add(Map.entry(Pattern.compile(rule[0]), rule[1]));
        return List.copyOf(patterns);
    }
}
