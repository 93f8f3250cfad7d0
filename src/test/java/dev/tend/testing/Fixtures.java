package dev.tend.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;

/** Shared bits for tests on the real stack: a fixed clock and file fingerprints. */
public final class Fixtures {
    /** Monday 2 March 2026, 09:00 UTC: every test sees the same "now". */
    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private Fixtures() {
    }

    /** SHA-256 of the file's bytes, hex. */
    public static String sha256(Path file) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's sidecar, e.g. {@code sidecar(db, "-wal")}. */
    public static Path sidecar(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
