package dev.tend.importer.card;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.TesseractException;
import net.sourceforge.tess4j.util.LoadLibs;

/**
 * Tesseract, as installed on the user's machine, through tess4j: German and English, after a light
 * clean-up (grey levels, scaled to about 300 dpi for a card, contrast stretched). Tesseract is not
 * bundled (decision 0016): {@link #status()} says whether it can be used and, if not, why.
 */
public final class Ocr {
    /** The languages read: German and English cards, mixed on one card too. */
    public static final String LANGUAGES = "deu+eng";
    /** A card's longest side after scaling: 85 mm at about 600 dpi, Tesseract's sweet spot for small print. */
    static final int TARGET_SIDE = 2000;

    /** {@code -Dtend.ocr=off}: behave as without Tesseract (for trying that path, and for its tests). */
    public static final String SWITCH = "tend.ocr";

    private static volatile Status status;

    private Ocr() {
    }

    /** Whether OCR can run; when not, {@code problem} says why in a sentence. */
    public record Status(boolean available, String problem, Path tessdata) {
    }

    /** The Tesseract found on this machine, looked up once. */
    public static Status status() {
        if ("off".equals(System.getProperty(SWITCH))) {
            return new Status(false, "OCR is turned off (" + SWITCH + "=off): Tend behaves as without Tesseract.", null);
        }
        Status s = status;
        if (s == null) {
            s = probe();
            status = s;
        }
        return s;
    }

    /** The card's text, lines as Tesseract found them. */
    public static String read(BufferedImage photo) throws OcrException {
        Status s = status();
        if (!s.available()) {
            throw new OcrException(s.problem());
        }
        Tesseract tesseract = new Tesseract();
        tesseract.setDatapath(s.tessdata().toString());
        tesseract.setLanguage(LANGUAGES);
        tesseract.setPageSegMode(ITessAPI.TessPageSegMode.PSM_AUTO);
        tesseract.setVariable("user_defined_dpi", "300");
        try {
            return tesseract.doOCR(prepared(photo));
        } catch (TesseractException | RuntimeException | Error e) {
            throw new OcrException("Tesseract could not read the photo: " + e.getMessage());
        }
    }

    /** Grey, about {@link #TARGET_SIDE} pixels on the longest side, contrast stretched. */
    static BufferedImage prepared(BufferedImage photo) {
        int longest = Math.max(photo.getWidth(), photo.getHeight());
        BufferedImage sized = longest > TARGET_SIDE * 3 / 2 ? CardPhoto.scaled(photo, TARGET_SIDE)
                : longest < TARGET_SIDE * 2 / 3 ? Contrast.enlarged(photo, (double) TARGET_SIDE / longest) : photo;
        return Contrast.stretched(sized);
    }

    private static Status probe() {
        Path tessdata = tessdata();
        if (tessdata == null) {
            return new Status(false, "Tesseract's German and English language data (deu, eng) were not found; "
                    + "install Tesseract with both languages, or set TESSDATA_PREFIX to its tessdata folder.", null);
        }
        addLibraryPath();
        try {
            LoadLibs.getTessAPIInstance();
        } catch (Throwable e) {
            // UnsatisfiedLinkError and its wrappers: no libtesseract on the library path
            return new Status(false, "The Tesseract library (libtesseract) could not be loaded: "
                    + e.getMessage(), tessdata);
        }
        return new Status(true, null, tessdata);
    }

    /** The tessdata folder holding deu and eng, from TESSDATA_PREFIX or where installers put it. */
    static Path tessdata() {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("TESSDATA_PREFIX");
        if (env != null && !env.isBlank()) {
            candidates.add(env);
            candidates.add(env + File.separator + "tessdata");
        }
        candidates.addAll(List.of("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                "/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata",
                "/usr/local/share/tesseract-ocr/tessdata", "C:\\Program Files\\Tesseract-OCR\\tessdata",
                "C:\\Program Files (x86)\\Tesseract-OCR\\tessdata"));
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isRegularFile(p.resolve("deu.traineddata")) && Files.isRegularFile(p.resolve("eng.traineddata"))) {
                return p;
            }
        }
        return null;
    }

    /** JNA looks for libtesseract on jna.library.path; the usual install folders are added to it. */
    private static void addLibraryPath() {
        List<String> dirs = new ArrayList<>();
        String current = System.getProperty("jna.library.path");
        if (current != null && !current.isBlank()) {
            dirs.add(current);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> usual = os.contains("win") ? List.of("C:\\Program Files\\Tesseract-OCR")
                : os.contains("mac") ? List.of("/opt/homebrew/lib", "/usr/local/lib")
                : List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib",
                        "/usr/local/lib");
        for (String d : usual) {
            if (Files.isDirectory(Path.of(d)) && (current == null || !current.contains(d))) {
                dirs.add(d);
            }
        }
        System.setProperty("jna.library.path", String.join(File.pathSeparator, dirs));
    }

    /** OCR could not run or failed on this photo. */
    public static final class OcrException extends Exception {
        public OcrException(String message) {
            super(message);
        }
    }
}
