package dev.tend.ui.followups;

/** Tells the user something while the window runs: the desktop's notification area, or a banner in the window. */
public interface Notifier {
    /** Shows the message; {@code open} runs (on the JavaFX thread) when the user follows it. */
    void notify(String title, String message, Runnable open);

    /** Releases what the notifier holds (a tray icon). */
    default void close() {
    }
}
