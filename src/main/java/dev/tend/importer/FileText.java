package dev.tend.importer;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The checks every reader makes before it parses: the file exists, is not empty, not too large,
 * not binary; and its encoding: a byte order mark (UTF-8, UTF-16), else UTF-8 when every byte
 * sequence is valid UTF-8, else Windows-1252 (what Excel and Outlook on Windows write).
 * The file is read as a stream, never whole into memory.
 */
final class FileText {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 8192;

    /** A checked file: its encoding and how many bytes of byte order mark to skip. */
    record Checked(Path file, Charset charset, int bomLength) {
        BufferedReader open() throws IOException {
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(bomLength);
            return new BufferedReader(new InputStreamReader(in, charset), 65536);
        }
    }

    private FileText() {
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    static Checked check(Path file, Limits limits) throws UnreadableFileException {
        String name = name(file);
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableFileException(file, "file.folder", name + " is a folder, not a file", null);
            }
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(file, "file.missing", name + " does not exist", e);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "file.unreadable", name + " cannot be read: " + e.getMessage(), e);
        }
        if (size > limits.maxFileBytes()) {
            throw new UnreadableFileException(file, "file.tooLarge", name + " is larger than "
                    + Limits.size(limits.maxFileBytes()) + "; split it into smaller files", null,
                    Limits.size(limits.maxFileBytes()));
        }
        if (size == 0) {
            throw new UnreadableFileException(file, "file.empty", name + ": no contacts found (the file is empty)", null);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
                return new Checked(file, StandardCharsets.UTF_8, 3);
            }
            if (startsWith(head, 0xFF, 0xFE)) {
                return new Checked(file, StandardCharsets.UTF_16LE, 2);
            }
            if (startsWith(head, 0xFE, 0xFF)) {
                return new Checked(file, StandardCharsets.UTF_16BE, 2);
            }
            String kind = binaryKind(head);
            if (kind != null) {
                throw new UnreadableFileException(file, "file.binary", name + " is " + kind
                        + ", not a vCard or CSV file of contacts", null);
            }
            return new Checked(file, isUtf8(head, in) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "file.unreadable", name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A phrase naming what a binary file seems to be, or null when the head looks like text. */
    static String binaryKind(byte[] head) {
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return "a ZIP archive or Office document (save it as CSV first)";
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Office document (save it as CSV first)";
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return "a binary file";
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control * 20 > head.length ? "a binary file" : null;
    }

    private static boolean isUtf8(byte[] head, InputStream rest) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        InputStream all = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), rest);
        try (Reader r = new InputStreamReader(all, decoder)) {
            char[] buf = new char[65536];
            while (r.read(buf) >= 0) {
                // reading is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
