package org.kliping.paper;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text layer of a PDF as lines with their type size and place, page by page, in the order the PDF
 * writes them (not sorted by position: that would interleave the lines of side-by-side columns), with
 * PDFBox's paragraph breaks (indents and wider gaps).
 */
final class PdfTextLayer extends PDFTextStripper {

    /** A word of the text layer with its box in points. */
    record PdfWord(int page, float x, float y, float width, float height, String text) {
    }

    private final List<List<TextLine>> pages = new ArrayList<>();
    private final List<List<PdfWord>> pageWords = new ArrayList<>();
    private final List<String> lineWords = new ArrayList<>();
    private int page = -1;
    private long paragraph;
    private float lineSize;
    private float lineTop = Float.MAX_VALUE;
    private float lineLeft = Float.MAX_VALUE;

    private PdfTextLayer() {
        setSortByPosition(false);
        setShouldSeparateByBeads(true);
    }

    /** Lines of each page; a page without a text layer has none. */
    static PdfTextLayer of(PDDocument document) throws IOException {
        PdfTextLayer layer = new PdfTextLayer();
        layer.setStartPage(1);
        layer.setEndPage(document.getNumberOfPages());
        layer.getText(document);
        return layer;
    }

    List<List<TextLine>> pages() {
        return pages;
    }

    List<PdfWord> words(int pageIndex) {
        return pageWords.get(pageIndex);
    }

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage p) throws IOException {
        page++;
        pages.add(new ArrayList<>());
        pageWords.add(new ArrayList<>());
        paragraph++;
        super.startPage(p);
    }

    @Override
    protected void writeParagraphStart() throws IOException {
        endLine();
        paragraph++;
        super.writeParagraphStart();
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        endLine();
        super.writeLineSeparator();
    }

    @Override
    protected void endPage(org.apache.pdfbox.pdmodel.PDPage p) throws IOException {
        endLine();
        super.endPage(p);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty()) lineWords.add(word);
        }
        if (!positions.isEmpty() && !text.isBlank()) {
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            float size = first.getFontSizeInPt();
            float height = Math.max(first.getHeightDir(), size * 0.7f);
            lineSize = Math.max(lineSize, size);
            lineTop = Math.min(lineTop, first.getYDirAdj() - height);
            lineLeft = Math.min(lineLeft, first.getXDirAdj());
            float right = last.getXDirAdj() + last.getWidthDirAdj();
            pageWords.get(page).add(new PdfWord(page, first.getXDirAdj(), first.getYDirAdj() - height,
                    right - first.getXDirAdj(), height, text.strip()));
        }
        super.writeString(text, positions);
    }

    private void endLine() {
        if (page >= 0 && !lineWords.isEmpty()) {
            pages.get(page).add(new TextLine(page, paragraph, lineSize, lineTop, lineLeft, List.copyOf(lineWords)));
        }
        lineWords.clear();
        lineSize = 0;
        lineTop = Float.MAX_VALUE;
        lineLeft = Float.MAX_VALUE;
    }
}
