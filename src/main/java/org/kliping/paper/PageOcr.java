package org.kliping.paper;

import org.kliping.domain.WordBox;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Recognises pages, several at a time (one engine process per core), each prepared first
 * ({@link ImagePreparation}); word boxes are mapped back onto the page image as given.
 */
final class PageOcr {
    private final OcrEngine engine;
    private final Duration pageLimit;
    private final int threads;

    /** One recognised page: its lines in reading order and its words' boxes on the page image as given. */
    record Page(List<TextLine> lines, List<WordBox> words, int dpi) {
    }

    PageOcr(OcrEngine engine, Duration pageLimit, int threads) {
        this.engine = engine;
        this.pageLimit = pageLimit;
        this.threads = Math.max(1, threads);
    }

    /** @param dpi the images' resolution, 0 when unknown (an image file: boxes in its pixels) */
    List<Page> recognise(List<BufferedImage> images, int dpi) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) numbers.add(i);
        return recognise(images, numbers, dpi);
    }

    /** @param numbers each image's 0-based page in its file (the pages of a PDF that have no text layer) */
    List<Page> recognise(List<BufferedImage> images, List<Integer> numbers, int dpi) {
        if (images.size() == 1 || threads == 1) {
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < images.size(); i++) pages.add(page(numbers.get(i), images.get(i), dpi));
            return pages;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, images.size()), r -> {
            Thread t = new Thread(r, "kliping-ocr");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Page>> futures = new ArrayList<>();
            for (int i = 0; i < images.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> page(numbers.get(index), images.get(index), dpi)));
            }
            List<Page> pages = new ArrayList<>();
            for (Future<Page> f : futures) pages.add(f.get());
            return pages;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("OCR interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new PaperException("OCR failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Page page(int index, BufferedImage image, int dpi) {
        ImagePreparation.Prepared prepared = ImagePreparation.prepare(image);
        List<OcrWord> recognised;
        try {
            recognised = engine.recognise(prepared.image(), pageLimit);
        } catch (PaperException e) {
            throw new PaperException("page " + (index + 1) + ": " + e.getMessage(), e);
        }
        OcrLayout.Result layout = OcrLayout.of(index, recognised);
        List<WordBox> boxes = new ArrayList<>();
        for (OcrWord w : layout.words()) {
            int[] box = prepared.toOriginal(w.x(), w.y(), w.width(), w.height());
            boxes.add(new WordBox(index, Math.max(0, box[0]), Math.max(0, box[1]), box[2], box[3], w.text(),
                    w.confidence(), -1, -1));
        }
        return new Page(layout.lines(), boxes, dpi);
    }
}
