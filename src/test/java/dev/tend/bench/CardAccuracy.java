package dev.tend.bench;

import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.Phone;
import dev.tend.importer.Phones;
import dev.tend.importer.UnreadableFileException;
import dev.tend.importer.card.CardImages;
import dev.tend.importer.card.CardImages.Person;
import dev.tend.importer.card.CardReader;
import dev.tend.importer.card.Ocr;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * Field-level accuracy of reading printed cards (docs/performance.md, "Card photos"): N generated
 * card photos (German and English, three layouts, five fonts, turned up to 2.5 degrees, sensor
 * noise, JPEG) go through the whole path a user's photo takes (safe loading, QR search, Tesseract,
 * field extraction); each field is compared with what was printed, and the time per image is taken.
 * Not a JMH benchmark: one OCR run takes seconds, and the accuracy is the point.
 *
 * <p>{@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=dev.tend.bench.CardAccuracy -Dbench.args="60"}
 */
public final class CardAccuracy {
    private CardAccuracy() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        if (!Ocr.status().available()) {
            System.out.println("Tesseract is not available: " + Ocr.status().problem());
            return;
        }
        Path dir = Files.createTempDirectory("tend-cards");
        int[] ok = new int[7];
        int phones = 0;
        int phonesFound = 0;
        List<Long> millis = new ArrayList<>();
        List<Long> cpuMillis = new ArrayList<>();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        List<String> misses = new ArrayList<>();
        // one warm-up card: class loading and Tesseract's first initialisation are not per image
        scan(write(dir, CardImages.person(0, new Random(0)), 0, 0));
        for (int i = 0; i < n; i++) {
            Random r = new Random(1000 + i);
            Person p = CardImages.person(i, r);
            Path file = write(dir, p, i, 1000 + i);
            long t = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            Contact c = scan(file);
            millis.add((System.nanoTime() - t) / 1_000_000);
            cpuMillis.add((os.getProcessCpuTime() - cpu) / 1_000_000);
            if (c == null) {
                misses.add(i + ": nothing proposed");
                continue;
            }
            boolean email = c.emails().stream().map(Email::address).toList().equals(List.of(p.email()));
            boolean name = Objects.equals(c.givenName(), p.given()) && Objects.equals(c.familyName(), p.family())
                    && Objects.equals(c.namePrefix(), p.prefix());
            boolean org = Objects.equals(c.organisation(), p.organisation());
            boolean position = Objects.equals(c.title(), p.position());
            boolean address = !c.addresses().isEmpty() && Objects.equals(c.addresses().get(0).postalCode(), p.postcode())
                    && Objects.equals(c.addresses().get(0).city(), p.city());
            List<String> found = c.phones().stream().map(Phone::e164).filter(Objects::nonNull).toList();
            int expectedPhones = 0;
            int hits = 0;
            for (String raw : p.mobile() == null ? List.of(p.phone()) : List.of(p.phone(), p.mobile())) {
                expectedPhones++;
                if (found.contains(Phones.toE164(raw, "DE").orElseThrow())) {
                    hits++;
                }
            }
            phones += expectedPhones;
            phonesFound += hits;
            boolean web = c.urls().stream().anyMatch(u -> u.url().endsWith(p.web()));
            ok[0] += email ? 1 : 0;
            ok[1] += hits == expectedPhones ? 1 : 0;
            ok[2] += name ? 1 : 0;
            ok[3] += org ? 1 : 0;
            ok[4] += position ? 1 : 0;
            ok[5] += address ? 1 : 0;
            ok[6] += web ? 1 : 0;
            if (!(email && name && org && position && hits == expectedPhones)) {
                misses.add(String.format(Locale.ROOT, "%d (layout %d, %s): email=%s name=%s org=%s position=%s phones=%d/%d"
                                + " -> %s | %s %s | %s | %s", i, i % 3, CardImages.FONTS_USED.get(i % CardImages.FONTS_USED.size()),
                        email, name, org, position, hits, expectedPhones, c.emails(), c.namePrefix(), c.displayName(),
                        c.organisation(), c.title()));
            }
        }
        Collections.sort(millis);
        Collections.sort(cpuMillis);
        System.out.printf(Locale.ROOT, "cards: %d (Tesseract %s, %s)%n", n, Ocr.LANGUAGES, Ocr.status().tessdata());
        String[] names = {"email", "phones (card)", "name", "organisation", "position", "postcode+city", "web"};
        for (int k = 0; k < names.length; k++) {
            System.out.printf(Locale.ROOT, "%-15s %3d/%d  %5.1f%%%n", names[k], ok[k], n, 100.0 * ok[k] / n);
        }
        System.out.printf(Locale.ROOT, "%-15s %3d/%d  %5.1f%%%n", "phones (each)", phonesFound, phones,
                100.0 * phonesFound / phones);
        System.out.printf(Locale.ROOT, "time per image: median %d ms, mean %d ms, p95 %d ms, max %d ms%n",
                millis.get(millis.size() / 2), millis.stream().mapToLong(Long::longValue).sum() / millis.size(),
                millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1));
        System.out.printf(Locale.ROOT, "CPU per image (all threads of the process): median %d ms, p95 %d ms%n",
                cpuMillis.get(cpuMillis.size() / 2), cpuMillis.get((int) Math.ceil(cpuMillis.size() * 0.95) - 1));
        System.out.printf(Locale.ROOT, "load average at the end: %.2f on %d cores%n", os.getSystemLoadAverage(),
                os.getAvailableProcessors());
        misses.forEach(m -> System.out.println("  miss " + m));
    }

    private static Path write(Path dir, Person p, int i, long seed) {
        String font = CardImages.FONTS_USED.get(i % CardImages.FONTS_USED.size());
        return CardImages.jpeg(CardImages.card(p, i % 3, font, 2.5, seed), dir.resolve("card" + i + ".jpg"), 1);
    }

    private static Contact scan(Path file) throws UnreadableFileException {
        return CardReader.scan(file, "DE", true).printed();
    }
}
