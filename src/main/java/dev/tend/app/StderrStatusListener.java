package dev.tend.app;

import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;

/**
 * Shows Logback's own warnings and errors on stderr. Without a listener Logback prints them on
 * stdout, into the output that scripts read.
 */
public final class StderrStatusListener implements StatusListener {
    @Override
    public void addStatusEvent(Status status) {
        if (status.getEffectiveLevel() >= Status.WARN) {
            System.err.println("tend: logging: " + status.getMessage());
        }
    }
}
