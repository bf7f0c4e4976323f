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
            float size = positions.get(0).getFontSizeInPt();
            lineSize = Math.max(lineSize, size);
            int from = -1;
            for (int i = 0; i <= positions.size(); i++) {
                boolean blank = i == positions.size() || positions.get(i).getUnicode() == null
                        || positions.get(i).getUnicode().isBlank();
                if (!blank && from < 0) from = i;
                if (blank && from >= 0) {
                    addWord(positions.subList(from, i), size);
                    from = -1;
                }
            }
        }
        super.writeString(text, positions);
    }

    /** One word of a chunk the PDF shows in one go (a chunk may hold a whole line, spaces and all). */
    private void addWord(List<TextPosition> letters, float size) {
        TextPosition first = letters.get(0);
        TextPosition last = letters.get(letters.size() - 1);
        float height = Math.max(first.getHeightDir(), size * 0.7f);
        lineTop = Math.min(lineTop, first.getYDirAdj() - height);
        lineLeft = Math.min(lineLeft, first.getXDirAdj());
        float right = last.getXDirAdj() + last.getWidthDirAdj();
        StringBuilder text = new StringBuilder();
        for (TextPosition letter : letters) text.append(letter.getUnicode());
        pageWords.get(page).add(new PdfWord(page, first.getXDirAdj(), first.getYDirAdj() - height,
                right - first.getXDirAdj(), height, text.toString().strip()));
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
