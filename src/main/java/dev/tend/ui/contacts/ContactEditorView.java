package dev.tend.ui.contacts;

import atlantafx.base.theme.Styles;
import dev.tend.domain.Circle;
import dev.tend.domain.Event;
import dev.tend.domain.HowMet;
import dev.tend.domain.UrlKind;
import dev.tend.ui.common.Avatar;
import dev.tend.ui.common.Converters;
import dev.tend.ui.common.Forms;
import dev.tend.ui.common.I18n;
import dev.tend.ui.common.Icons;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The detail pane: every field of a contact, bound to {@link ContactEditorViewModel}. */
final class ContactEditorView extends BorderPane {
    private static final List<String> LABELS = List.of("work", "home", "mobile", "other");

    private final ContactEditorViewModel vm;
    private final I18n i18n;
    private final Runnable onExportData;
    private final Runnable onErase;

    ContactEditorView(ContactEditorViewModel vm, I18n i18n, Runnable onDelete, Node relationship) {
        this(vm, i18n, onDelete, relationship, null, null);
    }

    /** With {@code onExportData} and {@code onErase}, the toolbar has a "More" menu offering them. */
    ContactEditorView(ContactEditorViewModel vm, I18n i18n, Runnable onDelete, Node relationship,
                      Runnable onExportData, Runnable onErase) {
        this.onExportData = onExportData;
        this.onErase = onErase;
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("contact-editor");
        VBox content = new VBox(18, header(), nameSection(), detailsSection(), relationshipSection(),
                notesSection());
        if (relationship != null) {
            // The give/take balance and the timeline, above the form; not for a contact not yet saved.
            relationship.visibleProperty().bind(vm.contactIdProperty().isNotNull());
            relationship.managedProperty().bind(vm.contactIdProperty().isNotNull());
            content.getChildren().add(1, relationship);
        }
        content.setPadding(new Insets(20, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        // The actions stay in view however far the long form is scrolled.
        setTop(toolbar(onDelete));
        setCenter(scroll);
    }

    private Node header() {
        Avatar avatar = new Avatar(64);
        Runnable showPhoto = () -> avatar.show(vm.headingProperty().get(),
                vm.photoProperty().get() == null ? null : vm.photoProperty().get().data());
        vm.photoProperty().addListener((o, a, b) -> showPhoto.run());
        vm.headingProperty().addListener((o, a, b) -> showPhoto.run());
        showPhoto.run();

        Label heading = new Label();
        heading.setId("contactHeading");
        heading.textProperty().bind(vm.headingProperty());
        heading.getStyleClass().add(Styles.TITLE_2);
        Label archived = new Label(i18n.get("contact.archived"));
        archived.getStyleClass().addAll(Styles.TEXT_SMALL, "archived-badge");
        archived.visibleProperty().bind(vm.archivedProperty());
        archived.managedProperty().bind(vm.archivedProperty());

        Button photo = new Button(i18n.get("contact.photo.choose"), Icons.of(Material2AL.ADD_A_PHOTO));
        photo.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        photo.setOnAction(e -> vm.choosePhoto());
        Button removePhoto = new Button(i18n.get("contact.photo.remove"));
        removePhoto.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        removePhoto.visibleProperty().bind(vm.photoProperty().isNotNull());
        removePhoto.setOnAction(e -> vm.removePhoto());
        Label photoError = Forms.errorLabel(vm.photoErrorProperty());
        VBox title = new VBox(4, heading, archived, new HBox(4, photo, removePhoto), photoError);
        title.setMinWidth(0);
        HBox header = new HBox(16, avatar, title);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node toolbar(Runnable onDelete) {
        Button save = new Button(i18n.get("action.save"), Icons.of(Material2MZ.SAVE));
        save.setId("saveButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(vm.dirtyProperty().not());
        save.setOnAction(e -> vm.save());
        save.setTooltip(new Tooltip(i18n.get("shortcut.save")));
        Button revert = new Button(i18n.get("action.revert"));
        revert.setId("revertButton");
        revert.disableProperty().bind(vm.dirtyProperty().not().or(vm.contactIdProperty().isNull()));
        revert.setOnAction(e -> vm.revert());
        Button archive = new Button();
        archive.textProperty().bind(Bindings.when(vm.archivedProperty())
                .then(i18n.get("action.unarchive")).otherwise(i18n.get("action.archive")));
        archive.setGraphic(Icons.of(Material2AL.ARCHIVE));
        archive.setOnAction(e -> {
            vm.archivedProperty().set(!vm.archivedProperty().get());
            vm.save();
        });
        archive.disableProperty().bind(vm.contactIdProperty().isNull());
        Button delete = new Button(i18n.get("action.delete"), Icons.of(Material2AL.DELETE_OUTLINE));
        delete.setId("deleteButton");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(vm.contactIdProperty().isNull());
        delete.setOnAction(e -> onDelete.run());
        for (Button b : List.of(save, revert, archive, delete)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, save, revert, spacer, archive, delete);
        if (onExportData != null && onErase != null) {
            javafx.scene.control.MenuItem export = new javafx.scene.control.MenuItem(i18n.get("contact.exportData"));
            export.setId("exportContactData");
            export.setOnAction(e -> onExportData.run());
            javafx.scene.control.MenuItem erase = new javafx.scene.control.MenuItem(i18n.get("contact.erase"));
            erase.setId("eraseContact");
            erase.setOnAction(e -> onErase.run());
            javafx.scene.control.MenuButton more = new javafx.scene.control.MenuButton(null,
                    Icons.of(Material2MZ.MORE_VERT), export, erase);
            more.setId("contactMore");
            more.setTooltip(new Tooltip(i18n.get("contact.more")));
            more.disableProperty().bind(vm.contactIdProperty().isNull());
            more.setMinWidth(Region.USE_PREF_SIZE);
            bar.getChildren().add(more);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("editor-toolbar");
        return bar;
    }

    private Node nameSection() {
        GridPane grid = grid();
        int row = 0;
        TextField given = Forms.textField("givenName", vm.givenNameProperty());
        TextField family = Forms.textField("familyName", vm.familyNameProperty());
        Forms.markError(given, vm.nameErrorProperty());
        addRow(grid, row++, "contact.field.prefix", Forms.textField("namePrefix", vm.namePrefixProperty()));
        addRow(grid, row++, "contact.field.givenName", given);
        addRow(grid, row++, "contact.field.familyName", family);
        TextField full = Forms.textField("fullName", vm.fullNameProperty());
        full.promptTextProperty().bind(Bindings.concat(vm.givenNameProperty(), " ", vm.familyNameProperty()));
        addRow(grid, row++, "contact.field.fullName", full);
        grid.add(Forms.errorLabel(vm.nameErrorProperty()), 1, row++);
        addRow(grid, row++, "contact.field.organisation", Forms.textField("organisation", vm.organisationProperty()));
        addRow(grid, row++, "contact.field.department", Forms.textField("department", vm.departmentProperty()));
        addRow(grid, row, "contact.field.title", Forms.textField("title", vm.titleProperty()));
        return Forms.section(i18n, "contact.section.name", grid);
    }

    private Node detailsSection() {
        VBox box = new VBox(10,
                rows("contact.field.emails", "email", vm.emails(), vm::addEmail, "contact.add.email"),
                rows("contact.field.phones", "phone", vm.phones(), vm::addPhone, "contact.add.phone"),
                rows("contact.field.urls", "url", vm.urls(), vm::addUrl, "contact.add.url"),
                addresses());
        return Forms.section(i18n, "contact.section.details", box);
    }

    private Node relationshipSection() {
        GridPane grid = grid();
        int row = 0;
        ComboBox<Circle> circle = enumCombo("circle", Circle.values(), vm.circleProperty().get());
        circle.valueProperty().bindBidirectional(vm.circleProperty());
        addRow(grid, row++, "contact.field.circle", circle);
        ComboBox<HowMet> howMet = enumCombo("howMet", HowMet.values(), vm.howMetProperty().get());
        howMet.valueProperty().bindBidirectional(vm.howMetProperty());
        addRow(grid, row++, "contact.field.howMet", howMet);

        ComboBox<Event> metAt = new ComboBox<>();
        metAt.setId("metAt");
        metAt.setMaxWidth(Double.MAX_VALUE);
        ObservableList<Event> choices = vm.eventChoices();
        metAt.setItems(choices);
        metAt.setConverter(eventConverter());
        metAt.setPromptText(i18n.get("contact.metAt.none"));
        metAt.valueProperty().bindBidirectional(vm.metAtProperty());
        Button clearMetAt = new Button(null, Icons.of(Material2AL.CLEAR));
        clearMetAt.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clearMetAt.setOnAction(e -> vm.metAtProperty().set(null));
        HBox.setHgrow(metAt, Priority.ALWAYS);
        addRow(grid, row++, "contact.field.metAt", new HBox(4, metAt, clearMetAt));

        DatePicker firstMet = Forms.datePicker(i18n, "firstMet", vm.firstMetProperty());
        Forms.markError(firstMet, vm.firstMetErrorProperty());
        addRow(grid, row++, "contact.field.firstMet", firstMet);
        grid.add(Forms.errorLabel(vm.firstMetErrorProperty()), 1, row++);
        DatePicker birthday = Forms.datePicker(i18n, "birthday", vm.birthdayProperty());
        Forms.markError(birthday, vm.birthdayErrorProperty());
        addRow(grid, row++, "contact.field.birthday", birthday);
        grid.add(Forms.errorLabel(vm.birthdayErrorProperty()), 1, row++);
        addRow(grid, row, "contact.field.tags", tagsEditor());
        return Forms.section(i18n, "contact.section.relationship", grid);
    }

    private Node notesSection() {
        TextArea notes = new TextArea();
        notes.setId("notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(5);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        return Forms.section(i18n, "contact.section.notes", notes);
    }

    private Node tagsEditor() {
        FlowPane chips = new FlowPane(6, 6);
        Runnable render = () -> chips.getChildren().setAll(vm.tags().stream().map(tag -> {
            Button remove = new Button(null, Icons.of(Material2AL.CLOSE, 12));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            remove.setOnAction(e -> vm.tags().remove(tag));
            remove.setAccessibleText(i18n.get("contact.tag.remove", tag));
            Label chip = new Label(tag, remove);
            chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            chip.getStyleClass().add("tag-chip");
            return (Node) chip;
        }).toList());
        vm.tags().addListener((ListChangeListener<String>) c -> render.run());
        render.run();
        TextField input = new TextField();
        input.setId("tagInput");
        input.setPromptText(i18n.get("contact.tag.prompt"));
        input.setOnAction(e -> {
            for (String t : input.getText().split(",")) {
                vm.addTag(t);
            }
            input.clear();
        });
        return new VBox(6, chips, input);
    }

    private Node rows(String titleKey, String idPrefix, ObservableList<ValueRow> rows, Runnable add,
                      String addKey) {
        VBox list = new VBox(6);
        Runnable render = () -> {
            list.getChildren().clear();
            for (int i = 0; i < rows.size(); i++) {
                list.getChildren().add(valueRow(idPrefix + "-" + i, rows.get(i), rows));
            }
        };
        rows.addListener((ListChangeListener<ValueRow>) c -> render.run());
        render.run();
        Button addButton = new Button(i18n.get(addKey), Icons.of(Material2AL.ADD));
        addButton.setId("add-" + idPrefix);
        addButton.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        addButton.setOnAction(e -> {
            add.run();
            list.getChildren().get(list.getChildren().size() - 1).lookup("TextField").requestFocus();
        });
        Label title = new Label(i18n.get(titleKey));
        title.getStyleClass().add("field-label");
        return new VBox(4, title, list, addButton);
    }

    private Node valueRow(String id, ValueRow row, ObservableList<ValueRow> rows) {
        TextField value = new TextField();
        value.setId(id);
        value.textProperty().bindBidirectional(row.valueProperty());
        HBox.setHgrow(value, Priority.ALWAYS);
        // Web addresses carry no label: their kind (LinkedIn, Xing, website) shows instead.
        Node label = id.startsWith("url") ? urlKind(row) : labelCombo(row.labelProperty());
        Button remove = new Button(null, Icons.of(Material2AL.CLOSE));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setAccessibleText(i18n.get("action.remove"));
        remove.setOnAction(e -> rows.remove(row));
        Forms.markError(value, row.errorProperty());
        HBox line = new HBox(6, value, label, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, line, Forms.errorLabel(row.errorProperty()));
    }

    private Node urlKind(ValueRow row) {
        Label kind = new Label();
        kind.getStyleClass().add("url-kind");
        kind.setPrefWidth(140);
        kind.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.label(UrlKind.of(row.valueProperty().get())), row.valueProperty()));
        return kind;
    }

    private Node addresses() {
        VBox list = new VBox(10);
        Runnable render = () -> {
            list.getChildren().clear();
            for (int i = 0; i < vm.addresses().size(); i++) {
                list.getChildren().add(addressRow(i, vm.addresses().get(i)));
            }
        };
        vm.addresses().addListener((ListChangeListener<AddressRow>) c -> render.run());
        render.run();
        Button add = new Button(i18n.get("contact.add.address"), Icons.of(Material2AL.ADD));
        add.setId("add-address");
        add.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        add.setOnAction(e -> vm.addAddress());
        Label title = new Label(i18n.get("contact.field.addresses"));
        title.getStyleClass().add("field-label");
        return new VBox(4, title, list, add);
    }

    private Node addressRow(int index, AddressRow row) {
        TextField street = prompt(row.streetProperty(), "address.street", "address-" + index + "-street");
        TextField postal = prompt(row.postalCodeProperty(), "address.postalCode", "address-" + index + "-postalCode");
        postal.setPrefColumnCount(6);
        TextField city = prompt(row.cityProperty(), "address.city", "address-" + index + "-city");
        TextField region = prompt(row.regionProperty(), "address.region", null);
        TextField country = prompt(row.countryProperty(), "address.country", null);
        ComboBox<String> label = labelCombo(row.labelProperty());
        Button remove = new Button(null, Icons.of(Material2AL.CLOSE));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setOnAction(e -> vm.addresses().remove(row));
        HBox.setHgrow(street, Priority.ALWAYS);
        HBox.setHgrow(city, Priority.ALWAYS);
        HBox.setHgrow(region, Priority.ALWAYS);
        HBox.setHgrow(country, Priority.ALWAYS);
        HBox first = new HBox(6, street, label, remove);
        HBox second = new HBox(6, postal, city);
        HBox third = new HBox(6, region, country);
        VBox box = new VBox(4, first, second, third);
        box.getStyleClass().add("address-row");
        return box;
    }

    /**
     * Labels are stored as stable keys ("work") and shown in the user's language; anything else
     * the user types is kept as typed.
     */
    private ComboBox<String> labelCombo(StringProperty property) {
        ComboBox<String> label = new ComboBox<>();
        label.setEditable(true);
        label.getItems().setAll(LABELS);
        label.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : i18n.getOr("label." + key, key);
            }

            @Override
            public String fromString(String text) {
                String t = text == null ? "" : text.strip();
                return LABELS.stream().filter(k -> i18n.get("label." + k).equalsIgnoreCase(t)).findFirst().orElse(t);
            }
        });
        label.setPrefWidth(140);
        label.setPromptText(i18n.get("contact.label"));
        label.valueProperty().bindBidirectional(property);
        return label;
    }

    private TextField prompt(StringProperty p, String key, String id) {
        TextField f = new TextField();
        f.setPromptText(i18n.get(key));
        f.textProperty().bindBidirectional(p);
        if (id != null) {
            f.setId(id);
        }
        return f;
    }

    private <E extends Enum<E>> ComboBox<E> enumCombo(String id, E[] values, E initial) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setValue(initial);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(Converters.showing(i18n::label));
        return box;
    }

    private StringConverter<Event> eventConverter() {
        return Converters.showing(e -> e.startDate() == null ? e.name()
                : e.name() + " (" + i18n.date(e.startDate()) + ")");
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        // At least 150 px so the sections line up; wider when a language's labels are longer.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    private void addRow(GridPane grid, int row, String labelKey, Node field) {
        Label label = new Label(i18n.get(labelKey));
        label.getStyleClass().add("field-label");
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

}
