package dev.tend.ui;

import static dev.tend.ui.TendAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.FlaggedContact;
import dev.tend.domain.NetworkCheck;
import dev.tend.service.NetworkHealth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

/** The Network screen on the sample network, driven through the real window. */
class NetworkScreenTest extends WindowTest {
    private static final String[] CARD_IDS = {"NetTakers", "ThanksOwed", "DeclinedNotMadeGood", "Dormant", "OnlineOnly"};

    private Path sample(Locale language) {
        return TendAppFixture.sampleDatabase(dir, language);
    }

    @SuppressWarnings("unchecked")
    private ListView<FlaggedContact> list() {
        return (ListView<FlaggedContact>) lookup("#networkContacts").query();
    }

    private String count(NetworkCheck check) {
        return lookup("#count" + CARD_IDS[check.ordinal()]).queryLabeled().getText();
    }

    @Test
    void showsTheCountsOfTheFiveChecks() throws Exception {
        fixture.start(sample(Locale.ENGLISH));
        clickOn("#navNetwork");
        NetworkHealth.Summary expected = fixture.services().network().summary(LocalDate.now());
        for (NetworkCheck check : NetworkCheck.values()) {
            assertThat(expected.count(check)).as(check.name()).isPositive();
            assertThat(count(check)).as(check.name()).isEqualTo(Integer.toString(expected.count(check)));
        }
        assertThat(lookup("#navNetwork").queryLabeled().getText()).isEqualTo("Network");
        assertThat(lookup("#cardDormant").queryAs(Node.class).lookup(".network-card-title"))
                .extracting(n -> ((javafx.scene.control.Label) n).getText()).isEqualTo("Dormant");
        assertThat(lookup("#balanceGiven").queryLabeled().getText())
                .isEqualTo(String.format(Locale.ENGLISH, "%,d", expected.balance().given()));
        assertThat(list().getItems()).isEmpty();
    }

    @Test
    void aCardListsTheContactsBehindItAndAClickOpensOneInContacts() throws Exception {
        fixture.start(sample(Locale.ENGLISH));
        clickOn("#navNetwork");
        clickOn("#cardDormant");

        List<String> expected = fixture.services().network().check(NetworkCheck.DORMANT, LocalDate.now()).contacts()
                .stream().map(FlaggedContact::displayName).toList();
        waitUntil(() -> list().getItems().size() == expected.size());
        assertThat(list().getItems()).extracting(FlaggedContact::displayName).isEqualTo(expected);
        assertThat(lookup("#networkContactsTitle").queryLabeled().getText()).isEqualTo("Dormant · " + expected.size());

        String first = expected.get(0);
        clickOn(from(list()).lookup(".contact-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> cell.getIndex() == 0 && cell.isVisible())
                .queryAs(javafx.scene.control.ListCell.class));
        waitUntil(() -> first.equals(lookup("#contactHeading").queryLabeled().getText()));
        assertThat(lookup("#navContacts").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void itRunsTheChecksAgainWhenShownAgain() throws Exception {
        fixture.start(sample(Locale.ENGLISH));
        clickOn("#navNetwork");
        clickOn("#cardOnlineOnly");
        int before = Integer.parseInt(count(NetworkCheck.ONLINE_ONLY));
        FlaggedContact someone = list().getItems().get(0);

        clickOn("#navContacts");
        fixture.services().contacts().archive(List.of(someone.id()));
        clickOn("#navNetwork");

        waitUntil(() -> count(NetworkCheck.ONLINE_ONLY).equals(Integer.toString(before - 1)));
        assertThat(list().getItems()).extracting(FlaggedContact::id).doesNotContain(someone.id()).hasSize(before - 1);
    }

    @Test
    void speaksGerman() throws Exception {
        fixture.start(sample(Locale.GERMAN));
        clickOn("#navNetwork");
        assertThat(lookup("#navNetwork").queryLabeled().getText()).isEqualTo("Netzwerk");
        clickOn("#cardThanksOwed");
        waitUntil(() -> !list().getItems().isEmpty());
        assertThat(lookup("#networkContactsTitle").queryLabeled().getText()).startsWith("Dank offen · ");
        assertThat(lookup("#networkContacts .contact-detail").queryLabeled().getText()).contains("nicht bedankt, seit");
    }

    @Test
    void screenshots() throws Exception {
        for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            fixture.stop();
            Files.deleteIfExists(dir.resolve("sample.db"));
            Files.deleteIfExists(dir.resolve("sample.db-wal"));
            Files.deleteIfExists(dir.resolve("sample.db-shm"));
            fixture.start(sample(language));
            interact(() -> {
                fixture.stage().setWidth(1280);
                fixture.stage().setHeight(900);
            });
            clickOn("#navNetwork");
            clickOn("#cardDormant");
            waitUntil(() -> !list().getItems().isEmpty());
            String suffix = language == Locale.ENGLISH ? "" : "-de";
            Path window = snapshot(fixture.stage().getScene().getRoot(), "network" + suffix + ".png");
            assertThat(Files.size(window)).isGreaterThan(20_000);
            javafx.scene.control.ScrollPane view = lookup("#networkView").queryAs(javafx.scene.control.ScrollPane.class);
            Path full = snapshot(view.getContent(), "network-full" + suffix + ".png");
            assertThat(Files.size(full)).isGreaterThan(20_000);
        }
    }

}
