package dev.tend.ui.followups;

import java.awt.AWTException;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A desktop notification through AWT's system tray, where the desktop has one; elsewhere (and
 * when the tray refuses) the fallback shows it, normally the window's banner.
 */
public final class TrayNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(TrayNotifier.class);
    private final Notifier fallback;
    private TrayIcon icon;
    private Runnable pending = () -> { };

    public TrayNotifier(Notifier fallback) {
        this.fallback = fallback;
    }

    /** Whether this JVM can show tray notifications at all (not headless, and a tray exists). */
    public static boolean supported() {
        try {
            return !java.awt.GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public void notify(String title, String message, Runnable open) {
        if (!supported() || !ensureIcon()) {
            fallback.notify(title, message, open);
            return;
        }
        pending = open;
        icon.displayMessage(title, message, TrayIcon.MessageType.INFO);
    }

    private synchronized boolean ensureIcon() {
        if (icon != null) {
            return true;
        }
        try {
            var image = Toolkit.getDefaultToolkit().getImage(TrayNotifier.class.getResource("/dev/tend/ui/tend-icon.png"));
            TrayIcon t = new TrayIcon(image, "Tend");
            t.setImageAutoSize(true);
            t.addActionListener(e -> Platform.runLater(() -> pending.run()));
            SystemTray.getSystemTray().add(t);
            icon = t;
            return true;
        } catch (AWTException | RuntimeException e) {
            LOG.info("No tray notification: {}", e.toString());
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (icon != null) {
            TrayIcon t = icon;
            icon = null;
            try {
                SystemTray.getSystemTray().remove(t);
            } catch (RuntimeException e) {
                LOG.debug("Removing the tray icon", e);
            }
        }
    }
}
