package org.kliping.paper;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Makes test pages in code (issue 22): an article set in one or two columns under a headline, as a clean
 * scan, as a phone photo (on a table, tilted, blurred, noised, smaller, saved as JPEG), and as PDFs with and
 * without a text layer. Long words at a line end are hyphenated ({@code pem-} / {@code bangunan}), as papers do.
 */
public final class TestPages {

    /** An article as printed: what a perfect reader gives back. */
    public record Article(String headline, List<String> paragraphs) {
        public String printedText() {
            return headline + "\n\n" + String.join("\n\n", paragraphs);
        }
    }

    private TestPages() {
    }

    // ---- images -------------------------------------------------------------------------------------------

    /** A page scanned at {@code dpi}: A4-wide paper, a 10 pt serif body, a bold headline across the columns. */
    public static BufferedImage scan(Article article, int columns, int dpi) {
        int width = (int) Math.round(8.27 * dpi);
        double pt = dpi / 72.0;
        Font body = new Font("DejaVu Serif", Font.PLAIN, (int) Math.round(10 * pt));
        Font head = new Font("DejaVu Serif", Font.BOLD, (int) Math.round(22 * pt));
        int margin = (int) Math.round(0.7 * dpi);
        int gutter = (int) Math.round(0.3 * dpi);
        int columnWidth = (width - 2 * margin - (columns - 1) * gutter) / columns;

        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        FontMetrics bodyMetrics = pg.getFontMetrics(body);
        FontMetrics headMetrics = pg.getFontMetrics(head);
        List<String> headLines = wrap(List.of(article.headline()), headMetrics::stringWidth, width - 2 * margin, false);
        List<String> bodyLines = wrap(article.paragraphs(), bodyMetrics::stringWidth, columnWidth, true);
        pg.dispose();
        int lineHeight = (int) Math.round(bodyMetrics.getHeight() * 1.1);
        int headHeight = headLines.size() * headMetrics.getHeight() + lineHeight;
        int perColumn = (bodyLines.size() + columns - 1) / columns;
        int height = 2 * margin + headHeight + perColumn * lineHeight;

        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(250, 248, 240));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(20, 20, 20));
        g.setFont(head);
        int y = margin + headMetrics.getAscent();
        for (String line : headLines) {
            g.drawString(line, margin, y);
            y += headMetrics.getHeight();
        }
        g.setFont(body);
        int top = margin + headHeight + bodyMetrics.getAscent();
        for (int i = 0; i < bodyLines.size(); i++) {
            int column = i / perColumn;
            String line = bodyLines.get(i);
            if (line.isEmpty()) continue;
            g.drawString(line, margin + column * (columnWidth + gutter), top + (i % perColumn) * lineHeight);
        }
        g.dispose();
        return page;
    }

    /**
     * A phone photo of a clipping: the page on a darker table, turned by {@code degrees}, reduced to
     * {@code scale}, blurred by a {@code blur}-pixel box and noised with gaussian noise of {@code noise} grey levels.
     */
    public static BufferedImage photo(BufferedImage page, double degrees, double scale, int blur, double noise, long seed) {
        int border = page.getWidth() / 12;
        int w = page.getWidth() + 2 * border;
        int h = page.getHeight() + 2 * border;
        BufferedImage table = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = table.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(new Color(92, 70, 52));
        g.fillRect(0, 0, w, h);
        AffineTransform t = AffineTransform.getRotateInstance(Math.toRadians(degrees), w / 2.0, h / 2.0);
        t.translate(border, border);
        g.drawImage(page, t, null);
        g.dispose();
        int sw = (int) Math.round(w * scale);
        int sh = (int) Math.round(h * scale);
        BufferedImage small = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
        Graphics2D sg = small.createGraphics();
        sg.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        sg.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        sg.drawImage(table, 0, 0, sw, sh, null);
        sg.dispose();
        BufferedImage blurred = small;
        if (blur > 1) {
            float[] k = new float[blur * blur];
            java.util.Arrays.fill(k, 1f / k.length);
            blurred = new ConvolveOp(new Kernel(blur, blur, k), ConvolveOp.EDGE_NO_OP, null).filter(small, null);
        }
        Random random = new Random(seed);
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                int rgb = blurred.getRGB(x, y);
                int n = (int) Math.round(random.nextGaussian() * noise);
                int r = clamp(((rgb >> 16) & 0xff) + n);
                int gg = clamp(((rgb >> 8) & 0xff) + n);
                int b = clamp((rgb & 0xff) + n);
                blurred.setRGB(x, y, (r << 16) | (gg << 8) | b);
            }
        }
        return blurred;
    }

    public static byte[] jpeg(BufferedImage image, float quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            writer.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- PDFs ---------------------------------------------------------------------------------------------

    /**
     * A PDF with a text layer: each article on its own page(s) in {@code columns} columns under its headline,
     * with a running header and a page number on every page. The content stream writes column after column.
     */
    public static byte[] textPdf(List<Article> articles, int columns, String runningHeader) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        PDType1Font small = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float width = PDRectangle.A4.getWidth();
        float height = PDRectangle.A4.getHeight();
        float margin = 50;
        float gutter = 20;
        float bodySize = 10;
        float leading = 12.5f;
        float columnWidth = (width - 2 * margin - (columns - 1) * gutter) / columns;
        try (PDDocument doc = new PDDocument()) {
            int pageNumber = 0;
            for (Article article : articles) {
                List<String> lines = wrap(article.paragraphs(), s -> textWidth(regular, bodySize, s), columnWidth, true);
                List<String> headLines = wrap(List.of(article.headline()), s -> textWidth(bold, 20, s), width - 2 * margin, false);
                int i = 0;
                boolean first = true;
                while (i < lines.size()) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    pageNumber++;
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        write(cs, small, 8, margin, height - 30, runningHeader);
                        write(cs, small, 8, width / 2, 30, String.valueOf(pageNumber));
                        float y = height - margin - 10;
                        if (first) {
                            for (String h : headLines) {
                                write(cs, bold, 20, margin, y, h);
                                y -= 24;
                            }
                            y -= leading;
                            first = false;
                        }
                        int perColumn = (int) ((y - margin) / leading);
                        for (int c = 0; c < columns && i < lines.size(); c++) {
                            float ly = y;
                            for (int k = 0; k < perColumn && i < lines.size(); k++, i++) {
                                if (!lines.get(i).isEmpty()) write(cs, regular, bodySize, margin + c * (columnWidth + gutter), ly, lines.get(i));
                                ly -= leading;
                            }
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages of several PDFs one after the other in one PDF, each as it was (text layer or scan). */
    public static byte[] joinedPdf(List<byte[]> pdfs) {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            for (byte[] pdf : pdfs) {
                PDDocument source = org.apache.pdfbox.Loader.loadPDF(pdf);
                sources.add(source);
                for (PDPage page : source.getPages()) doc.importPage(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (PDDocument source : sources) {
                try {
                    source.close();
                } catch (IOException ignored) {
                    // a document read from memory has nothing to release
                }
            }
        }
    }

    /** A PDF of page images only, as a scanner makes it: no text layer. */
    public static byte[] scannedPdf(List<BufferedImage> pages, int dpi) {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDRectangle size = new PDRectangle(image.getWidth() * 72f / dpi, image.getHeight() * 72f / dpi);
                PDPage page = new PDPage(size);
                doc.addPage(page);
                PDImageXObject x = JPEGFactory.createFromImage(doc, image, 0.85f);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static double textWidth(PDType1Font font, float size, String s) {
        try {
            return font.getStringWidth(s) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- layout -------------------------------------------------------------------------------------------

    /**
     * Greedy line breaking; a word that does not fit and is long is split with a hyphen as papers do.
     * With {@code paragraphGaps} (body text) an empty line separates paragraphs.
     */
    static List<String> wrap(List<String> paragraphs, ToDoubleFunction<String> width, double max, boolean paragraphGaps) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width.applyAsDouble(candidate) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                int cut = paragraphGaps ? hyphenation(word, line, width, max) : 0; // headlines are not hyphenated
                if (cut > 0) {
                    lines.add(line + " " + word.substring(0, cut) + "-");
                    line.setLength(0);
                    line.append(word.substring(cut));
                } else {
                    if (line.length() > 0) lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            if (line.length() > 0) lines.add(line.toString());
            if (paragraphGaps) lines.add("");
        }
        if (paragraphGaps && !lines.isEmpty()) lines.remove(lines.size() - 1);
        return lines;
    }

    /** Where to cut a long plain word so its first part fits on the line: after a vowel, 3+ letters each side. */
    private static int hyphenation(String word, StringBuilder line, ToDoubleFunction<String> width, double max) {
        if (line.length() == 0 || word.length() < 8 || !word.chars().allMatch(Character::isLetter)) return 0;
        for (int cut = word.length() - 3; cut >= 3; cut--) {
            if ("aeiou".indexOf(Character.toLowerCase(word.charAt(cut - 1))) < 0) continue;
            if ("aeiou".indexOf(Character.toLowerCase(word.charAt(cut))) >= 0) continue;
            if (width.applyAsDouble(line + " " + word.substring(0, cut) + "-") <= max) return cut;
        }
        return 0;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
