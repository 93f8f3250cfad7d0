package dev.tend.ui.events;

import atlantafx.base.theme.Styles;
import dev.tend.domain.EventPerson;
import dev.tend.ui.common.Forms;
import dev.tend.ui.common.I18n;
import dev.tend.ui.common.PersonRow;
import dev.tend.ui.common.Icons;
import dev.tend.ui.common.Navigator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * An event's page: its fields (bound to {@link EventEditorViewModel}), the people met there with
 * whether they were followed up, and a bar of followed-up against met. A person opens in Contacts.
 */
final class EventEditorView extends BorderPane {
    private final EventsViewModel screen;
    private final EventEditorViewModel vm;
    private final I18n i18n;
    private final Navigator navigator;

    EventEditorView(EventsViewModel screen, I18n i18n, Navigator navigator) {
        this.screen = screen;
        this.vm = screen.editor();
        this.i18n = i18n;
        this.navigator = navigator;
        getStyleClass().addAll("contact-editor", "event-editor");
        VBox content = new VBox(18, header(), detailsSection(), peopleSection());
        content.setPadding(new Insets(20, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setTop(toolbar());
        setCenter(scroll);
    }

    private Node toolbar() {
        Button save = new Button(i18n.get("action.save"), Icons.of(Material2MZ.SAVE));
        save.setId("eventSaveButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.dirtyProperty().not());
        save.setOnAction(e -> vm.save());
        save.setTooltip(new Tooltip(i18n.get("shortcut.save")));
        Button revert = new Button(i18n.get("action.revert"));
        revert.setId("eventRevertButton");
        revert.disableProperty().bind(vm.dirtyProperty().not());
        revert.setOnAction(e -> vm.revert());
        Button delete = new Button(i18n.get("action.delete"), Icons.of(Material2AL.DELETE_OUTLINE));
        delete.setId("eventDeleteButton");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(vm.eventIdProperty().isNull());
        delete.setOnAction(e -> screen.deleteSelected());
        for (Button b : List.of(save, revert, delete)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, save, revert, spacer, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("editor-toolbar");
        return bar;
    }

    private Node header() {
        Label icon = new Label(null, Icons.of(Material2MZ.STOREFRONT, 30));
        icon.getStyleClass().add("event-badge");
        icon.setMinSize(56, 56);
        icon.setPrefSize(56, 56);
        icon.setAlignment(Pos.CENTER);
        Label heading = new Label();
        heading.setId("eventHeading");
        heading.textProperty().bind(vm.headingProperty());
        heading.getStyleClass().add(Styles.TITLE_2);
        heading.setWrapText(true);
        Label where = new Label();
        where.setId("eventWhere");
        where.getStyleClass().add(Styles.TEXT_MUTED);
        where.textProperty().bind(Bindings.createStringBinding(() -> screen.placeAndDates(vm.toEvent()),
                vm.cityProperty(), vm.countryProperty(), vm.startDateProperty(), vm.endDateProperty()));
        VBox title = new VBox(2, heading, where);
        title.setMinWidth(0);
        HBox header = new HBox(16, icon, title);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** Name across the page; city and country, start and end side by side; each error under its field. */
    private Node detailsSection() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        field.setPrefWidth(100);
        ColumnConstraints label2 = new ColumnConstraints();
        label2.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints field2 = new ColumnConstraints();
        field2.setHgrow(Priority.ALWAYS);
        field2.setPrefWidth(100); // both field columns get the same share of the width
        grid.getColumnConstraints().setAll(label, field, label2, field2);

        TextField name = Forms.textField("eventName", vm.nameProperty());
        Forms.markError(name, vm.nameErrorProperty());
        addCell(grid, 0, 0, "event.field.name", withError(name, "eventNameError", vm.nameErrorProperty()));
        GridPane.setColumnSpan(grid.getChildren().get(grid.getChildren().size() - 1), 3);
        addCell(grid, 0, 1, "event.field.city", Forms.textField("eventCity", vm.cityProperty()));
        addCell(grid, 2, 1, "event.field.country", Forms.textField("eventCountry", vm.countryProperty()));
        DatePicker start = Forms.datePicker(i18n, "eventStart", vm.startDateProperty());
        Forms.markError(start, vm.startDateErrorProperty());
        addCell(grid, 0, 2, "event.field.start", withError(start, "eventStartError", vm.startDateErrorProperty()));
        DatePicker end = Forms.datePicker(i18n, "eventEnd", vm.endDateProperty());
        Forms.markError(end, vm.endDateErrorProperty());
        addCell(grid, 2, 2, "event.field.end", withError(end, "eventEndError", vm.endDateErrorProperty()));
        TextArea notes = new TextArea();
        notes.setId("eventNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(2);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        addCell(grid, 0, 3, "event.field.notes", notes);
        GridPane.setColumnSpan(notes, 3);
        return Forms.section(i18n, "event.section.details", grid);
    }

    private Node withError(javafx.scene.control.Control control, String errorId, StringProperty error) {
        control.setMaxWidth(Double.MAX_VALUE);
        return new VBox(3, control, errorLabel(errorId, error));
    }

    private Node peopleSection() {
        ProgressBar bar = new ProgressBar();
        bar.setId("followUpProgress");
        bar.progressProperty().bind(screen.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("followUpSummary");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("event.followUp.summary", screen.followedUpProperty().get(), screen.metProperty().get()),
                screen.followedUpProperty(), screen.metProperty()));
        HBox progress = new HBox(12, bar, summary);
        progress.setAlignment(Pos.CENTER_LEFT);
        var anyone = screen.metProperty().greaterThan(0);
        progress.visibleProperty().bind(anyone);
        progress.managedProperty().bind(anyone);

        Label none = new Label(i18n.get("event.people.none"));
        none.setId("eventPeopleNone");
        none.setWrapText(true);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(anyone.not());
        none.managedProperty().bind(anyone.not());

        VBox rows = new VBox(2);
        rows.setId("eventPeople");
        Runnable render = () -> rows.getChildren().setAll(screen.people().stream().map(this::personRow).toList());
        screen.people().addListener((ListChangeListener<EventPerson>) c -> render.run());
        render.run();

        Node section = Forms.section(i18n, "event.section.people", new VBox(12, progress, none, rows));
        // People are met at a stored event; a new one has none yet.
        section.visibleProperty().bind(vm.eventIdProperty().isNotNull());
        section.managedProperty().bind(vm.eventIdProperty().isNotNull());
        return section;
    }

    private Node personRow(EventPerson p) {
        String detail = p.contact().organisation() != null ? p.contact().organisation()
                : p.contact().title() != null ? p.contact().title() : p.contact().primaryEmail();
        Label status = new Label(screen.status(p),
                Icons.of(p.followedUp() ? Material2AL.CHECK_CIRCLE_OUTLINE : Material2MZ.SCHEDULE, 14));
        status.getStyleClass().addAll("follow-up-status", p.followedUp() ? "followed-up" : "not-yet");
        PersonRow line = new PersonRow(32, status);
        line.setSpacing(12);
        line.show(p.contact().displayName(), detail);
        line.setAlignment(Pos.CENTER_LEFT);
        Button row = new Button(null, line);
        row.setId("person-" + p.contact().id());
        row.getStyleClass().addAll(Styles.FLAT, "event-person");
        row.setMaxWidth(Double.MAX_VALUE);
        row.setAlignment(Pos.CENTER_LEFT);
        line.prefWidthProperty().bind(row.widthProperty().subtract(24));
        row.setTooltip(new Tooltip(i18n.get("event.person.open", p.contact().displayName())));
        row.setOnAction(e -> navigator.showContact(p.contact().id()));
        return row;
    }

    private static Label errorLabel(String id, StringProperty error) {
        Label l = Forms.errorLabel(error);
        l.setId(id);
        return l;
    }

    private void addCell(GridPane grid, int column, int row, String labelKey, Node field) {
        Label label = new Label(i18n.get(labelKey));
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field instanceof VBox box ? box.getChildren().get(0) : field);
        // Aligned with the first line of its field, also when an error shows under the field.
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new Insets(7, 0, 0, 0));
        grid.add(label, column, row);
        grid.add(field, column + 1, row);
    }

}
