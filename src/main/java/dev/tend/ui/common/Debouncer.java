package dev.tend.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs an action once typing pauses, so a search runs per pause, not per keystroke. */
public final class Debouncer {
    private final PauseTransition pause;

    public Debouncer(Duration delay, Runnable action) {
        pause = new PauseTransition(delay);
        pause.setOnFinished(e -> action.run());
    }

    public void trigger() {
        pause.playFromStart();
    }
}
