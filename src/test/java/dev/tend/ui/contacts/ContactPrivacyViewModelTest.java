package dev.tend.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.service.TendServices;
import dev.tend.testing.Fixtures;
import dev.tend.testing.ScriptedDialogs;
import dev.tend.ui.common.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contact menu's "Export this contact's data…" and "Erase completely…", with scripted dialogs. */
class ContactPrivacyViewModelTest {
    @TempDir
    Path dir;

    private TendServices services;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ContactsViewModel contacts;
    private long lena;

    @BeforeEach
    void open() {
        services = TendServices.open(dir.resolve("tend.db"), Fixtures.CLOCK, Locale.ENGLISH);
        lena = services.contacts().create(Contact.builder().fullName("Lena Roth").email("lena@example.org").build()).id();
        services.contacts().create(Contact.builder().fullName("Jan Berg").build());
        I18n i18n = new I18n(Locale.ENGLISH);
        contacts = new ContactsViewModel(services.contacts(), services.events(), dialogs, i18n);
        contacts.setPrivacy(new ContactPrivacyViewModel(services.archives(), services.erasure(), services.contacts(),
                services.events(), dialogs, i18n, Fixtures.CLOCK));
        contacts.editor().load(lena);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void exportsTheOpenContactsDataAsJsonOrVCard() throws Exception {
        Path json = dir.resolve("Lena-Roth.json");
        Path vcf = dir.resolve("lena.vcf");
        dialogs.files.add(json);
        dialogs.files.add(vcf);

        contacts.exportOpenContactData();
        contacts.exportOpenContactData();

        assertThat(Files.readString(json)).contains("\"scope\" : \"contact\"", "Lena Roth").doesNotContain("Jan Berg");
        assertThat(Files.readString(vcf)).contains("FN:Lena Roth").doesNotContain("Jan Berg");
        assertThat(dialogs.asked).anyMatch(m -> m.equals("Lena Roth's data is in " + json + "."));
        assertThat(ContactPrivacyViewModel.fileName("Dr. Jürgen Müller / Söhne")).isEqualTo("Dr-Jürgen-Müller-Söhne");
    }

    @Test
    void erasesOnlyAfterTheUserConfirmsAndTheListForgetsThem() {
        dialogs.confirmations.add(false);
        contacts.eraseOpenContact();
        assertThat(services.contacts().find(lena)).isPresent();
        assertThat(dialogs.asked).anyMatch(m -> m.startsWith("Erase Lena Roth completely?") && m.contains("cannot be undone"));

        dialogs.confirmations.add(true);
        contacts.eraseOpenContact();

        assertThat(services.contacts().find(lena)).isEmpty();
        assertThat(services.contacts().count(ContactQuery.text("lena"))).isZero();
        assertThat(contacts.editor().contactIdProperty().get()).isNull();
        assertThat(dialogs.asked).contains("Lena Roth has been erased.");
        assertThat(dialogs.errors).isEmpty();
    }
}
