package dev.tend.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Tend's files readable by the user only (600 for files, 700 for folders) where the file
 * system has POSIX permissions; elsewhere (Windows) the user's profile folder already does that.
 */
public final class OwnerOnly {
    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Restricts an existing file or folder; a file system without POSIX permissions is left as it is. */
    public static void restrict(Path path) {
        if (!Files.exists(path) || Files.getFileAttributeView(path, PosixFileAttributeView.class) == null) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Cannot restrict {} to its owner", path, e);
        }
    }

    /** Creates an empty file that was never readable by others (where POSIX permissions exist). */
    public static Path createFile(Path path) throws IOException {
        if (posix(path.toAbsolutePath().getParent())) {
            return Files.createFile(path, attribute(FILE));
        }
        return Files.createFile(path);
    }

    /** Creates a folder (and missing parents) restricted to the owner; an existing one is restricted too. */
    public static Path createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            restrict(folder);
            return folder;
        }
        Files.createDirectories(folder);
        restrict(folder);
        return folder;
    }

    private static boolean posix(Path folder) {
        return folder != null && Files.exists(folder)
                && Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null;
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
