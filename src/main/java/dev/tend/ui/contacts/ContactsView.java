package dev.tend.ui.contacts;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.tend.domain.Circle;
import dev.tend.domain.ContactQuery.Archived;
import dev.tend.domain.ContactSummary;
import dev.tend.domain.Event;
import dev.tend.ui.common.Converters;
import dev.tend.ui.common.Debouncer;
import dev.tend.ui.common.I18n;
import dev.tend.ui.common.Icons;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Contacts screen: search and filters over a virtualised list on the left, the selected
 * contact's every field on the right, a bulk-action bar when several are selected.
 */
public final class ContactsView extends StackPane {
    /** How long typing must pause before the list is searched. */
    static final Duration SEARCH_DELAY = Duration.millis(150);

    private final ContactsViewModel vm;
    private final I18n i18n;
    private final ListView<ContactSummary> list = new ListView<>();
    private final CustomTextField search = new CustomTextField();
    private final java.util.function.Supplier<Node> relationship;
    private boolean restoringSelection;

    public ContactsView(ContactsViewModel vm, I18n i18n, Runnable openSample) {
        this(vm, i18n, openSample, null);
    }

    /**
     * @param relationship builds the relationship section (balance, timeline) shown above the
     *                     form in the detail pane; null for none
     */
    public ContactsView(ContactsViewModel vm, I18n i18n, Runnable openSample,
                        java.util.function.Supplier<Node> relationship) {
        this.vm = vm;
        this.i18n = i18n;
        this.relationship = relationship;
        getStyleClass().add("contacts-view");

        SplitPane split = new SplitPane(listPane(), detailPane());
        split.setDividerPositions(0.36);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        Node empty = new EmptyState(i18n, vm::newContact, openSample);
        // The welcome shows only while the database holds no contact and none is being typed in.
        var showEmpty = vm.databaseEmptyProperty().and(vm.editor().activeProperty().not());
        empty.visibleProperty().bind(showEmpty);
        split.visibleProperty().bind(showEmpty.not());
        getChildren().addAll(split, empty);

        vm.refreshChoices();
        vm.refresh();
    }

    /** Keyboard shortcuts of this screen, installed on the scene by the main window. */
    public void installShortcuts() {
        // Ctrl+N and Ctrl+F are the window's (its menu); saving belongs to this screen while it shows.
        getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (isShowing()) {
                vm.editor().save();
            }
        });
    }

    private boolean isShowing() {
        return getParent() != null && getScene() != null;
    }

    /** Reads the list and the filter choices again. */
    public void refresh() {
        vm.refreshChoices();
        vm.refresh();
    }

    /** Opens a contact in the detail pane, clearing the search and filters so it is in the list. */
    public void showContact(long contactId) {
        vm.clearFilters();
        vm.focusContactProperty().set(null);
        vm.focusContactProperty().set(contactId);
        if (!vm.editor().activeProperty().get() || !Long.valueOf(contactId).equals(vm.editor().contactIdProperty().get())) {
            // Not on a loaded page of the list (a long list): open it in the detail pane anyway.
            vm.editor().load(contactId);
        }
    }

    /** Shows the contacts met at this event or with this tag (see {@link ContactsViewModel#showOnly}). */
    public void showFiltered(Long eventId, String tag) {
        vm.showOnly(eventId, tag);
    }

    public void newContact() {
        vm.newContact();
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private Node listPane() {
        search.setId("searchField");
        search.setPromptText(i18n.get("contacts.search.prompt"));
        search.setLeft(Icons.of(Material2MZ.SEARCH));
        Button clear = new Button(null, Icons.of(Material2AL.CLEAR, 14));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        clear.setOnAction(e -> search.clear());
        search.setRight(clear);
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        // A search still pending when the window closes or switches databases must not run.
        Debouncer debouncer = new Debouncer(SEARCH_DELAY, () -> {
            var scene = search.getScene();
            if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
                vm.refresh();
            }
        });
        search.textProperty().addListener((o, a, b) -> debouncer.trigger());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);

        Button add = new Button(null, Icons.of(Material2MZ.PERSON_ADD));
        add.setId("newContactButton");
        add.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.ACCENT);
        add.setTooltip(new Tooltip(i18n.get("contacts.new") + " (" + i18n.get("shortcut.new") + ")"));
        add.setOnAction(e -> vm.newContact());
        HBox top = new HBox(8, search, add);
        top.setAlignment(Pos.CENTER_LEFT);

        Label count = new Label();
        count.setId("contactCount");
        count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("contacts.count", vm.totalProperty().get()), vm.totalProperty()));

        list.setId("contactList");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new ContactListCell(i18n));
        list.itemsProperty().bind(vm.itemsProperty());
        list.setPlaceholder(placeholder());
        list.getSelectionModel().getSelectedItems().addListener(
                (ListChangeListener<ContactSummary>) c -> Platform.runLater(this::selectionChanged));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.deleteSelected();
                e.consume();
            }
        });
        vm.editor().contactIdProperty().addListener((o, a, id) -> {
            if (id == null && vm.editor().activeProperty().get()) {
                clearSelectionQuietly();
            }
        });
        vm.focusContactProperty().addListener((o, a, id) -> {
            if (id != null) {
                select(id);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        VBox pane = new VBox(8, top, filters(), count, bulkBar(), list);
        pane.setPadding(new Insets(12));
        pane.getStyleClass().add("contact-list-pane");
        return pane;
    }

    private Node placeholder() {
        Label text = new Label();
        text.textProperty().bind(Bindings.createStringBinding(() -> vm.searchTextProperty().get().isBlank()
                        ? i18n.get("contacts.none.filtered") : i18n.get("contacts.none.search", vm.searchTextProperty().get()),
                vm.searchTextProperty()));
        text.setWrapText(true);
        Button reset = new Button(i18n.get("contacts.filters.clear"));
        reset.getStyleClass().add(Styles.FLAT);
        reset.setOnAction(e -> vm.clearFilters());
        VBox box = new VBox(8, Icons.of(Material2MZ.SEARCH_OFF, 32), text, reset);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        return box;
    }

    private Node filters() {
        ComboBox<String> tag = new ComboBox<>(vm.tagChoices());
        tag.setId("tagFilter");
        tag.setPromptText(i18n.get("contacts.filter.tag"));
        tag.valueProperty().bindBidirectional(vm.tagFilterProperty());

        ComboBox<Event> event = new ComboBox<>(vm.eventChoices());
        event.setId("eventFilter");
        event.setPromptText(i18n.get("contacts.filter.event"));
        event.setConverter(Converters.showing(e -> e.name()));
        event.valueProperty().bindBidirectional(vm.eventFilterProperty());

        ComboBox<Circle> circle = new ComboBox<>();
        circle.setId("circleFilter");
        circle.getItems().setAll(Circle.values());
        circle.setPromptText(i18n.get("contacts.filter.circle"));
        circle.setConverter(Converters.showing(i18n::label));
        circle.valueProperty().bindBidirectional(vm.circleFilterProperty());

        ComboBox<Archived> archived = new ComboBox<>();
        archived.setId("archivedFilter");
        archived.getItems().setAll(Archived.values());
        archived.setConverter(Converters.showing(a -> i18n.get("contacts.filter.archived." + a.name())));
        archived.valueProperty().bindBidirectional(vm.archivedFilterProperty());

        Button clear = new Button(null, Icons.of(Material2MZ.SETTINGS_BACKUP_RESTORE));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clear.setTooltip(new Tooltip(i18n.get("contacts.filters.clear")));
        clear.setOnAction(e -> vm.clearFilters());

        // Two by two, each half the pane's width: long German labels fit, and nothing wraps oddly.
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        for (ComboBox<?> box : List.of(tag, event, circle, archived)) {
            box.getStyleClass().add(Styles.SMALL);
            box.setMaxWidth(Double.MAX_VALUE);
        }
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(half, half);
        grid.addRow(0, tag, event);
        grid.addRow(1, circle, archived);
        HBox row = new HBox(6, grid, clear);
        HBox.setHgrow(grid, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node bulkBar() {
        Label selected = new Label();
        selected.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("bulk.selected", vm.selectionSizeProperty().get()), vm.selectionSizeProperty()));
        selected.getStyleClass().add(Styles.TEXT_BOLD);
        Button tag = new Button(i18n.get("bulk.tag"), Icons.of(Material2AL.LABEL));
        tag.setId("bulkTag");
        tag.setOnAction(e -> vm.tagSelected());
        Button untag = new Button(i18n.get("bulk.untag"), Icons.of(Material2AL.LABEL_OFF));
        untag.setOnAction(e -> vm.untagSelected());
        MenuButton circle = new MenuButton(i18n.get("bulk.circle"), Icons.of(Material2AL.DONUT_LARGE));
        circle.setId("bulkCircle");
        for (Circle c : Circle.values()) {
            MenuItem item = new MenuItem(i18n.label(c));
            item.setOnAction(e -> vm.setCircleOfSelected(c));
            circle.getItems().add(item);
        }
        Button archive = new Button(i18n.get("action.archive"), Icons.of(Material2AL.ARCHIVE));
        archive.setOnAction(e -> {
            if (vm.archivedFilterProperty().get() == Archived.ARCHIVED) {
                vm.unarchiveSelected();
            } else {
                vm.archiveSelected();
            }
        });
        archive.textProperty().bind(Bindings.when(vm.archivedFilterProperty().isEqualTo(Archived.ARCHIVED))
                .then(i18n.get("action.unarchive")).otherwise(i18n.get("action.archive")));
        Button delete = new Button(i18n.get("action.delete"), Icons.of(Material2AL.DELETE_OUTLINE));
        delete.setId("bulkDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> vm.deleteSelected());
        for (var b : List.of(tag, untag, circle, archive, delete)) {
            b.getStyleClass().add(Styles.SMALL);
        }
        FlowPane bar = new FlowPane(6, 6, selected, tag, untag, circle, archive, delete);
        bar.setId("bulkBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("bulk-bar");
        var many = vm.selectionSizeProperty().greaterThan(1);
        bar.visibleProperty().bind(many);
        bar.managedProperty().bind(many);
        return bar;
    }

    private Node detailPane() {
        Label hint = new Label();
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.textProperty().bind(Bindings.createStringBinding(() -> vm.selectionSizeProperty().get() > 1
                ? i18n.get("contacts.detail.many", vm.selectionSizeProperty().get())
                : i18n.get("contacts.detail.none"), vm.selectionSizeProperty()));
        VBox none = new VBox(12, Icons.of(Material2AL.CONTACTS, 48), hint);
        none.setAlignment(Pos.CENTER);
        none.getStyleClass().add("detail-placeholder");
        none.visibleProperty().bind(vm.editor().activeProperty().not());
        StackPane pane = new StackPane(none);
        // The editor is the heaviest part of the window; build it when first needed, not at start-up.
        Runnable addEditor = () -> {
            ContactEditorView editor = new ContactEditorView(vm.editor(), i18n, vm::deleteSelected,
                    relationship == null ? null : relationship.get(),
                    vm.offersPrivacy() ? vm::exportOpenContactData : null,
                    vm.offersPrivacy() ? vm::eraseOpenContact : null);
            editor.visibleProperty().bind(vm.editor().activeProperty());
            pane.getChildren().add(editor);
        };
        if (vm.editor().activeProperty().get()) {
            addEditor.run();
        } else {
            vm.editor().activeProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                    if (is) {
                        o.removeListener(this);
                        addEditor.run();
                    }
                }
            });
        }
        return pane;
    }

    private void selectionChanged() {
        if (restoringSelection) {
            return;
        }
        List<ContactSummary> rows = list.getSelectionModel().getSelectedItems().stream()
                .filter(java.util.Objects::nonNull).toList();
        Long previous = vm.editor().contactIdProperty().get();
        if (!vm.select(rows) && previous != null) {
            select(previous);
        }
    }

    private void clearSelectionQuietly() {
        restoringSelection = true;
        try {
            list.getSelectionModel().clearSelection();
        } finally {
            restoringSelection = false;
        }
    }

    private void select(long id) {
        if (!(list.getItems() instanceof LazyContactList lazy)) {
            return;
        }
        int index = lazy.indexOfLoaded(id);
        restoringSelection = true;
        try {
            list.getSelectionModel().clearSelection();
            if (index >= 0) {
                list.getSelectionModel().select(index);
                list.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            restoringSelection = false;
        }
        if (index >= 0) {
            vm.select(List.of(list.getItems().get(index)));
        }
    }

}
