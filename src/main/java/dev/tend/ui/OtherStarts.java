package dev.tend.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Later starts of Tend on the window's database (decision 0014). Each hands over the files it was
 * given, perhaps none; the window comes forward and imports them.
 */
@FunctionalInterface
public interface OtherStarts {
    /** None: the window was started without the launcher (tests, javafx:run). */
    OtherStarts NONE = handler -> { };

    /** Calls {@code handler} on a background thread for each later start. */
    void listen(Consumer<List<Path>> handler);
}
