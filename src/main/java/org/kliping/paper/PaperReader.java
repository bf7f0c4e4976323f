package org.kliping.paper;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.kliping.domain.OcrInfo;
import org.kliping.domain.PaperScan;
import org.kliping.domain.PaperText;
import org.kliping.domain.WordBox;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The entry point of the paper package: a PDF or a page image in, articles' text out. A PDF's text layer is
 * read with PDFBox; a page without one, and an image, go through OCR ({@link OcrEngine}). Pages of one file
 * are recognised in parallel ({@link PageOcr}).
 */
public final class PaperReader {
    /** A page that the engine has not read within this time is rejected (issue 22). */
    public static final Duration DEFAULT_PAGE_LIMIT = Duration.ofSeconds(120);
    /** Scanned PDF pages are rendered at this resolution for OCR: the engine reads 300 dpi best. */
    static final int SCAN_DPI = 300;
    /** Characters a page's text layer must have to be read as text rather than recognised as an image. */
    private static final int MIN_LAYER_CHARS = 20;

    private static final Map<String, String> MEDIA_TYPES = Map.of("pdf", "application/pdf", "png", "image/png",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "tif", "image/tiff", "tiff", "image/tiff", "webp", "image/webp");

    private final OcrEngine engine;
    private final PageOcr ocr;

    public PaperReader(OcrEngine engine) {
        this(engine, DEFAULT_PAGE_LIMIT, Runtime.getRuntime().availableProcessors());
    }

    public PaperReader(OcrEngine engine, Duration pageLimit, int threads) {
        this.engine = engine;
        this.ocr = new PageOcr(engine, pageLimit, threads);
    }

    /**
     * A page of an original as an image to show: {@code image} in a format any image toolkit reads (PNG or JPEG),
     * {@code pages} in the original, and {@code scale}, how many image pixels one unit of the word boxes is.
     */
    public record PageImage(byte[] image, int pages, double scale) {
    }

    /**
     * Page {@code page} (0-based) of a stored original as an image to show beside its text.
     *
     * @param boxDpi the resolution of the article's word boxes ({@link org.kliping.domain.PaperScan#dpi})
     * @throws PaperException when the original cannot be read or has no such page
     */
    public static PageImage pageImage(byte[] original, String mediaType, int page, int boxDpi) {
        return PageImages.render(original, mediaType, page, boxDpi);
    }

    /** Whether a file name is a PDF or an image this reader takes. */
    public static boolean isPaper(String fileName) {
        return mediaType(fileName).isPresent();
    }

    public static Optional<String> mediaType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        return Optional.ofNullable(MEDIA_TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** Whether the file needs OCR whatever its content (an image, not a PDF). */
    public static boolean isImage(String fileName) {
        return mediaType(fileName).filter(t -> t.startsWith("image/")).isPresent();
    }

    /** Empty when OCR can run; else what to install. */
    public Optional<String> ocrUnavailable() {
        return engine.unavailableReason();
    }

    /**
     * Reads one file: one article, or one per page with {@code splitPages} (a PDF of an e-paper edition).
     *
     * @throws PaperException with a reason for the user (not a PDF, OCR not installed, a page over the time limit)
     */
    public List<PaperText> read(byte[] bytes, String fileName, boolean splitPages) {
        String mediaType = mediaType(fileName).orElseThrow(() -> new PaperException("not a PDF or image file"));
        if (mediaType.equals("application/pdf")) return readPdf(bytes, splitPages);
        requireOcr();
        BufferedImage image = image(bytes, mediaType);
        PageOcr.Page page = ocr.recognise(List.of(image), 0).get(0);
        return List.of(text(mediaType, List.of(page.lines()), List.of(page.words()), ocrInfo(List.of(page)), page.dpi()));
    }

    private void requireOcr() {
        engine.unavailableReason().ifPresent(reason -> {
            throw new PaperException(reason);
        });
    }

    private static BufferedImage image(byte[] bytes, String mediaType) {
        if (mediaType.equals("image/webp") && !ImageIO.getImageReadersByMIMEType("image/webp").hasNext()) {
            throw new PaperException("no WebP reader is installed: convert the image to PNG or JPEG");
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) throw new PaperException("not a readable " + mediaType + " image");
            return image;
        } catch (IOException e) {
            throw new PaperException("not a readable " + mediaType + " image: " + e.getMessage(), e);
        }
    }

    private List<PaperText> readPdf(byte[] bytes, boolean splitPages) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) throw new PaperException("the PDF has no pages");
            PdfTextLayer layer = PdfTextLayer.of(document);
            List<List<TextLine>> lines = RunningLines.drop(layer.pages());
            List<Integer> scanned = new ArrayList<>();
            for (int p = 0; p < pages; p++) {
                if (chars(lines.get(p)) < MIN_LAYER_CHARS) scanned.add(p);
            }
            if (scanned.size() == pages) return readScannedPdf(document, splitPages);
            if (!scanned.isEmpty()) return readMixedPdf(document, layer, scanned, splitPages);
            List<List<WordBox>> boxes = new ArrayList<>();
            for (int p = 0; p < pages; p++) boxes.add(layerBoxes(layer.words(p), 1));
            return assemble("application/pdf", lines, boxes, null, 72, splitPages);
        } catch (InvalidPasswordException e) {
            throw new PaperException("the PDF is encrypted with a password");
        } catch (IOException e) {
            throw new PaperException("not a readable PDF: " + e.getMessage(), e);
        }
    }

    private List<PaperText> readScannedPdf(PDDocument document, boolean splitPages) throws IOException {
        requireOcr();
        PDFRenderer renderer = new PDFRenderer(document);
        List<BufferedImage> images = new ArrayList<>();
        for (int p = 0; p < document.getNumberOfPages(); p++) {
            images.add(renderer.renderImageWithDPI(p, SCAN_DPI, ImageType.GRAY));
        }
        List<PageOcr.Page> pages = ocr.recognise(images, SCAN_DPI);
        List<List<TextLine>> lines = RunningLines.drop(pages.stream().map(PageOcr.Page::lines).toList());
        List<List<WordBox>> boxes = pages.stream().map(PageOcr.Page::words).toList();
        if (!splitPages) return assemble("application/pdf", lines, boxes, ocrInfo(pages), SCAN_DPI, false);
        List<PaperText> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            out.addAll(assemble("application/pdf", List.of(lines.get(p)), List.of(boxes.get(p)),
                    ocrInfo(List.of(pages.get(p))), SCAN_DPI, false));
        }
        return out;
    }

    /**
     * A PDF with pages of both kinds (a scanned page inserted in an e-paper edition, a cover scan): pages with a text
     * layer are read as text, the others recognised, all in page order. Lines are compared in points; word boxes
     * are in the scans' pixels ({@link #SCAN_DPI}), the text layer's scaled to them.
     */
    private List<PaperText> readMixedPdf(PDDocument document, PdfTextLayer layer, List<Integer> scanned,
                                         boolean splitPages) throws IOException {
        engine.unavailableReason().ifPresent(reason -> {
            throw new PaperException((scanned.size() == 1 ? "page " : "pages ") + pageList(scanned) + " of the PDF "
                    + (scanned.size() == 1 ? "has no text layer and needs" : "have no text layer and need") + " OCR: " + reason);
        });
        PDFRenderer renderer = new PDFRenderer(document);
        List<BufferedImage> images = new ArrayList<>();
        for (int p : scanned) images.add(renderer.renderImageWithDPI(p, SCAN_DPI, ImageType.GRAY));
        List<PageOcr.Page> recognised = ocr.recognise(images, scanned, SCAN_DPI);
        float toPoints = 72f / SCAN_DPI;
        List<List<TextLine>> raw = new ArrayList<>();
        List<List<WordBox>> boxes = new ArrayList<>();
        for (int p = 0; p < document.getNumberOfPages(); p++) {
            int at = scanned.indexOf(p);
            if (at >= 0) {
                raw.add(recognised.get(at).lines().stream().map(l -> new TextLine(l.page(), l.paragraph(),
                        l.size() * toPoints, l.top() * toPoints, l.left() * toPoints, l.words())).toList());
                boxes.add(recognised.get(at).words());
            } else {
                // paragraph keys of their own: a text page's small counters never meet a recognised page's keys
                raw.add(layer.pages().get(p).stream().map(l -> new TextLine(l.page(), -1 - l.paragraph(), l.size(),
                        l.top(), l.left(), l.words())).toList());
                boxes.add(layerBoxes(layer.words(p), (double) SCAN_DPI / 72));
            }
        }
        return assemble("application/pdf", RunningLines.drop(raw), boxes, ocrInfo(recognised), SCAN_DPI, splitPages);
    }

    private static String pageList(List<Integer> pages) {
        return String.join(", ", pages.stream().map(p -> String.valueOf(p + 1)).toList());
    }

    private List<PaperText> assemble(String mediaType, List<List<TextLine>> pages, List<List<WordBox>> boxes,
                                     OcrInfo ocrInfo, int dpi, boolean splitPages) {
        if (!splitPages) return List.of(text(mediaType, pages, boxes, ocrInfo, dpi));
        List<PaperText> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            if (chars(pages.get(p)) >= MIN_LAYER_CHARS) {
                out.add(text(mediaType, List.of(pages.get(p)), List.of(boxes.get(p)), ocrInfo, dpi));
            }
        }
        if (out.isEmpty()) throw new PaperException("no text found on any page");
        return out;
    }

    private static PaperText text(String mediaType, List<List<TextLine>> pages, List<List<WordBox>> boxes,
                                  OcrInfo ocrInfo, int dpi) {
        List<TextLine> all = new ArrayList<>();
        pages.forEach(all::addAll);
        List<TextLine> firstPage = pages.stream().filter(p -> !p.isEmpty()).findFirst().orElse(List.of());
        Headline.Split split = Headline.of(firstPage);
        List<TextLine> body = new ArrayList<>(split.body());
        for (List<TextLine> page : pages) {
            if (page != firstPage) body.addAll(page);
        }
        List<String> paragraphs = Paragraphs.of(body);
        if (paragraphs.isEmpty()) throw new PaperException("no text found");
        List<WordBox> words = new ArrayList<>();
        boxes.forEach(words::addAll);
        return new PaperText(split.headline(), paragraphs, new PaperScan(mediaType, ocrInfo, dpi, words));
    }

    private OcrInfo ocrInfo(List<PageOcr.Page> pages) {
        double sum = 0;
        long n = 0;
        for (PageOcr.Page p : pages) {
            for (WordBox w : p.words()) {
                sum += w.confidence();
                n++;
            }
        }
        return new OcrInfo(engine.name(), engine.languages(), n == 0 ? 0 : Math.round(sum / n * 10) / 10.0);
    }

    /** @param scale word-box units per point (1: boxes in points) */
    private static List<WordBox> layerBoxes(List<PdfTextLayer.PdfWord> words, double scale) {
        return words.stream().map(w -> new WordBox(w.page(), (int) Math.round(w.x() * scale), (int) Math.round(w.y() * scale),
                (int) Math.round(w.width() * scale), (int) Math.round(w.height() * scale), w.text(), 100, -1, -1)).toList();
    }

    private static int chars(List<TextLine> lines) {
        int n = 0;
        for (TextLine line : lines) n += line.text().length();
        return n;
    }
}
