package dev.tend.importer.card;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the QR codes in a photo: several per image, turned, small or faint. ZXing is tried the
 * cheap way first (both binarisers on the photo as it is) and only when that finds nothing on a
 * photo turned by 45 degrees, with its contrast stretched, and enlarged; the first pass that finds
 * codes wins. Payloads come back in the order found, each once.
 */
public final class QrCodes {
    private static final Map<DecodeHintType, Object> HINTS = hints();
    /** Photos smaller than this are enlarged in the last pass: their modules may be 1-2 pixels. */
    private static final int SMALL_SIDE = 1200;

    private QrCodes() {
    }

    /** The text of every QR code found; empty when there is none. */
    public static List<String> payloads(BufferedImage image) {
        List<Function<BufferedImage, LuminanceSource>> passes = List.of(
                BufferedImageLuminanceSource::new,
                img -> new BufferedImageLuminanceSource(img).rotateCounterClockwise45(),
                img -> new BufferedImageLuminanceSource(Contrast.stretched(img)),
                img -> new BufferedImageLuminanceSource(Contrast.adaptive(img)),
                img -> new BufferedImageLuminanceSource(Contrast.binarised(img)));
        for (Function<BufferedImage, LuminanceSource> pass : passes) {
            Set<String> found = decode(pass.apply(image));
            if (!found.isEmpty()) {
                return List.copyOf(found);
            }
        }
        if (Math.max(image.getWidth(), image.getHeight()) < SMALL_SIDE) {
            BufferedImage bigger = Contrast.enlarged(Contrast.stretched(image), 2);
            return List.copyOf(decode(new BufferedImageLuminanceSource(bigger)));
        }
        return List.of();
    }

    private static Set<String> decode(LuminanceSource source) {
        Set<String> found = new LinkedHashSet<>();
        for (Binarizer binarizer : List.of(new HybridBinarizer(source), new GlobalHistogramBinarizer(source))) {
            BinaryBitmap bitmap = new BinaryBitmap(binarizer);
            found.addAll(texts(() -> new QRCodeMultiReader().decodeMultiple(bitmap, HINTS)));
            found.addAll(texts(() -> new GenericMultipleBarcodeReader(new QRCodeReader())
                    .decodeMultiple(bitmap, HINTS)));
        }
        return found;
    }

    private interface Decoding {
        Result[] run() throws ReaderException;
    }

    private static List<String> texts(Decoding decoding) {
        List<String> texts = new ArrayList<>();
        try {
            for (Result r : decoding.run()) {
                if (r.getText() != null && !r.getText().isBlank()) {
                    texts.add(r.getText());
                }
            }
        } catch (ReaderException | RuntimeException e) {
            // nothing found by this reader on this bitmap; the next one may do better
        }
        return texts;
    }

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> h = new EnumMap<>(DecodeHintType.class);
        h.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        h.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        return h;
    }
}
