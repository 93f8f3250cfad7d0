package dev.tend.ui.events;

import atlantafx.base.theme.Styles;
import dev.tend.domain.EventSummary;
import dev.tend.ui.common.I18n;
import dev.tend.ui.common.Icons;
import dev.tend.ui.common.Navigator;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Events screen: the events newest first with how many people were met and followed up on the
 * left; the selected event's page on the right. Shown again, it re-reads the counts, since
 * contacts may have changed on the Contacts screen meanwhile.
 */
public final class EventsView extends StackPane {
    private final EventsViewModel vm;
    private final I18n i18n;
    private final Navigator navigator;
    private final ListView<EventSummary> list = new ListView<>();
    private boolean syncing;

    public EventsView(EventsViewModel vm, I18n i18n, Navigator navigator) {
        this.vm = vm;
        this.i18n = i18n;
        this.navigator = navigator;
        getStyleClass().add("events-view");
        SplitPane split = new SplitPane(listPane(), pagePane());
        split.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        getChildren().add(split);
        vm.refresh();
        parentProperty().addListener((o, was, is) -> {
            if (is != null && was == null) {
                vm.refresh();
            }
        });
    }

    private Node listPane() {
        Label title = new Label(i18n.get("events.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(i18n.get("events.add"), Icons.of(Material2AL.ADD));
        add.setId("newEventButton");
        add.getStyleClass().add(Styles.ACCENT);
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setTooltip(new Tooltip(i18n.get("events.new")));
        add.setOnAction(e -> {
            if (vm.newEvent()) {
                Platform.runLater(() -> {
                    Node name = lookup("#eventName");
                    if (name != null) {
                        name.requestFocus();
                    }
                });
            }
        });
        HBox top = new HBox(8, title, spacer, add);
        top.setAlignment(Pos.CENTER_LEFT);

        list.setId("eventList");
        list.setCellFactory(v -> new EventListCell(vm));
        list.getItems().setAll(vm.items());
        list.setPlaceholder(placeholder());
        vm.items().addListener((ListChangeListener<EventSummary>) c -> {
            syncing = true;
            try {
                list.getItems().setAll(vm.items());
                showSelection();
            } finally {
                syncing = false;
            }
        });
        vm.selectedIdProperty().addListener((o, a, b) -> {
            syncing = true;
            try {
                showSelection();
            } finally {
                syncing = false;
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (syncing || item == null) {
                return;
            }
            if (!vm.select(item.id())) {
                // The shown event has errors: stay on it, with its fields marked.
                Platform.runLater(() -> {
                    syncing = true;
                    try {
                        showSelection();
                    } finally {
                        syncing = false;
                    }
                });
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox pane = new VBox(10, top, list);
        pane.setPadding(new Insets(12));
        pane.getStyleClass().add("contact-list-pane");
        pane.setMinWidth(260);
        return pane;
    }

    private void showSelection() {
        Long id = vm.selectedIdProperty().get();
        if (id == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == id) {
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(Math.max(0, i - 3));
                }
                return;
            }
        }
        list.getSelectionModel().clearSelection();
    }

    private Node placeholder() {
        Label text = new Label(i18n.get("events.none"));
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(8, Icons.of(Material2AL.EVENT, 32), text);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        return box;
    }

    private Node pagePane() {
        Label hint = new Label(i18n.get("events.detail.none"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox none = new VBox(12, Icons.of(Material2AL.EVENT, 48), hint);
        none.setAlignment(Pos.CENTER);
        none.setPadding(new Insets(24));
        none.getStyleClass().add("detail-placeholder");
        none.visibleProperty().bind(vm.editor().activeProperty().not());
        EventEditorView page = new EventEditorView(vm, i18n, navigator);
        page.visibleProperty().bind(vm.editor().activeProperty());
        return new StackPane(none, page);
    }
}
