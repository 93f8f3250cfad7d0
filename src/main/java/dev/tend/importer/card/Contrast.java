package dev.tend.importer.card;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The light clean-up before a decoder sees a photo: grey levels, a contrast stretch that turns a
 * faint print or a grey-on-grey code into black on white, a global threshold, and scaling.
 */
final class Contrast {
    /** Share of the darkest and lightest pixels ignored when stretching: specks and glare. */
    private static final double CLIP = 0.01;

    private Contrast() {
    }

    /** Luminance 0-255 of every pixel (ITU-R 601 weights, as ZXing uses). */
    static int[] luminance(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            int r = (p >> 16) & 0xFF;
            int g = (p >> 8) & 0xFF;
            int b = p & 0xFF;
            rgb[i] = (306 * r + 601 * g + 117 * b + 512) >> 10;
        }
        return rgb;
    }

    /** Grey levels stretched so the darkest 1% become black and the lightest 1% white. */
    static BufferedImage stretched(BufferedImage img) {
        int[] lum = luminance(img);
        int[] hist = new int[256];
        for (int v : lum) {
            hist[v]++;
        }
        int clip = (int) (lum.length * CLIP);
        int lo = 0;
        for (int n = 0; lo < 255 && n + hist[lo] <= clip; lo++) {
            n += hist[lo];
        }
        int hi = 255;
        for (int n = 0; hi > 0 && n + hist[hi] <= clip; hi--) {
            n += hist[hi];
        }
        int range = Math.max(1, hi - lo);
        int[] lut = new int[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = Math.max(0, Math.min(255, (v - lo) * 255 / range));
        }
        return grey(lum, img.getWidth(), img.getHeight(), lut);
    }

    /** Black and white at Otsu's threshold: one level that best splits ink from paper. */
    static BufferedImage binarised(BufferedImage img) {
        int[] lum = luminance(img);
        int[] hist = new int[256];
        for (int v : lum) {
            hist[v]++;
        }
        int t = otsu(hist, lum.length);
        int[] lut = new int[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = v <= t ? 0 : 255;
        }
        return grey(lum, img.getWidth(), img.getHeight(), lut);
    }

    static int otsu(int[] hist, int total) {
        long sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (long) i * hist[i];
        }
        long sumB = 0;
        int wB = 0;
        double best = -1;
        int threshold = 127;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) {
                continue;
            }
            int wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += (long) t * hist[t];
            double mB = (double) sumB / wB;
            double mF = (double) (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }

    private static BufferedImage grey(int[] lum, int w, int h, int[] lut) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < lum.length; i++) {
            px[i] = (byte) lut[lum[i]];
        }
        return out;
    }

    /**
     * Black where a pixel is darker than the mean around it: a faint code (grey on grey) on a
     * lighter desk, which one global level cannot split, comes out black on white. Pixels are first
     * averaged over 3 x 3 so sensor noise does not flip them.
     */
    static BufferedImage adaptive(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] lum = luminance(img);
        long[] sum = new long[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            long row = 0;
            for (int x = 0; x < w; x++) {
                row += lum[y * w + x];
                sum[(y + 1) * (w + 1) + x + 1] = sum[y * (w + 1) + x + 1] + row;
            }
        }
        int small = 1;
        int r = Math.max(8, Math.min(w, h) / 40);
        int[] out = new int[lum.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = mean(sum, w, h, x, y, small);
                double around = mean(sum, w, h, x, y, r);
                out[y * w + x] = v < around - 3 ? 0 : 255;
            }
        }
        int[] identity = new int[256];
        for (int v = 0; v < 256; v++) {
            identity[v] = v;
        }
        return grey(out, w, h, identity);
    }

    private static double mean(long[] sum, int w, int h, int x, int y, int r) {
        int x0 = Math.max(0, x - r);
        int y0 = Math.max(0, y - r);
        int x1 = Math.min(w, x + r + 1);
        int y1 = Math.min(h, y + r + 1);
        int stride = w + 1;
        long s = sum[y1 * stride + x1] - sum[y0 * stride + x1] - sum[y1 * stride + x0] + sum[y0 * stride + x0];
        return (double) s / ((x1 - x0) * (y1 - y0));
    }

    /** {@code img} enlarged {@code factor} times, smoothly. */
    static BufferedImage enlarged(BufferedImage img, double factor) {
        int w = (int) Math.round(img.getWidth() * factor);
        int h = (int) Math.round(img.getHeight() * factor);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
