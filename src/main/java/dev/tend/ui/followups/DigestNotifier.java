package dev.tend.ui.followups;

import java.util.function.IntSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * While the window runs, asks the {@link DigestSchedule} twice a minute whether the week's digest
 * is due and, once it is, tells the user through the {@link Notifier}; following it opens This week.
 */
public final class DigestNotifier {
    private final DigestSchedule schedule;
    private final Notifier notifier;
    private final String title;
    private final java.util.function.IntFunction<String> message;
    private final IntSupplier count;
    private final Runnable openDigest;
    private Timeline timeline;

    public DigestNotifier(DigestSchedule schedule, Notifier notifier, String title,
                          java.util.function.IntFunction<String> message, IntSupplier count, Runnable openDigest) {
        this.schedule = schedule;
        this.notifier = notifier;
        this.title = title;
        this.message = message;
        this.count = count;
        this.openDigest = openDigest;
    }

    /** Checks now: true when it notified. */
    public boolean check() {
        if (!schedule.notifyNow()) {
            return false;
        }
        notifier.notify(title, message.apply(count.getAsInt()), openDigest);
        return true;
    }

    public void start() {
        stop();
        timeline = new Timeline(new KeyFrame(Duration.seconds(30), e -> check()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
    }

    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
