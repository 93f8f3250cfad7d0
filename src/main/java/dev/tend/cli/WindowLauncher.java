package dev.tend.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Opens the desktop window on a database file and returns when it closes. A Consumer of the file,
 * so tests can record the call with a lambda; launchers that import files override
 * {@link #open(Path, List)}.
 */
@FunctionalInterface
public interface WindowLauncher extends Consumer<Path> {
    /**
     * Opens the window and hands it {@code files} to import ({@code tend cards.vcf}, or a vCard
     * opened from the file manager). Without files this is {@link #accept(Path)}.
     */
    default void open(Path database, List<Path> files) {
        accept(database);
    }
}
