package dev.tend.ui.followups;

import java.net.URI;

/** Opens a {@code mailto:} address in the user's mail program (HostServices in the app). */
@FunctionalInterface
public interface MailLauncher {
    void open(URI mailto);
}
