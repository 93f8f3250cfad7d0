package dev.tend.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog goes through here, so view models can be tested without a window (a test passes an
 * implementation that answers as scripted).
 */
public interface DialogService {

    /** Asks a yes/no question; true when the user confirms. */
    boolean confirm(String title, String message, String confirmButton);

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Asks for one line of text, e.g. a tag name; empty when cancelled. */
    Optional<String> askText(String title, String prompt, String initial);

    /**
     * Asks for a day (a date picker starting at {@code initial}); empty when cancelled. A default,
     * so implementations that never ask for a day need not answer it.
     */
    default Optional<java.time.LocalDate> askDate(String title, String prompt, java.time.LocalDate initial) {
        return Optional.empty();
    }

    /** Lets the user pick an image file; empty when cancelled. */
    Optional<Path> chooseImage(String title);

    /**
     * Lets the user pick where to save a file, starting in {@code folder} with {@code name}; empty
     * when cancelled. A default so that other implementations need not offer it.
     */
    default Optional<Path> chooseSaveFile(String title, Path folder, String name) {
        return Optional.empty();
    }

    /** Lets the user pick an existing file, starting in {@code folder}; empty when cancelled. */
    default Optional<Path> chooseOpenFile(String title, Path folder) {
        return Optional.empty();
    }

    /**
     * Lets the user pick vCard and CSV files to import; empty when cancelled. A default, so
     * implementations that never import need not answer it.
     */
    default List<Path> chooseContactFiles(String title) {
        return List.of();
    }

    /** Lets the user pick photos of business cards (JPEG, PNG); empty when cancelled. */
    default List<Path> chooseCardPhotos(String title) {
        return List.of();
    }

    /** Lets the user pick a folder; empty when cancelled. */
    default Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }
}
