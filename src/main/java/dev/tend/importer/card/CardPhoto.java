package dev.tend.importer.card;

import dev.tend.domain.Photo;
import dev.tend.importer.UnreadableFileException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * A photo of a card or badge, loaded safely: the file size and the pixel count in the header are
 * checked before any pixel is decoded (a 20,000 x 20,000 image would need 1.6 GB), big photos are
 * subsampled while decoding, a cut-off JPEG is refused instead of read half grey, and the EXIF
 * orientation a phone writes is applied so the card stands upright.
 *
 * @param image       upright, RGB, at most {@link #WORKING_PIXELS} pixels
 * @param width       the stored width in the file's header, before subsampling and orientation
 * @param orientation the EXIF orientation applied (1 when none)
 */
public record CardPhoto(Path file, BufferedImage image, int width, int height, int orientation) {
    /** Larger files are refused: no camera writes a card photo this big. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Larger images are refused from their header, before decoding. */
    public static final long MAX_PIXELS = 100_000_000L;
    /** Bigger images are subsampled while decoding to about this many pixels. */
    static final long WORKING_PIXELS = 25_000_000L;
    /** The longest side of the copy kept with the contact. */
    static final int KEPT_SIDE = 1600;

    /** The file names Tend reads as card photos. */
    public static boolean isPhotoName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png");
    }

    /** Whether the first bytes are those of a JPEG or PNG image. */
    public static boolean isPhotoContent(byte[] head) {
        return head.length >= 4 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G');
    }

    /**
     * Loads a JPEG or PNG photo.
     *
     * @throws UnreadableFileException naming the file and saying why: missing, too large, too many
     *                                 pixels, not an image, damaged or cut off
     */
    public static CardPhoto load(Path file) throws UnreadableFileException {
        String name = name(file);
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableFileException(file, "file.folder", name + " is a folder, not a photo", null);
            }
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(file, "file.missing", name + " does not exist", e);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "file.unreadable", name + " cannot be read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new UnreadableFileException(file, "photo.empty", name + " is empty", null);
        }
        if (size > MAX_FILE_BYTES) {
            throw new UnreadableFileException(file, "photo.tooLarge", name + " is larger than "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MB; a photo of a card needs far less", null,
                    MAX_FILE_BYTES / (1024 * 1024) + " MB");
        }
        int orientation = Exif.orientation(file);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UnreadableFileException(file, "photo.notImage", name + " is not a JPEG or PNG image", null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                long pixels = (long) w * h;
                if (pixels > MAX_PIXELS) {
                    throw new UnreadableFileException(file, "photo.tooManyPixels", String.format(Locale.ROOT,
                            "%s is %,d x %,d pixels (%,d megapixels); photos over %,d megapixels are refused "
                                    + "so they cannot exhaust memory. Take a smaller photo or scale it down.",
                            name, w, h, pixels / 1_000_000, MAX_PIXELS / 1_000_000), null,
                            String.valueOf(w), String.valueOf(h), String.valueOf(pixels / 1_000_000),
                            String.valueOf(MAX_PIXELS / 1_000_000));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(pixels);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener(new Warnings(warnings));
                BufferedImage decoded = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw new UnreadableFileException(file, "photo.damaged", name + " is damaged or cut off ("
                            + warnings.get(0) + "); copy the photo again from the camera or phone", null);
                }
                return new CardPhoto(file, Exif.apply(rgb(decoded), orientation), w, h, orientation);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(file, "photo.damaged", name
                    + " is damaged or cut off and cannot be read as an image"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
        }
    }

    /** The decoding step that brings {@code pixels} down to about {@link #WORKING_PIXELS}. */
    static int subsampling(long pixels) {
        return pixels <= WORKING_PIXELS ? 1 : (int) Math.ceil(Math.sqrt((double) pixels / WORKING_PIXELS));
    }

    /** The photo as a JPEG of at most {@link #KEPT_SIDE} pixels a side, to keep with the contact. */
    public Photo forContact() {
        BufferedImage small = scaled(image, KEPT_SIDE);
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try {
                writer.setOutput(out);
                ImageWriteParam p = writer.getDefaultWriteParam();
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(0.85f);
                writer.write(null, new IIOImage(small, null, null), p);
            } finally {
                writer.dispose();
            }
            out.flush();
            return new Photo("image/jpeg", bytes.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("The photo could not be written as JPEG", e);
        }
    }

    /** {@code image} scaled down so its longest side is at most {@code side}; as is when smaller. */
    static BufferedImage scaled(BufferedImage image, int side) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= side) {
            return image;
        }
        double f = (double) side / longest;
        int w = Math.max(1, (int) Math.round(image.getWidth() * f));
        int h = Math.max(1, (int) Math.round(image.getHeight() * f));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** RGB on white: transparent PNG areas become paper, not black. */
    private static BufferedImage rgb(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_INT_RGB) {
            return src;
        }
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, src.getWidth(), src.getHeight());
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    /** Reads the first bytes of a file, for telling photos from text files. */
    public static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Collects the decoder's warnings: for a JPEG, "Premature end of JPEG file" means cut off. */
    private record Warnings(List<String> messages) implements IIOReadWarningListener {
        @Override
        public void warningOccurred(ImageReader source, String warning) {
            messages.add(warning);
        }
    }
}
