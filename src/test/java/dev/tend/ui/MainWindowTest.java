package dev.tend.ui;

import static dev.tend.ui.TendAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.ContactQuery;
import dev.tend.service.TendServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;

/** The frame around the screens: language, window bounds, the sample network. */
class MainWindowTest extends WindowTest {

    @Test
    void speaksGermanWhenTheUserChoseIt() throws Exception {
        try (TendServices s = TendServices.open(db(), Clock.systemDefaultZone(), Locale.ENGLISH)) {
            s.settings().setLanguage(Locale.GERMAN);
        }
        fixture.start(db());
        assertThat(lookup("#emptyAddButton").queryButton().getText()).isEqualTo("Ersten Kontakt anlegen");
        assertThat(lookup("#navContacts").queryLabeled().getText()).isEqualTo("Kontakte");
    }

    @Test
    void switchingTheLanguageInSettingsRebuildsTheWindow() throws Exception {
        fixture.start(db());
        assertThat(lookup("#navContacts").queryLabeled().getText()).isEqualTo("Contacts");
        clickOn("#navSettings");
        @SuppressWarnings("unchecked")
        ComboBox<Optional<Locale>> language = lookup("#languageChoice").queryAs(ComboBox.class);
        interact(() -> language.setValue(Optional.of(Locale.GERMAN)));
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        clickOn(from(dialog).lookup(".button").match((Button b) -> b.getText().equals("OK")).queryButton());

        waitUntil(() -> lookup("#navContacts").queryLabeled().getText().equals("Kontakte"));
        assertThat(fixture.services().settings().language()).contains(Locale.GERMAN);
    }

    @Test
    void theWindowOpensWhereTheUserLeftIt() throws Exception {
        fixture.start(db());
        interact(() -> {
            fixture.stage().setX(40);
            fixture.stage().setY(30);
            fixture.stage().setWidth(1010);
            fixture.stage().setHeight(640);
        });
        fixture.stop();

        fixture.start(db());
        assertThat(fixture.stage().getWidth()).isEqualTo(1010);
        assertThat(fixture.stage().getHeight()).isEqualTo(640);
        assertThat(fixture.stage().getX()).isEqualTo(40);
        assertThat(fixture.stage().getY()).isEqualTo(30);
    }

    @Test
    void theSampleNetworkOpensInItsOwnDatabase() throws Exception {
        fixture.start(db());
        clickOn("#emptySampleButton");

        waitUntil(() -> fixture.stage().getTitle().equals("Tend — sample network"));
        Path sample = dir.resolve("sample.db");
        assertThat(Files.exists(sample)).isTrue();
        assertThat(fixture.services().file()).isEqualTo(sample);
        assertThat(fixture.services().contacts().count(ContactQuery.all())).isBetween(45, 55);
        try (TendServices own = TendServices.open(db(), Clock.systemDefaultZone(), Locale.ENGLISH)) {
            assertThat(own.contacts().count(ContactQuery.all())).isZero();
        }
    }

    @Test
    void navigatingToAContactClearsTheSearchAndOpensIt() throws Exception {
        long sophie;
        try (TendServices s = TendServices.open(db(), Clock.systemDefaultZone(), Locale.ENGLISH)) {
            s.contacts().create(dev.tend.domain.Contact.builder().givenName("Anna").familyName("Müller").build());
            sophie = s.contacts().create(dev.tend.domain.Contact.builder().givenName("Sophie").familyName("Becker")
                    .build()).id();
        }
        fixture.start(db());
        clickOn("#searchField").write("anna");
        waitUntil(() -> lookup(".contact-cell").queryAll().stream().filter(javafx.scene.Node::isVisible)
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getItem()).filter(java.util.Objects::nonNull).count() == 1);

        dev.tend.ui.main.MainWindow window = lookup(".main-window").queryAs(dev.tend.ui.main.MainWindow.class);
        interact(() -> window.showContact(sophie));

        waitUntil(() -> "Sophie Becker".equals(lookup("#contactHeading").queryLabeled().getText()));
        assertThat(lookup("#searchField").queryTextInputControl().getText()).isEmpty();
        assertThat(lookup("#contactCount").queryLabeled().getText()).isEqualTo("2 contacts");
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedByNameAndLeftAlone() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "shopping list: milk, bread");
        fixture.start(notes);
        assertThat(lookup("#startFailureMessage").queryLabeled().getText())
                .contains(notes.toString()).contains("not a Tend database");
        assertThat(Files.readString(notes)).isEqualTo("shopping list: milk, bread");
        assertThat(fixture.services()).isNull();
    }
}
