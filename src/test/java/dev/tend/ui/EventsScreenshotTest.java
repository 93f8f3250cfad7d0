package dev.tend.ui;

import static dev.tend.ui.TendAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.EventSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

/**
 * Renders the Events screen from the sample network (three fairs with people met at each). Writes to
 * target/screenshots, or to the folder in {@code -Dtend.screenshots=docs/screenshots}.
 */
class EventsScreenshotTest extends WindowTest {

    @Test
    void eventsScreenWithTheSampleNetwork() throws Exception {
        eventsScreen(Locale.ENGLISH, "events.png", "People met here");
    }

    @Test
    void eventsScreenInGerman() throws Exception {
        eventsScreen(Locale.GERMAN, "events-de.png", "Hier getroffen");
    }

    private void eventsScreen(Locale language, String file, String peopleTitle) throws Exception {
        Path db = TendAppFixture.sampleDatabase(dir, language);
        fixture.start(db);
        fixture.resize(1280, 820);
        clickOn("#navEvents");
        @SuppressWarnings("unchecked")
        ListView<EventSummary> list = (ListView<EventSummary>) lookup("#eventList").query();
        waitUntil(() -> list.getItems().size() == 3);
        int hannover = list.getItems().stream().map(s -> s.event().name()).toList()
                .indexOf(list.getItems().stream().map(s -> s.event().name()).filter(n -> n.startsWith("Hannover"))
                        .findFirst().orElseThrow());
        interact(() -> list.getSelectionModel().select(hannover));
        waitUntil(() -> lookup("#eventHeading").queryLabeled().getText().startsWith("Hannover Messe"));
        assertThat(lookup(".section-title").match((javafx.scene.control.Label l) -> l.getText().equals(peopleTitle))
                .tryQuery()).isPresent();
        assertThat(lookup(".event-person").queryAll()).isNotEmpty();
        Path png = snapshot(fixture.stage().getScene().getRoot(), file);
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

}
