package dev.tend.importer;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The importer fixtures in src/test/resources/import, written by src/test/fixture-generators. */
final class Fixtures {
    static final String[] ALL = {"apple-contacts.vcf", "android-samsung.vcf", "card-scanner.vcf", "Connections.csv",
        "google-contacts.csv", "google-contacts-new.csv", "outlook-en.csv", "outlook-de.csv", "messe-liste.csv",
        "kontakte.txt"};

    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
