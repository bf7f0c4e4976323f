package org.kliping.paper;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Makes a photo or scan easier to read before OCR: grayscale, cropped to the paper (a photo shows the table
 * around the clipping), turned straight (a skew of a few degrees breaks the engine's lines) and small type
 * enlarged. The measurements are in docs/benchmarks.md (OCR). Keeps what it did, so word boxes can be mapped back onto
 * the original image.
 */
final class ImagePreparation {
    /**
     * Body lines closer than {@link #SMALL_PITCH} pixels (type a few pixels high) are enlarged until they are
     * {@link #TARGET_PITCH} apart. A 10 pt body scanned at 300 dpi is about 55 px apart and reads perfectly as it
     * is; small type read better the more it was enlarged, up to about 4 times (docs/benchmarks.md, OCR).
     */
    static final double SMALL_PITCH = 40;
    static final double TARGET_PITCH = 70;
    private static final double MAX_SCALE = 4;
    private static final double MAX_SKEW_DEGREES = 8;
    /** Below this the page is left as it is: rotating blurs a little. */
    private static final double MIN_SKEW_DEGREES = 0.2;
    private static final int PROBE_WIDTH = 900;

    /** The prepared image and how to map its coordinates back. */
    record Prepared(BufferedImage image, int cropX, int cropY, double degrees, double scale, int cropWidth, int cropHeight) {

        /** A box on the prepared image, as {x, y, width, height} on the original. */
        int[] toOriginal(int x, int y, int width, int height) {
            double cx = (x + width / 2.0) / scale;
            double cy = (y + height / 2.0) / scale;
            double rad = Math.toRadians(degrees);
            double mx = cropWidth / 2.0;
            double my = cropHeight / 2.0;
            double ox = mx + (cx - mx) * Math.cos(rad) - (cy - my) * Math.sin(rad);
            double oy = my + (cx - mx) * Math.sin(rad) + (cy - my) * Math.cos(rad);
            int w = (int) Math.round(width / scale);
            int h = (int) Math.round(height / scale);
            return new int[] {(int) Math.round(cropX + ox - w / 2.0), (int) Math.round(cropY + oy - h / 2.0), w, h};
        }
    }

    private ImagePreparation() {
    }

    static Prepared prepare(BufferedImage original) {
        BufferedImage gray = grayscale(original);
        int[] paper = paperBounds(gray);
        BufferedImage cropped = gray.getSubimage(paper[0], paper[1], paper[2], paper[3]);
        double degrees = skewDegrees(cropped);
        BufferedImage straight = Math.abs(degrees) < MIN_SKEW_DEGREES ? cropped : rotate(cropped, -degrees);
        if (straight == cropped) degrees = 0;
        double pitch = linePitch(straight);
        double scale = pitch <= 0 || pitch >= SMALL_PITCH ? 1 : Math.min(MAX_SCALE, TARGET_PITCH / pitch);
        BufferedImage scaled = scale == 1 ? straight : scale(straight, scale);
        return new Prepared(scaled, paper[0], paper[1], degrees, scale, paper[2], paper[3]);
    }

    /**
     * The distance between body lines in pixels: the lag at which the ink's row profile best matches itself
     * shifted (lines repeat at that pitch), or 0 when there is no ink.
     */
    static double linePitch(BufferedImage gray) {
        double reduce = Math.min(1, PROBE_WIDTH / (double) gray.getWidth());
        BufferedImage small = reduce < 1 ? scale(gray, reduce) : gray;
        int threshold = otsu(small, 1);
        var raster = small.getRaster();
        int[] rows = new int[small.getHeight()];
        int max = 0;
        for (int y = 0; y < small.getHeight(); y++) {
            for (int x = 0; x < small.getWidth(); x++) {
                if (raster.getSample(x, y, 0) < threshold) rows[y]++;
            }
            max = Math.max(max, rows[y]);
        }
        double mean = 0;
        for (int r : rows) mean += r;
        mean /= rows.length;
        int minLag = 2;
        int maxLag = Math.min(rows.length / 4, 200);
        double[] ac = new double[maxLag + 2];
        for (int lag = minLag; lag <= maxLag + 1 && lag < rows.length; lag++) {
            double sum = 0;
            for (int y = 0; y + lag < rows.length; y++) sum += (rows[y] - mean) * (rows[y + lag] - mean);
            ac[lag] = sum / (rows.length - lag);
        }
        // near lag 0 the profile matches itself trivially: the pitch is the first peak after the first dip
        // (later peaks are its multiples and paragraph gaps)
        int bestLag = 0;
        boolean pastFirstDip = false;
        for (int lag = minLag + 1; lag <= maxLag; lag++) {
            if (ac[lag] <= 0) pastFirstDip = true;
            if (pastFirstDip && ac[lag] > 0 && ac[lag] >= ac[lag - 1] && ac[lag] > ac[lag + 1]) {
                bestLag = lag;
                break;
            }
        }
        return max == 0 ? 0 : bestLag / reduce;
    }

    static BufferedImage grayscale(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) return image;
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight()); // transparent PNGs: ink on white
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return gray;
    }

    /**
     * The paper's bounding box {x, y, width, height}: the rows and columns where most pixels are brighter than
     * the Otsu threshold; the whole image when that is nearly all of it.
     */
    static int[] paperBounds(BufferedImage gray) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        int step = Math.max(1, w / PROBE_WIDTH);
        int threshold = otsu(gray, step);
        int[] brightInRow = new int[h];
        int[] brightInColumn = new int[w];
        var raster = gray.getRaster();
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                if (raster.getSample(x, y, 0) > threshold) {
                    brightInRow[y]++;
                    brightInColumn[x]++;
                }
            }
        }
        int columnsSampled = (w + step - 1) / step;
        int rowsSampled = (h + step - 1) / step;
        int top = first(brightInRow, step, columnsSampled / 2, true);
        int bottom = first(brightInRow, step, columnsSampled / 2, false);
        int left = first(brightInColumn, step, rowsSampled / 2, true);
        int right = first(brightInColumn, step, rowsSampled / 2, false);
        if (top < 0 || left < 0 || bottom <= top || right <= left) return new int[] {0, 0, w, h};
        int width = right - left + 1;
        int height = bottom - top + 1;
        if (width * (long) height > 0.95 * w * h || width < w / 4 || height < h / 4) return new int[] {0, 0, w, h};
        return new int[] {left, top, width, height};
    }

    private static int first(int[] counts, int step, int minimum, boolean fromStart) {
        for (int i = 0; i < counts.length; i += step) {
            int index = fromStart ? i : (counts.length - 1) - ((counts.length - 1) % step) - i;
            if (index >= 0 && counts[index] > minimum) return index;
        }
        return -1;
    }

    static int otsu(BufferedImage gray, int step) {
        int[] histogram = new int[256];
        var raster = gray.getRaster();
        long n = 0;
        for (int y = 0; y < gray.getHeight(); y += step) {
            for (int x = 0; x < gray.getWidth(); x += step) {
                histogram[raster.getSample(x, y, 0)]++;
                n++;
            }
        }
        double sum = 0;
        for (int i = 0; i < 256; i++) sum += i * (double) histogram[i];
        double sumBelow = 0;
        long below = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            below += histogram[t];
            if (below == 0) continue;
            long above = n - below;
            if (above == 0) break;
            sumBelow += t * (double) histogram[t];
            double meanBelow = sumBelow / below;
            double meanAbove = (sum - sumBelow) / above;
            double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }

    /**
     * The angle of the text lines, in degrees (positive: they fall to the right): the angle at which the ink's
     * row profile is sharpest (lines and gaps apart), on a reduced copy.
     */
    static double skewDegrees(BufferedImage gray) {
        double reduce = Math.min(1, PROBE_WIDTH / (double) gray.getWidth());
        BufferedImage small = reduce < 1 ? scale(gray, reduce) : gray;
        int threshold = otsu(small, 1);
        var raster = small.getRaster();
        int w = small.getWidth();
        int h = small.getHeight();
        int count = 0;
        int[] xs = new int[w * h / 4 + 1];
        int[] ys = new int[xs.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (raster.getSample(x, y, 0) < threshold && count < xs.length) {
                    xs[count] = x;
                    ys[count++] = y;
                }
            }
        }
        if (count < 100) return 0;
        double best = 0;
        double bestScore = -1;
        for (double a = -MAX_SKEW_DEGREES; a <= MAX_SKEW_DEGREES; a += 0.5) {
            double s = sharpness(xs, ys, count, a, h, w);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.5; a <= coarse + 0.5; a += 0.1) {
            double s = sharpness(xs, ys, count, a, h, w);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return best;
    }

    private static double sharpness(int[] xs, int[] ys, int count, double degrees, int h, int w) {
        double tan = Math.tan(Math.toRadians(degrees));
        int pad = (int) Math.ceil(Math.abs(tan) * w) + 1;
        int[] rows = new int[h + 2 * pad];
        for (int i = 0; i < count; i++) {
            int r = (int) Math.round(ys[i] - xs[i] * tan) + pad;
            if (r >= 0 && r < rows.length) rows[r]++;
        }
        double score = 0;
        for (int i = 1; i < rows.length; i++) {
            double d = rows[i] - rows[i - 1];
            score += d * d;
        }
        return score;
    }

    static BufferedImage rotate(BufferedImage gray, double degrees) {
        BufferedImage out = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(gray, AffineTransform.getRotateInstance(Math.toRadians(degrees), gray.getWidth() / 2.0,
                gray.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    static BufferedImage scale(BufferedImage gray, double factor) {
        int w = Math.max(1, (int) Math.round(gray.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(gray.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(gray, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
