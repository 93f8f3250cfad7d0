package dev.tend.ui;

import static dev.tend.ui.TendAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactSummary;
import dev.tend.service.TendServices;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The command line writes while the window is open; the window shows it without a restart. */
class OutsideChangesTest extends WindowTest {

    @SuppressWarnings("unchecked")
    private List<String> names() {
        ListView<ContactSummary> list = (ListView<ContactSummary>) lookup("#contactList").query();
        return list.getItems().stream().map(ContactSummary::displayName).toList();
    }

    @Test
    void aContactAddedByAnotherProcessAppearsInTheOpenWindow() throws Exception {
        try (TendServices s = TendServices.open(db(), Clock.systemDefaultZone(), Locale.ENGLISH)) {
            s.contacts().create(Contact.builder().givenName("Anna").familyName("Müller").build());
        }
        fixture.start(db());
        interact(() -> fixture.stage().requestFocus());
        assertThat(names()).containsExactly("Anna Müller");

        // Another connection, as `tend import` in a terminal would open.
        try (TendServices cli = TendServices.open(db(), Clock.systemDefaultZone(), Locale.ENGLISH)) {
            cli.contacts().create(Contact.builder().givenName("Ben").familyName("Adler").build());
        }

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> names().size() == 2);
        waitUntil(() -> names().contains("Ben Adler"));
    }

    @Test
    void theWindowsOwnWritesDoNotCountAsOutsideChanges() throws Exception {
        fixture.start(db());
        long before = fixture.services().database().dataVersion();
        fixture.services().contacts().create(Contact.builder().givenName("Cleo").familyName("Berg").build());
        assertThat(fixture.services().database().dataVersion()).isEqualTo(before);

        try (TendServices cli = TendServices.open(db(), Clock.systemDefaultZone(), Locale.ENGLISH)) {
            cli.contacts().create(Contact.builder().givenName("Ben").familyName("Adler").build());
        }
        assertThat(fixture.services().database().dataVersion()).isNotEqualTo(before);
    }
}
