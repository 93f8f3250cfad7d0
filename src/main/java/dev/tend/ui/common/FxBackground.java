package dev.tend.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Background} on one worker thread: work runs in the order given (the database takes one
 * writer at a time anyway), results come back through {@link Platform#runLater}. The thread is a
 * daemon, so an import still running does not keep the application alive once the window closed;
 * its transaction is then never committed.
 */
public final class FxBackground implements Background {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackground.class);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tend-background");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Exception> onFailed) {
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Exception e) {
                LOG.debug("Background work failed", e);
                Platform.runLater(() -> onFailed.accept(e));
            }
        });
    }

    @Override
    public void later(Runnable update) {
        Platform.runLater(update);
    }

    /** Stops taking work; what runs now finishes. */
    public void shutdown() {
        worker.shutdown();
    }
}
