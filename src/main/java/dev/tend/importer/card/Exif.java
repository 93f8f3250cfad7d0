package dev.tend.importer.card;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The EXIF orientation of a JPEG: phones store the sensor's pixels and a tag saying how to turn
 * them. Only the one tag is read (the JDK's JPEG reader exposes EXIF as raw bytes), so a small
 * parser of the TIFF header is enough; anything unexpected means "upright".
 */
final class Exif {
    /** EXIF lives in an APP1 segment near the start; no need to read more. */
    private static final int HEAD_BYTES = 256 * 1024;
    private static final int ORIENTATION_TAG = 0x0112;

    private Exif() {
    }

    /** 1 (upright) to 8, as in the EXIF standard; 1 when the file has no such tag. */
    static int orientation(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return orientation(in.readNBytes(HEAD_BYTES));
        } catch (IOException e) {
            return 1;
        }
    }

    static int orientation(byte[] d) {
        try {
            if (d.length < 4 || (d[0] & 0xFF) != 0xFF || (d[1] & 0xFF) != 0xD8) {
                return 1;
            }
            int i = 2;
            while (i + 4 <= d.length && (d[i] & 0xFF) == 0xFF) {
                int marker = d[i + 1] & 0xFF;
                int len = ((d[i + 2] & 0xFF) << 8) | (d[i + 3] & 0xFF);
                if (marker == 0xDA || marker == 0xD9) {
                    return 1;
                }
                if (marker == 0xE1 && len >= 8 && i + 2 + len <= d.length
                        && d[i + 4] == 'E' && d[i + 5] == 'x' && d[i + 6] == 'i' && d[i + 7] == 'f') {
                    return fromTiff(ByteBuffer.wrap(d, i + 10, len - 8).slice());
                }
                i += 2 + len;
            }
        } catch (RuntimeException e) {
            return 1;
        }
        return 1;
    }

    private static int fromTiff(ByteBuffer tiff) {
        byte b0 = tiff.get(0);
        tiff.order(b0 == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xFFFF;
        for (int e = 0; e < entries; e++) {
            int at = ifd + 2 + e * 12;
            if ((tiff.getShort(at) & 0xFFFF) == ORIENTATION_TAG) {
                int value = tiff.getShort(at + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** The image turned (and mirrored) as {@code orientation} says, so the card stands upright. */
    static BufferedImage apply(BufferedImage src, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = orientation >= 5;
        int dw = swap ? h : w;
        BufferedImage out = new BufferedImage(dw, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            src.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int dx;
                int dy;
                switch (orientation) {
                    case 2 -> { dx = w - 1 - x; dy = y; }
                    case 3 -> { dx = w - 1 - x; dy = h - 1 - y; }
                    case 4 -> { dx = x; dy = h - 1 - y; }
                    case 5 -> { dx = y; dy = x; }
                    case 6 -> { dx = h - 1 - y; dy = x; }
                    case 7 -> { dx = h - 1 - y; dy = w - 1 - x; }
                    default -> { dx = y; dy = w - 1 - x; }
                }
                out.setRGB(dx, dy, row[x]);
            }
        }
        return out;
    }
}
