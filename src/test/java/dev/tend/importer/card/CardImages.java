package dev.tend.importer.card;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Test photos made in code: QR codes from ZXing's encoder placed on a "desk" photo (turned,
 * shrunk, faint), and business cards drawn with Java2D in realistic layouts, German and English,
 * in several fonts, slightly turned and with sensor noise, saved as phones save them (JPEG,
 * optionally with an EXIF orientation).
 */
public final class CardImages {
    /** Fonts installed on Debian by fonts-dejavu and fonts-liberation2; Java falls back to its own otherwise. */
    static final String[] FONTS = {"DejaVu Sans", "Liberation Sans", "Liberation Serif", "DejaVu Serif",
        "DejaVu Sans Condensed"};

    /** The fonts in an order the benchmark cycles through. */
    public static final List<String> FONTS_USED = List.of(FONTS);

    private CardImages() {
    }

    /** A QR code of {@code payload} with {@code module} pixels per module and a quiet zone. */
    public static BufferedImage qr(String payload, int module) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 4);
        try {
            BitMatrix m = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, hints);
            BufferedImage img = new BufferedImage(m.getWidth() * module, m.getHeight() * module,
                    BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    img.setRGB(x, y, m.get(x / module, y / module) ? 0x000000 : 0xFFFFFF);
                }
            }
            return img;
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One code to place on a photo: where, how turned (degrees), and its ink and paper colours. */
    public record Placement(BufferedImage code, int x, int y, double degrees, Color ink, Color paper) {
        public static Placement plain(BufferedImage code, int x, int y) {
            return new Placement(code, x, y, 0, Color.BLACK, Color.WHITE);
        }
    }

    /** A desk-grey photo of {@code w x h} with the codes on it and a little noise. */
    public static BufferedImage photo(int w, int h, long seed, Placement... codes) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xB8B4AC));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        for (Placement p : codes) {
            BufferedImage tinted = tint(p.code(), p.ink(), p.paper());
            AffineTransform t = new AffineTransform();
            t.translate(p.x(), p.y());
            t.rotate(Math.toRadians(p.degrees()), tinted.getWidth() / 2.0, tinted.getHeight() / 2.0);
            g.drawImage(tinted, t, null);
        }
        g.dispose();
        noise(img, new Random(seed), 6);
        return img;
    }

    private static BufferedImage tint(BufferedImage code, Color ink, Color paper) {
        BufferedImage out = new BufferedImage(code.getWidth(), code.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                out.setRGB(x, y, (code.getRGB(x, y) & 0xFFFFFF) == 0 ? ink.getRGB() : paper.getRGB());
            }
        }
        return out;
    }

    static void noise(BufferedImage img, Random r, int amount) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                int n = (int) Math.round(r.nextGaussian() * amount);
                int red = clamp(((p >> 16) & 0xFF) + n);
                int green = clamp(((p >> 8) & 0xFF) + n);
                int blue = clamp((p & 0xFF) + n);
                img.setRGB(x, y, (red << 16) | (green << 8) | blue);
            }
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** Writes a JPEG the way a phone does; with {@code orientation} > 1 an EXIF block says how to turn it. */
    public static Path jpeg(BufferedImage img, Path file, int orientation) {
        byte[] bytes = jpegBytes(img, 0.9f);
        if (orientation > 1) {
            bytes = withExifOrientation(bytes, orientation);
        }
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static Path png(BufferedImage img, Path file) {
        try {
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static byte[] jpegBytes(BufferedImage img, float quality) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
            w.setOutput(out);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            w.write(null, new IIOImage(img, null, null), p);
            w.dispose();
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JPEG with an APP1 Exif segment (big-endian TIFF, one IFD entry: Orientation) after SOI. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        tiff.writeBytes(new byte[] {0, 1});
        tiff.writeBytes(new byte[] {0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0});
        tiff.writeBytes(new byte[] {0, 0, 0, 0});
        byte[] t = tiff.toByteArray();
        int len = 2 + 6 + t.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write(len >> 8);
        out.write(len & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(t);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The image turned by {@code quarterTurns} x 90 degrees clockwise. */
    static BufferedImage turned(BufferedImage src, int quarterTurns) {
        BufferedImage img = src;
        for (int i = 0; i < ((quarterTurns % 4) + 4) % 4; i++) {
            BufferedImage out = new BufferedImage(img.getHeight(), img.getWidth(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    out.setRGB(img.getHeight() - 1 - y, x, img.getRGB(x, y));
                }
            }
            img = out;
        }
        return img;
    }

    // ---- business cards -------------------------------------------------------------------

    /** What a generated card prints; {@code german} picks German labels ("Tel.", "Mobil"). */
    public record Person(String prefix, String given, String family, String position, String organisation,
                         String email, String phone, String mobile, String web, String linkedin,
                         String street, String postcode, String city, String country, boolean german) {
        public String name() {
            return (prefix == null ? "" : prefix + " ") + given + " " + family;
        }
    }

    private static final String[][] DE_NAMES = {{"Anna", "Schmidt"}, {"Jürgen", "Weber"}, {"Katrin", "Hoffmann"},
        {"Lukas", "Becker"}, {"Sabine", "Krüger"}, {"Matthias", "Schäfer"}, {"Julia", "Neumann"},
        {"Stefan", "Zimmermann"}, {"Claudia", "Braun"}, {"Thomas", "Hartmann"}, {"Miriam", "Lange"},
        {"Felix", "Wolf"}, {"Birgit", "Schulze"}, {"Andreas", "Koch"}, {"Lena", "Richter"}, {"Martin", "Vogel"},
        {"Petra", "Fuchs"}, {"Daniel", "Keller"}, {"Susanne", "Berger"}, {"Florian", "Haas"}};
    private static final String[][] EN_NAMES = {{"Emily", "Carter"}, {"James", "Whitfield"}, {"Olivia", "Bennett"},
        {"Henry", "Dawson"}, {"Grace", "Holloway"}, {"Samuel", "Price"}, {"Charlotte", "Reed"}, {"Oliver", "Hughes"},
        {"Amelia", "Foster"}, {"Daniel", "Marsh"}, {"Sophie", "Turner"}, {"Jack", "Harding"}, {"Lucy", "Gibson"},
        {"George", "Palmer"}, {"Hannah", "Fletcher"}};
    private static final String[] DE_PREFIX = {null, null, null, "Dr.", "Prof. Dr.", "Dipl.-Ing.", null, "Dr."};
    /** German positions in the female and the male form; DE_NAMES alternate women and men. */
    private static final String[][] DE_POSITIONS = {{"Geschäftsführerin", "Geschäftsführer"},
        {"Leiterin Vertrieb", "Leiter Vertrieb"}, {"Projektleiterin", "Projektleiter"},
        {"Senior Beraterin", "Senior Berater"}, {"Einkaufsleiterin", "Einkaufsleiter"},
        {"Softwareentwicklerin", "Softwareentwickler"}, {"Key Account Managerin", "Key Account Manager"},
        {"Referentin Marketing", "Referent Marketing"}, {"Technische Leiterin", "Technischer Leiter"},
        {"Prokuristin", "Prokurist"}};
    private static final String[] EN_POSITIONS = {"Head of Sales", "Senior Software Engineer", "Managing Director",
        "Product Manager", "Business Development Manager", "Chief Technology Officer", "Marketing Director",
        "Solutions Architect", "Account Executive", "Procurement Lead"};
    private static final String[][] DE_ORGS = {{"Nordwind Logistik GmbH", "nordwind-logistik.de"},
        {"Brenner Maschinenbau AG", "brenner-maschinenbau.de"}, {"Kessler & Söhne KG", "kessler-soehne.de"},
        {"Lichtblick Software UG", "lichtblick-software.de"}, {"Elbtal Energie SE", "elbtal-energie.de"},
        {"Förderverein Messe Hannover e.V.", "foerderverein-messe.de"}, {"Hansa Datentechnik GmbH", "hansa-dt.de"},
        {"Rheinwerk Consulting GmbH", "rheinwerk-consulting.de"}};
    private static final String[][] EN_ORGS = {{"Bluestone Analytics Ltd", "bluestone-analytics.co.uk"},
        {"Harbour Robotics Inc.", "harbour-robotics.com"}, {"Northgate Systems Ltd", "northgate-systems.co.uk"},
        {"Kite Software Inc.", "kitesoftware.com"}, {"Oakfield Partners Ltd", "oakfield-partners.co.uk"}};
    private static final String[][] DE_PLACES = {{"Königstraße 12", "30159", "Hannover"},
        {"Friedrichstraße 118", "10117", "Berlin"}, {"Am Sandtorkai 5", "20457", "Hamburg"},
        {"Leopoldstraße 44", "80802", "München"}, {"Rheinallee 7", "40213", "Düsseldorf"},
        {"Hauptstraße 3", "69117", "Heidelberg"}};
    private static final String[][] UK_PLACES = {{"14 Albion Street", "LS1 6HX", "Leeds"},
        {"22 King Street", "M2 4LQ", "Manchester"}, {"3 Castle Lane", "BS1 2JP", "Bristol"}};
    private static final String[] DE_PHONES = {"+49 30 12345678", "+49 511 9876543", "+49 40 3344556",
        "+49 89 2233445", "+49 211 5566778", "+49 6221 123456"};
    private static final String[] DE_MOBILES = {"+49 151 23456789", "+49 171 9876543", "+49 160 5551234",
        "+49 176 22334455"};
    private static final String[] UK_PHONES = {"+44 113 496 0123", "+44 161 496 0456", "+44 117 496 0789"};
    private static final String[] UK_MOBILES = {"+44 7700 900123", "+44 7700 900456", "+44 7700 900789"};

    /** A person for card {@code i}: German or English in turn, every field drawn from realistic lists. */
    public static Person person(int i, Random r) {
        boolean german = i % 3 != 2;
        int who = r.nextInt(german ? DE_NAMES.length : EN_NAMES.length);
        String[] n = german ? DE_NAMES[who] : EN_NAMES[who];
        String prefix = german ? DE_PREFIX[r.nextInt(DE_PREFIX.length)] : null;
        String[] org = german ? DE_ORGS[r.nextInt(DE_ORGS.length)] : EN_ORGS[r.nextInt(EN_ORGS.length)];
        String[] place = german ? DE_PLACES[r.nextInt(DE_PLACES.length)] : UK_PLACES[r.nextInt(UK_PLACES.length)];
        String local = ascii(n[0]).toLowerCase() + (r.nextBoolean() ? "." : "") + ascii(n[1]).toLowerCase();
        return new Person(prefix, n[0], n[1],
                german ? DE_POSITIONS[r.nextInt(DE_POSITIONS.length)][who % 2] : EN_POSITIONS[r.nextInt(EN_POSITIONS.length)],
                org[0], local + "@" + org[1],
                german ? DE_PHONES[r.nextInt(DE_PHONES.length)] : UK_PHONES[r.nextInt(UK_PHONES.length)],
                r.nextInt(3) == 0 ? null
                        : german ? DE_MOBILES[r.nextInt(DE_MOBILES.length)] : UK_MOBILES[r.nextInt(UK_MOBILES.length)],
                "www." + org[1], r.nextInt(4) == 0 ? "linkedin.com/in/" + local.replace('.', '-') : null,
                place[0], place[1], place[2], german ? (r.nextBoolean() ? "Deutschland" : null) : "United Kingdom",
                german);
    }

    static String ascii(String s) {
        return s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
    }

    /**
     * A photo of the card: 85 x 55 mm at about 12 px/mm on a desk, in one of three layouts
     * ({@code layout} 0-2), turned by up to {@code maxDegrees}, with noise.
     */
    public static BufferedImage card(Person p, int layout, String fontName, double maxDegrees, long seed) {
        Random r = new Random(seed);
        int cw = 1020;
        int ch = 660;
        BufferedImage card = new BufferedImage(cw, ch, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(250, 249, 245));
        g.fillRect(0, 0, cw, ch);
        Color accent = new Color[] {new Color(0x1F4E79), new Color(0x8B1E3F), new Color(0x2E6B3A)}[r.nextInt(3)];
        String tel = p.german() ? "Tel. " : "T ";
        String mob = p.german() ? "Mobil " : "M ";
        List<String> contact = new ArrayList<>();
        contact.add(tel + p.phone());
        if (p.mobile() != null) {
            contact.add(mob + p.mobile());
        }
        contact.add(p.email());
        contact.add(p.web());
        if (p.linkedin() != null) {
            contact.add(p.linkedin());
        }
        List<String> address = new ArrayList<>();
        address.add(p.street());
        address.add(p.german() ? p.postcode() + " " + p.city() : p.city() + " " + p.postcode());
        if (p.country() != null) {
            address.add(p.country());
        }
        Font big = new Font(fontName, Font.BOLD, 44);
        Font mid = new Font(fontName, Font.PLAIN, 30);
        Font small = new Font(fontName, Font.PLAIN, 27);
        switch (layout % 3) {
            case 0 -> { // company and name top left, address bottom left, contact column bottom right
                text(g, p.organisation(), new Font(fontName, Font.BOLD, 30), accent, 60, 80);
                int y = 170;
                y = text(g, p.name(), big, Color.BLACK, 60, y);
                y = text(g, p.position(), mid, Color.DARK_GRAY, 60, y + 6);
                g.setColor(accent);
                g.fillRect(60, y + 4, 380, 4);
                int yb = 420;
                for (String a : address) {
                    yb = text(g, a, small, Color.DARK_GRAY, 60, yb);
                }
                g.setFont(small);
                int widest = contact.stream().mapToInt(c -> g.getFontMetrics().stringWidth(c)).max().orElse(0);
                int yc = 420;
                for (String c : contact) {
                    yc = text(g, c, small, Color.BLACK, Math.max(440, cw - 50 - widest), yc);
                }
            }
            case 1 -> { // company header band, name centred, everything below
                g.setColor(accent);
                g.fillRect(0, 0, cw, 120);
                text(g, p.organisation(), new Font(fontName, Font.BOLD, 38), Color.WHITE, 50, 75);
                int y = 200;
                y = text(g, p.name(), big, Color.BLACK, 50, y);
                y = text(g, p.position(), mid, accent, 50, y + 4);
                y += 30;
                String line = String.join("  |  ", contact.subList(0, Math.min(2, contact.size())));
                y = text(g, line, small, Color.DARK_GRAY, 50, y);
                for (String c : contact.subList(Math.min(2, contact.size()), contact.size())) {
                    y = text(g, c, small, Color.DARK_GRAY, 50, y);
                }
                text(g, String.join(", ", address), small, Color.DARK_GRAY, 50, y + 10);
            }
            default -> { // centred, classic
                int y = 110;
                y = centred(g, p.name(), big, Color.BLACK, cw, y);
                y = centred(g, p.position(), mid, Color.DARK_GRAY, cw, y + 4);
                y = centred(g, p.organisation(), new Font(fontName, Font.BOLD, 32), accent, cw, y + 40);
                y = centred(g, String.join(", ", address), small, Color.DARK_GRAY, cw, y + 16);
                y += 20;
                for (String c : contact) {
                    y = centred(g, c, small, Color.BLACK, cw, y);
                }
            }
        }
        g.dispose();
        return onDesk(card, maxDegrees, r);
    }

    private static int text(Graphics2D g, String s, Font f, Color c, int x, int y) {
        g.setFont(f);
        g.setColor(c);
        g.drawString(s, x, y);
        return y + g.getFontMetrics().getHeight();
    }

    private static int centred(Graphics2D g, String s, Font f, Color c, int width, int y) {
        g.setFont(f);
        FontMetrics m = g.getFontMetrics();
        g.setColor(c);
        g.drawString(s, (width - m.stringWidth(s)) / 2, y);
        return y + m.getHeight();
    }

    /** The card on a grey desk with a margin, turned a little, with a soft shade and sensor noise. */
    private static BufferedImage onDesk(BufferedImage card, double maxDegrees, Random r) {
        int w = card.getWidth() + 160;
        int h = card.getHeight() + 160;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x6E6A64));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double deg = (r.nextDouble() * 2 - 1) * maxDegrees;
        AffineTransform t = new AffineTransform();
        t.translate(80, 80);
        t.rotate(Math.toRadians(deg), card.getWidth() / 2.0, card.getHeight() / 2.0);
        g.drawImage(card, t, null);
        g.dispose();
        noise(img, r, 5);
        return img;
    }
}
