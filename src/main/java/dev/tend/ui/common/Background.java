package dev.tend.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (reading files, matching, storing) away from the JavaFX thread and hands its
 * result back on it. View models take one, so tests can pass {@link #SAME_THREAD} and stay
 * synchronous; the window passes {@link FxBackground}.
 */
public interface Background {
    /** Runs everything at once on the caller's thread: for tests. */
    Background SAME_THREAD = new Background() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Exception> onFailed) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailed.accept(e);
                return;
            }
            onDone.accept(result);
        }

        @Override
        public void later(Runnable update) {
            update.run();
        }
    };

    /**
     * Runs {@code work} in the background, then {@code onDone} with its result or {@code onFailed}
     * with what it threw, both on the UI thread.
     */
    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Exception> onFailed);

    /** Runs a small update (a progress value) on the UI thread, from the background work. */
    void later(Runnable update);
}
