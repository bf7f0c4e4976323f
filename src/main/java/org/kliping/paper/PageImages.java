package org.kliping.paper;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page of a stored original as an image to show beside the text: a PDF page rendered, an image decoded. PNG and
 * JPEG originals are handed on as they are (every image toolkit reads them); other formats are re-encoded as PNG.
 */
final class PageImages {
    /** PDF pages are shown at this resolution: sharp at a reader's width, a fraction of the OCR rendering's cost. */
    static final int SHOW_DPI = 144;

    private PageImages() {
    }

    static PaperReader.PageImage render(byte[] original, String mediaType, int page, int boxDpi) {
        if (mediaType.equals("application/pdf")) return pdfPage(original, page, boxDpi);
        if (page != 0) throw new PaperException("an image has one page, not " + (page + 1));
        if (mediaType.equals("image/png") || mediaType.equals("image/jpeg")) {
            return new PaperReader.PageImage(original, 1, 1);
        }
        BufferedImage image = decode(original, mediaType);
        return new PaperReader.PageImage(png(image), 1, 1);
    }

    private static PaperReader.PageImage pdfPage(byte[] original, int page, int boxDpi) {
        try (PDDocument document = Loader.loadPDF(original)) {
            int pages = document.getNumberOfPages();
            if (page < 0 || page >= pages) throw new PaperException("the PDF has no page " + (page + 1) + " (it has " + pages + ")");
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, SHOW_DPI, ImageType.RGB);
            return new PaperReader.PageImage(png(image), pages, boxDpi <= 0 ? 1 : (double) SHOW_DPI / boxDpi);
        } catch (IOException e) {
            throw new PaperException("not a readable PDF: " + e.getMessage(), e);
        }
    }

    private static BufferedImage decode(byte[] bytes, String mediaType) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) throw new PaperException("not a readable " + mediaType + " image");
            return image;
        } catch (IOException e) {
            throw new PaperException("not a readable " + mediaType + " image: " + e.getMessage(), e);
        }
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
