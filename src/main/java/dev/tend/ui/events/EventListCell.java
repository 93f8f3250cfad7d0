package dev.tend.ui.events;

import atlantafx.base.theme.Styles;
import dev.tend.domain.EventSummary;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A row of the event list: name, place and dates, and "12 met · 8 followed up" with a small bar. */
final class EventListCell extends ListCell<EventSummary> {
    private final EventsViewModel vm;
    private final Label name = new Label();
    private final Label place = new Label();
    private final Label counts = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final VBox box;

    EventListCell(EventsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("event-cell");
        name.getStyleClass().add("event-name");
        place.getStyleClass().add("event-detail");
        counts.getStyleClass().add("event-counts");
        bar.getStyleClass().addAll(Styles.SMALL, "event-cell-progress");
        bar.setPrefWidth(64);
        bar.setMinWidth(64);
        HBox line = new HBox(8, counts, bar);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(counts, Priority.NEVER);
        box = new VBox(2, name, place, line);
        box.setMinWidth(0);
        name.setMinWidth(0);
        place.setMinWidth(0);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(EventSummary item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        name.setText(item.event().name());
        String where = vm.placeAndDates(item.event());
        place.setText(where);
        place.setVisible(!where.isEmpty());
        place.setManaged(!where.isEmpty());
        counts.setText(vm.counts(item.met(), item.followedUp()));
        bar.setProgress(item.met() == 0 ? 0 : (double) item.followedUp() / item.met());
        bar.setVisible(item.met() > 0);
        setGraphic(box);
    }
}
