package dev.tend.ui.ledger;

import atlantafx.base.theme.Styles;
import dev.tend.domain.Channel;
import dev.tend.domain.ContactSummary;
import dev.tend.domain.Direction;
import dev.tend.domain.Event;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.ExchangeStatus;
import dev.tend.ui.common.Converters;
import dev.tend.ui.common.Forms;
import dev.tend.ui.common.I18n;
import dev.tend.ui.common.Icons;
import dev.tend.ui.ledger.LogInteractionViewModel.ExchangeRow;
import dev.tend.ui.ledger.LogInteractionViewModel.Participant;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * "Log interaction": when, how, where, with whom, and what was given or received, bound to
 * {@link LogInteractionViewModel}. The Log button stays open with the problems marked when the
 * service refuses; the dialog's result is the stored interaction's id.
 */
public final class LogInteractionDialog extends Dialog<Long> {
    private final LogInteractionViewModel vm;
    private final I18n i18n;

    public LogInteractionDialog(Window owner, LogInteractionViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(i18n.get("log.title"));
        setHeaderText(null);
        setResizable(true);
        getDialogPane().setId("logInteractionDialog");
        getDialogPane().getStylesheets().add(Objects.requireNonNull(
                LogInteractionDialog.class.getResource("/dev/tend/ui/tend.css")).toExternalForm());
        getDialogPane().getStyleClass().add("log-dialog");

        VBox content = new VBox(16, basics(), participants(), exchanges(), Forms.errorLabel(vm.formErrorProperty()));
        content.setPadding(new Insets(16, 20, 16, 20));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setPrefViewportHeight(580);
        getDialogPane().setContent(scroll);
                getDialogPane().setPrefWidth(800);
        getDialogPane().setMinWidth(800);

        ButtonType log = new ButtonType(i18n.get("log.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(log, new ButtonType(i18n.get("action.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Button logButton = (Button) getDialogPane().lookupButton(log);
        logButton.setId("logSaveButton");
        logButton.getStyleClass().add(Styles.ACCENT);
        // A refused save keeps the dialog open with the problems marked.
        logButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.save()) {
                e.consume();
            }
        });
        setResultConverter(b -> b == log ? vm.savedIdProperty().get() : null);
    }

    private Node basics() {
        DatePicker date = new DatePicker();
        date.setId("logDate");
        date.setConverter(Forms.dates(i18n));
        date.valueProperty().bindBidirectional(vm.dateProperty());
        date.setMaxWidth(Double.MAX_VALUE);
        Forms.markError(date, vm.dateErrorProperty());

        ComboBox<Channel> channel = new ComboBox<>();
        channel.setId("logChannel");
        channel.getItems().setAll(Channel.values());
        channel.setConverter(Converters.showing(i18n::label));
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        channel.setMaxWidth(Double.MAX_VALUE);

        ComboBox<Event> event = new ComboBox<>(vm.eventChoices());
        event.setId("logEvent");
        event.setPromptText(i18n.get("log.event.none"));
        event.setConverter(Converters.showing(e -> e.startDate() == null ? e.name()
                : e.name() + " (" + i18n.date(e.startDate()) + ")"));
        event.valueProperty().bindBidirectional(vm.eventProperty());
        event.setMaxWidth(Double.MAX_VALUE);
        Button clearEvent = new Button(null, Icons.of(Material2AL.CLEAR));
        clearEvent.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        clearEvent.setTooltip(new Tooltip(i18n.get("log.event.clear")));
        clearEvent.setOnAction(e -> vm.eventProperty().set(null));
        HBox.setHgrow(event, Priority.ALWAYS);

        TextField summary = new TextField();
        summary.setId("logSummary");
        summary.setPromptText(i18n.get("log.summary.prompt"));
        summary.textProperty().bindBidirectional(vm.summaryProperty());

        GridPane grid = grid();
        grid.add(label("log.field.date", date), 0, 0);
        grid.add(date, 1, 0);
        grid.add(label("log.field.channel", channel), 2, 0);
        grid.add(channel, 3, 0);
        grid.add(Forms.errorLabel(vm.dateErrorProperty()), 1, 1, 3, 1);
        grid.add(label("log.field.event", event), 0, 2);
        grid.add(new HBox(4, event, clearEvent), 1, 2, 3, 1);
        grid.add(label("log.field.summary", summary), 0, 3);
        grid.add(summary, 1, 3, 3, 1);
        return grid;
    }

    private Node participants() {
        FlowPane chips = new FlowPane(6, 6);
        chips.setId("logParticipants");
        Runnable render = () -> chips.getChildren().setAll(vm.participants().stream().map(this::chip).toList());
        vm.participants().addListener((ListChangeListener<Participant>) c -> render.run());
        render.run();

        TextField search = new TextField();
        search.setId("participantSearch");
        search.setPromptText(i18n.get("log.participants.prompt"));
        search.textProperty().bindBidirectional(vm.participantQueryProperty());
        Forms.markError(search, vm.participantsErrorProperty());

        ListView<ContactSummary> suggestions = new ListView<>(vm.suggestions());
        suggestions.setId("participantSuggestions");
        suggestions.setFixedCellSize(30);
        suggestions.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(vm.suggestions()).multiply(30).add(4));
        suggestions.setMaxHeight(6 * 30 + 4);
        suggestions.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ContactSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.organisation() == null ? item.displayName()
                        : item.displayName() + " · " + item.organisation());
            }
        });
        var any = javafx.beans.binding.Bindings.isNotEmpty(vm.suggestions());
        suggestions.visibleProperty().bind(any);
        suggestions.managedProperty().bind(any);
        suggestions.setOnMouseClicked(e -> pick(suggestions, search));
        suggestions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pick(suggestions, search);
                e.consume();
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.suggestions().isEmpty()) {
                suggestions.requestFocus();
                suggestions.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && vm.addFirstSuggestion()) {
                e.consume();
            }
        });
        Label hint = new Label(i18n.get("log.participants.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox box = new VBox(6, chips, search, suggestions, Forms.errorLabel(vm.participantsErrorProperty()), hint);
        return section("log.section.participants", box);
    }

    private void pick(ListView<ContactSummary> suggestions, TextField search) {
        ContactSummary s = suggestions.getSelectionModel().getSelectedItem();
        if (s != null) {
            vm.addParticipant(s);
            search.requestFocus();
        }
    }

    private Node chip(Participant p) {
        Button remove = new Button(null, Icons.of(Material2AL.CLOSE, 12));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        remove.setAccessibleText(i18n.get("log.participants.remove", p.name()));
        remove.setOnAction(e -> vm.removeParticipant(p));
        Label chip = new Label(p.name(), remove);
        chip.setContentDisplay(ContentDisplay.RIGHT);
        chip.getStyleClass().add("tag-chip");
        return chip;
    }

    private Node exchanges() {
        VBox rows = new VBox(10);
        rows.setId("logExchanges");
        Runnable render = () -> {
            rows.getChildren().clear();
            for (int i = 0; i < vm.exchanges().size(); i++) {
                rows.getChildren().add(exchangeRow(i, vm.exchanges().get(i)));
            }
        };
        vm.exchanges().addListener((ListChangeListener<ExchangeRow>) c -> render.run());
        render.run();
        Button add = new Button(i18n.get("log.exchange.add"), Icons.of(Material2AL.ADD));
        add.setId("addExchangeButton");
        add.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        add.setOnAction(e -> vm.addExchange());
        Label hint = new Label(i18n.get("log.exchange.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        return section("log.section.exchanges", new VBox(8, hint, rows, add));
    }

    private Node exchangeRow(int index, ExchangeRow row) {
        String id = "exchange-" + index + "-";
        ComboBox<Participant> contact = new ComboBox<>(vm.participants());
        contact.setId(id + "contact");
        contact.setPromptText(i18n.get("log.exchange.contact"));
        contact.setConverter(Converters.showing(Participant::name));
        contact.valueProperty().bindBidirectional(row.contactProperty());
        contact.setMaxWidth(Double.MAX_VALUE);
        Forms.markError(contact, row.contactErrorProperty());

        ComboBox<Direction> direction = combo(id + "direction", Direction.values(), row.directionProperty());
        ComboBox<ExchangeKind> kind = combo(id + "kind", ExchangeKind.values(), row.kindProperty());
        ComboBox<ExchangeStatus> status = combo(id + "status", ExchangeStatus.values(), row.statusProperty());
        ComboBox<Integer> weight = new ComboBox<>();
        weight.setId(id + "weight");
        weight.getItems().setAll(1, 2, 3);
        weight.setConverter(Converters.showing(w -> i18n.get("weight." + w)));
        weight.valueProperty().bindBidirectional(row.weightProperty());
        weight.setMaxWidth(Double.MAX_VALUE);

        TextField description = new TextField();
        description.setId(id + "description");
        description.setPromptText(i18n.get("log.exchange.description"));
        description.textProperty().bindBidirectional(row.descriptionProperty());

        TextField reason = new TextField();
        reason.setId(id + "reason");
        reason.setPromptText(i18n.get("log.exchange.reason"));
        reason.textProperty().bindBidirectional(row.reasonProperty());
        var declined = row.statusProperty().isEqualTo(ExchangeStatus.DECLINED);
        reason.visibleProperty().bind(declined);
        reason.managedProperty().bind(declined);
        Forms.markError(reason, row.reasonErrorProperty());

        CheckBox thanked = new CheckBox(i18n.get("log.exchange.thanked"));
        thanked.setId(id + "thanked");
        thanked.selectedProperty().bindBidirectional(row.thankedProperty());
        var received = row.directionProperty().isEqualTo(Direction.RECEIVED);
        thanked.visibleProperty().bind(received);
        thanked.managedProperty().bind(received);

        DatePicker due = new DatePicker();
        due.setId(id + "due");
        due.setConverter(Forms.dates(i18n));
        due.setPromptText(i18n.get("log.exchange.due"));
        due.setTooltip(new Tooltip(i18n.get("log.exchange.due")));
        due.valueProperty().bindBidirectional(row.dueOnProperty());
        due.setMaxWidth(Double.MAX_VALUE);
        var promised = row.statusProperty().isEqualTo(ExchangeStatus.PROMISED);
        due.visibleProperty().bind(promised);
        due.managedProperty().bind(promised);
        HBox.setHgrow(due, Priority.ALWAYS);
        HBox extra = new HBox(8, thanked, due);
        extra.setAlignment(Pos.CENTER_LEFT);

        Button remove = new Button(null, Icons.of(Material2AL.CLOSE));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setAccessibleText(i18n.get("action.remove"));
        remove.setTooltip(new Tooltip(i18n.get("action.remove")));
        remove.setOnAction(e -> vm.removeExchange(row));

        // Three to a line, so long German choices ("Empfehlung an Dritte") show in full.
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints third = new ColumnConstraints();
        third.setPercentWidth(100.0 / 3);
        grid.getColumnConstraints().setAll(third, third, third);
        for (ComboBox<?> c : List.of(direction, kind, status)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        grid.addRow(0, contact, direction, kind);
        grid.addRow(1, weight, status, extra);
        HBox second = new HBox(8, description, reason);
        second.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(description, Priority.ALWAYS);
        HBox.setHgrow(reason, Priority.ALWAYS);
        description.setMaxWidth(Double.MAX_VALUE);
        reason.setMaxWidth(Double.MAX_VALUE);
        grid.add(second, 0, 2, 3, 1);
        VBox errors = new VBox(2, Forms.errorLabel(row.contactErrorProperty()), Forms.errorLabel(row.reasonErrorProperty()),
                Forms.errorLabel(row.errorProperty()));
        grid.add(errors, 0, 3, 3, 1);
        HBox line = new HBox(6, grid, remove);
        HBox.setHgrow(grid, Priority.ALWAYS);
        line.setAlignment(Pos.TOP_LEFT);
        line.getStyleClass().add("exchange-row");
        line.setId(id + "row");
        return line;
    }

    private <E extends Enum<E>> ComboBox<E> combo(String id, E[] values,
                                                  javafx.beans.property.ObjectProperty<E> property) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(Converters.showing(i18n::label));
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        field.setPercentWidth(-1);
        ColumnConstraints label2 = new ColumnConstraints();
        label2.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints field2 = new ColumnConstraints();
        field2.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, field, label2, field2);
        return grid;
    }

    private Label label(String key, Node field) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("field-label");
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Node section(String titleKey, Node body) {
        Label title = new Label(i18n.get(titleKey));
        title.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        return new VBox(8, title, body);
    }
}
