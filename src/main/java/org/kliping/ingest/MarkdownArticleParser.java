package org.kliping.ingest;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.kliping.domain.ArticleDraft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown clippings, read by commonmark-java (CommonMark): optional {@code ---} front matter ({@code title:},
 * {@code source:}, {@code date:}, {@code url:}), a level-one heading as the title, and every other block as a
 * paragraph of its text with the markup gone (emphasis, links to their text, images and raw HTML dropped, code as
 * written, backslash escapes and entities resolved). Each list item is its own paragraph; the lines of one paragraph
 * are joined, as Markdown renders them. Kliping's own export ({@code kliping-id:} in the front matter) is read back to
 * the same text: the metadata list under its title and its Highlights and Notes sections are not article text.
 */
final class MarkdownArticleParser {
    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("^([A-Za-z_-]+)\\s*:\\s*(.*)$");
    /** A line of the metadata list {@code MarkdownExport} writes under the title: {@code - **Source:** ...}. */
    private static final Pattern EXPORT_METADATA = Pattern.compile("^(Source|Place|Date|URL|Tags):\\s.*", Pattern.DOTALL);
    private static final java.util.Set<String> EXPORT_SECTIONS = java.util.Set.of("Highlights", "Notes");
    /** Nesting beyond this (a hostile file of 30,000 '>') is read as the text it holds, not as deeper blocks. */
    private static final int MAX_DEPTH = 64;
    private static final Parser PARSER = Parser.builder().build();

    private final ArticleAssembler assembler;

    MarkdownArticleParser(ArticleAssembler assembler) {
        this.assembler = assembler;
    }

    ArticleDraft parse(byte[] bytes, Where where) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text().isBlank()) throw new UnreadableArticleException("empty file");
        List<String> lines = new ArrayList<>(decoded.text().replace("\r\n", "\n").replace('\r', '\n').lines().toList());
        Map<String, String> front = frontMatter(lines);
        Body body = body(String.join("\n", lines), front.containsKey("kliping-id"));
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

    private static Body body(String markdown, boolean klipingExport) {
        Node document = PARSER.parse(markdown);
        Blocks blocks = new Blocks(klipingExport);
        blocks.children(document, 0);
        return new Body(blocks.title, blocks.paragraphs);
    }

    /** Walks the blocks of a document in order, collecting the title and the paragraphs. */
    private static final class Blocks {
        private final boolean klipingExport;
        private final List<String> paragraphs = new ArrayList<>();
        private String title;
        private boolean exportSectionsBegun;

        Blocks(boolean klipingExport) {
            this.klipingExport = klipingExport;
        }

        void children(Node parent, int depth) {
            for (Node n = parent.getFirstChild(); n != null && !exportSectionsBegun; n = n.getNext()) block(n, depth);
        }

        private void block(Node n, int depth) {
            if (n instanceof Heading h) {
                String text = inline(h);
                if (klipingExport && h.getLevel() == 2 && EXPORT_SECTIONS.contains(text)) {
                    exportSectionsBegun = true;
                } else if (title == null && h.getLevel() == 1 && paragraphs.isEmpty()) {
                    title = text;
                } else {
                    add(text);
                }
            } else if (n instanceof Paragraph) {
                add(inline(n));
            } else if (n instanceof FencedCodeBlock code) {
                add(code.getLiteral());
            } else if (n instanceof IndentedCodeBlock code) {
                add(code.getLiteral());
            } else if (n instanceof ListBlock list && klipingExport && paragraphs.isEmpty() && isExportMetadata(list)) {
                // the Source/Place/Date/URL/Tags list under the title: the front matter holds the same
                return;
            } else if (n instanceof HtmlBlock || n instanceof ThematicBreak) {
                return; // raw HTML is markup, not text; a rule separates
            } else if (depth < MAX_DEPTH) {
                children(n, depth + 1); // quotes, lists and their items
            } else {
                add(inline(n));
            }
        }

        private void add(String text) {
            String paragraph = ParagraphSplitter.normaliseSpaces(text);
            if (!paragraph.isEmpty()) paragraphs.add(paragraph);
        }

        private static boolean isExportMetadata(ListBlock list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!EXPORT_METADATA.matcher(inline(item)).matches()) return false;
            }
            return true;
        }
    }

    /** The text of a block's inline content: what a reader sees, without markup. */
    static String inline(Node block) {
        StringBuilder out = new StringBuilder();
        AbstractVisitor visitor = new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(Image image) {
                // a picture's description is not article text
            }

            @Override
            public void visit(HtmlInline html) {
                // tags only: the text between them is visited as text
            }

            @Override
            public void visit(FencedCodeBlock code) {
                out.append(code.getLiteral()).append(' ');
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                out.append(code.getLiteral()).append(' ');
            }

            @Override
            public void visit(Paragraph paragraph) {
                visitChildren(paragraph);
                out.append(' ');
            }

            @Override
            public void visit(Heading heading) {
                visitChildren(heading);
                out.append(' ');
            }
        };
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) child.accept(visitor);
        return ParagraphSplitter.normaliseSpaces(out.toString());
    }

    /** A YAML scalar's text: single quotes as they are, double quotes with their escapes (as the export writes). */
    static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) return value;
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 >= value.length() - 1) {
                out.append(c);
                continue;
            }
            char e = value.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'x' -> {
                    if (i + 2 < value.length() - 1 && isHex(value, i + 1, i + 3)) {
                        out.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                        i += 2;
                    } else {
                        out.append("\\x");
                    }
                }
                default -> out.append(e); // \" \\ and anything else: the character itself
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) if (Character.digit(s.charAt(i), 16) < 0) return false;
        return true;
    }
}
