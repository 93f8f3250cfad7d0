package dev.tend.ui.imports;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.tend.domain.Event;
import dev.tend.importer.ColumnMapping;
import dev.tend.service.ImportPreview.Status;
import dev.tend.service.ImportReport;
import dev.tend.service.MergeDecision;
import dev.tend.store.ImportStore.Batch;
import dev.tend.ui.common.I18n;
import dev.tend.ui.common.Icons;
import dev.tend.ui.imports.ImportViewModel.Column;
import dev.tend.ui.imports.ImportViewModel.Filter;
import dev.tend.ui.imports.ImportViewModel.MergeField;
import dev.tend.ui.imports.ImportViewModel.Row;
import dev.tend.ui.imports.ImportViewModel.Step;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Import screen: one pane per step of {@link ImportViewModel} (choose files, map columns,
 * preview and decide, storing, report). Shown again, it re-reads the events and past imports.
 */
public final class ImportView extends StackPane {
    private final ImportViewModel vm;
    private final I18n i18n;
    private final StackPane body = new StackPane();
    private final VBox mergePane = new VBox(8);
    private final ToggleGroup decisionGroup = new ToggleGroup();
    private final List<ToggleButton> decisionButtons = new ArrayList<>();
    private final List<ToggleButton> filterButtons = new ArrayList<>();
    private boolean syncingDecision;

    public ImportView(ImportViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("import-view");
        Node choose = choosePane();
        Node mapping = mappingPane();
        Node preview = previewPane();
        Node importing = importingPane();
        Node report = reportPane();
        body.getChildren().addAll(choose, mapping, preview, importing, report);
        showOnly(choose, Step.CHOOSE);
        showOnly(mapping, Step.MAPPING);
        showOnly(preview, Step.PREVIEW);
        showOnly(importing, Step.IMPORTING);
        showOnly(report, Step.REPORT);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("importBusy");
        busy.setMaxSize(48, 48);
        busy.visibleProperty().bind(vm.busyProperty());
        getChildren().addAll(body, busy);
        vm.refresh();
        parentProperty().addListener((o, was, is) -> {
            if (is != null && was == null && vm.stepProperty().get() != Step.IMPORTING) {
                vm.refresh();
            }
        });
    }

    private void showOnly(Node pane, Step step) {
        pane.visibleProperty().bind(vm.stepProperty().isEqualTo(step));
        pane.managedProperty().bind(pane.visibleProperty());
    }

    private Label title(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add(Styles.TITLE_3);
        return l;
    }

    private Label message() {
        Label m = new Label();
        m.getStyleClass().add("import-message");
        m.textProperty().bind(vm.messageProperty());
        m.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        m.managedProperty().bind(m.visibleProperty());
        m.setWrapText(true);
        return m;
    }

    // ---- choose ------------------------------------------------------------------------------------

    private Node choosePane() {
        Label hint = new Label(i18n.get("import.choose.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button choose = new Button(i18n.get("import.choose"), Icons.of(Material2AL.FOLDER_OPEN));
        choose.setId("importChooseButton");
        choose.getStyleClass().add(Styles.ACCENT);
        choose.setOnAction(e -> vm.chooseFiles());
        choose.disableProperty().bind(vm.busyProperty());
        Button cards = new Button(i18n.get("import.scanCards"), Icons.of(Material2MZ.QR_CODE_SCANNER));
        cards.setId("importScanCards");
        cards.setOnAction(e -> vm.scanCards());
        HBox buttons = new HBox(10, choose, cards);
        buttons.setAlignment(Pos.CENTER);
        VBox drop = new VBox(12, Icons.of(Material2AL.FILE_UPLOAD, 40), hint, buttons);
        drop.setAlignment(Pos.CENTER);
        drop.getStyleClass().add("import-drop-zone");
        drop.setPadding(new Insets(28));
        drop.setMaxWidth(640);

        VBox box = new VBox(14, title("import.title"), drop, message(), fileProblems(), historyPane());
        box.setPadding(new Insets(20));
        return scroll(box);
    }

    private Node fileProblems() {
        Label heading = new Label(i18n.get("import.fileProblems"));
        heading.getStyleClass().add("section-title");
        VBox lines = new VBox(4);
        lines.setId("importFileProblems");
        Runnable fill = () -> lines.getChildren().setAll(vm.fileProblems().stream().map(t -> {
            Label l = new Label(t, Icons.of(Material2AL.ERROR_OUTLINE));
            l.setWrapText(true);
            l.getStyleClass().add("import-problem");
            return (Node) l;
        }).toList());
        vm.fileProblems().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        VBox box = new VBox(6, heading, lines);
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.fileProblems()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node historyPane() {
        Label heading = new Label(i18n.get("import.history.title"));
        heading.getStyleClass().add("section-title");
        ListView<Batch> list = new ListView<>(vm.history());
        list.setId("importHistory");
        list.setPrefHeight(200);
        list.setPlaceholder(new Label(i18n.get("import.history.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Batch b, boolean empty) {
                super.updateItem(b, empty);
                if (empty || b == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label text = new Label(vm.batchText(b));
                text.setWrapText(true);
                text.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(text, Priority.ALWAYS);
                HBox row = new HBox(10, text);
                row.setAlignment(Pos.CENTER_LEFT);
                if (b.undoneAt() == null) {
                    Button undo = new Button(i18n.get("import.undo"), Icons.of(Material2MZ.UNDO));
                    undo.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
                    undo.setId("undoBatch-" + b.id());
                    undo.setOnAction(e -> vm.undo(b));
                    row.getChildren().add(undo);
                } else {
                    text.getStyleClass().add(Styles.TEXT_MUTED);
                }
                setText(null);
                setGraphic(row);
            }
        });
        VBox box = new VBox(6, heading, list);
        box.setMaxWidth(760);
        return box;
    }

    // ---- column mapping ----------------------------------------------------------------------------

    private Node mappingPane() {
        Label hint = new Label();
        hint.setWrapText(true);
        hint.textProperty().bind(Bindings.createStringBinding(() -> vm.mappingProperty().get() == null ? ""
                : i18n.get("import.mapping.hint", vm.mappingProperty().get().fileName()), vm.mappingProperty()));
        TableView<Column> table = new TableView<>();
        table.setId("mappingTable");
        table.setEditable(true);
        table.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Column, String> header = new TableColumn<>(i18n.get("import.mapping.header"));
        header.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().header()));
        TableColumn<Column, String> sample = new TableColumn<>(i18n.get("import.mapping.sample"));
        sample.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sample()));
        TableColumn<Column, Column> field = new TableColumn<>(i18n.get("import.mapping.field"));
        field.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        field.setCellFactory(c -> new FieldCell());
        table.getColumns().addAll(List.of(header, sample, field));
        vm.mappingProperty().addListener((o, a, m) -> table.getItems().setAll(m == null ? List.of() : m.columns()));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button confirm = new Button(i18n.get("import.mapping.confirm"));
        confirm.setId("mappingConfirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.setDefaultButton(true);
        confirm.setOnAction(e -> vm.confirmMapping());
        Button skip = new Button(i18n.get("import.mapping.skip"));
        skip.setId("mappingSkip");
        skip.setOnAction(e -> vm.skipMapping());
        Button over = startOver();
        HBox buttons = new HBox(8, over, spacer(), skip, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(12, title("import.mapping.title"), hint, message(), table, buttons);
        box.setPadding(new Insets(20));
        return box;
    }

    /** A column's target field, chosen from every field Tend can fill or "leave out". */
    private final class FieldCell extends TableCell<Column, Column> {
        private final ComboBox<ColumnMapping.Field> box = new ComboBox<>();
        private Column bound;

        FieldCell() {
            box.getItems().add(null);
            box.getItems().addAll(ColumnMapping.Field.values());
            box.setMaxWidth(Double.MAX_VALUE);
            StringConverter<ColumnMapping.Field> names = new StringConverter<>() {
                @Override
                public String toString(ColumnMapping.Field f) {
                    return f == null ? i18n.get("import.mapping.ignore") : i18n.label(f);
                }

                @Override
                public ColumnMapping.Field fromString(String s) {
                    return null;
                }
            };
            box.setConverter(names);
            box.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(ColumnMapping.Field f, boolean empty) {
                    super.updateItem(f, empty);
                    setText(empty ? null : names.toString(f));
                }
            });
        }

        @Override
        protected void updateItem(Column c, boolean empty) {
            super.updateItem(c, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound.fieldProperty());
                bound = null;
            }
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            bound = c;
            box.setId("mappingField-" + c.index());
            box.valueProperty().bindBidirectional(c.fieldProperty());
            setGraphic(box);
        }
    }

    // ---- preview -----------------------------------------------------------------------------------

    private Node previewPane() {
        Label files = new Label();
        files.getStyleClass().add(Styles.TEXT_MUTED);
        vm.stepProperty().addListener((o, a, s) -> {
            if (s == Step.PREVIEW && vm.preview() != null) {
                files.setText(String.join(", ", vm.preview().files()));
            }
        });
        HBox top = new HBox(12, title("import.preview.title"), files);
        top.setAlignment(Pos.BASELINE_LEFT);

        VBox box = new VBox(12, top, optionsRow(), filterRow(), message(), previewSplit(), previewButtons());
        box.setPadding(new Insets(20));
        return box;
    }

    private Node optionsRow() {
        ComboBox<String> event = new ComboBox<>();
        event.setId("importEvent");
        event.setEditable(true);
        event.setPromptText(i18n.get("import.event.prompt"));
        event.setPrefWidth(280);
        Runnable names = () -> event.getItems().setAll(vm.eventChoices().stream().map(Event::name).toList());
        vm.eventChoices().addListener((ListChangeListener<Event>) c -> names.run());
        names.run();
        event.getEditor().textProperty().bindBidirectional(vm.eventTextProperty());
        event.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                vm.eventTextProperty().set(v);
            }
        });
        Label eventNew = new Label(i18n.get("import.event.new"));
        eventNew.setId("importEventNew");
        eventNew.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        eventNew.visibleProperty().bind(Bindings.createBooleanBinding(vm::eventIsNew, vm.eventTextProperty(),
                vm.eventChoices()));
        eventNew.managedProperty().bind(eventNew.visibleProperty());
        TextField tags = new TextField();
        tags.setId("importTags");
        tags.setPromptText(i18n.get("import.tags.prompt"));
        tags.textProperty().bindBidirectional(vm.tagsTextProperty());
        HBox.setHgrow(tags, Priority.ALWAYS);
        Label eventLabel = new Label(i18n.get("import.event"));
        eventLabel.setLabelFor(event);
        eventLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label tagsLabel = new Label(i18n.get("import.tags"));
        tagsLabel.setLabelFor(tags);
        tagsLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(10, eventLabel, event, tagsLabel, tags);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, eventNew);
    }

    private Node filterRow() {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox();
        row.getStyleClass().add("import-filters");
        for (Filter f : Filter.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("filter-" + f.name());
            b.setUserData(f);
            b.setToggleGroup(group);
            if (f == Filter.ALL) {
                b.getStyleClass().add(Styles.LEFT_PILL);
            } else if (f == Filter.REJECTED) {
                b.getStyleClass().add(Styles.RIGHT_PILL);
            } else {
                b.getStyleClass().add(Styles.CENTER_PILL);
            }
            b.setOnAction(e -> {
                if (!b.isSelected()) {
                    b.setSelected(true); // one filter is always on
                }
                vm.filterProperty().set(f);
            });
            filterButtons.add(b);
            row.getChildren().add(b);
        }
        Runnable texts = () -> filterButtons.forEach(b -> {
            Filter f = (Filter) b.getUserData();
            b.setText(vm.filterText(f));
            b.setSelected(vm.filterProperty().get() == f);
        });
        vm.rows().addListener((ListChangeListener<Row>) c -> texts.run());
        vm.filterProperty().addListener((o, a, f) -> texts.run());
        texts.run();
        return row;
    }

    private Node previewSplit() {
        TableView<Row> table = new TableView<>(vm.shownRows());
        table.setId("previewTable");
        table.setPlaceholder(new Label(i18n.get("import.preview.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, Row> status = new TableColumn<>(i18n.get("import.column.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(270);
        TableColumn<Row, String> name = new TableColumn<>(i18n.get("import.column.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.nameText(c.getValue().item())));
        name.setPrefWidth(150);
        TableColumn<Row, String> org = new TableColumn<>(i18n.get("import.column.organisation"));
        org.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.organisationText(c.getValue().item())));
        org.setPrefWidth(130);
        TableColumn<Row, String> decision = new TableColumn<>(i18n.get("import.column.decision"));
        decision.setCellValueFactory(c -> Bindings.createStringBinding(() -> decisionText(c.getValue()),
                c.getValue().decisionProperty()));
        decision.setPrefWidth(125);
        table.getColumns().addAll(List.of(status, name, org, decision));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((o, a, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
            showMerge(row);
        });

        mergePane.setId("mergePane");
        mergePane.setPadding(new Insets(12));
        mergePane.getStyleClass().add("import-merge");
        ScrollPane mergeScroll = new ScrollPane(mergePane);
        mergeScroll.setFitToWidth(true);
        // The side-by-side view wraps its values; the table keeps the larger share.
        mergeScroll.setMinWidth(300);
        table.setMinWidth(420);
        showMerge(null);
        SplitPane split = new SplitPane(table, mergeScroll);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        return split;
    }

    private String decisionText(Row row) {
        if (row.item().status() == Status.REJECTED) {
            return "";
        }
        if (!row.item().isDuplicate()) {
            return row.decisionProperty().get() == MergeDecision.SKIP ? i18n.label(MergeDecision.SKIP)
                    : i18n.get("import.decision.import");
        }
        return i18n.label(row.decisionProperty().get());
    }

    /** The status with an icon and a style by kind, so duplicates and rejects stand out. */
    private final class StatusCell extends TableCell<Row, Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeIf(s -> s.startsWith("import-status-"));
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Status s = row.item().status();
            setText(vm.statusText(row.item()));
            setTooltip(new javafx.scene.control.Tooltip(getText()));
            setGraphic(Icons.of(switch (s) {
                case NEW -> Material2AL.ADD_CIRCLE_OUTLINE;
                case DUPLICATE -> Material2MZ.PEOPLE_OUTLINE;
                case DUPLICATE_IN_BATCH -> Material2AL.CONTENT_COPY;
                case REJECTED -> Material2AL.BLOCK;
            }));
            getStyleClass().add("import-status-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    private void showMerge(Row row) {
        mergePane.getChildren().clear();
        if (row == null) {
            Label none = new Label(i18n.get("import.merge.none"));
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            mergePane.getChildren().add(none);
            return;
        }
        Label heading = new Label(vm.nameText(row.item()));
        heading.setId("mergeHeading");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label status = new Label(vm.statusText(row.item()));
        status.setId("mergeStatus");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        mergePane.getChildren().addAll(heading, status);
        if (row.item().status() == Status.REJECTED) {
            Label l = new Label(i18n.get("import.merge.rejected"));
            l.setWrapText(true);
            mergePane.getChildren().add(l);
            return;
        }
        mergePane.getChildren().add(decisionButtons(row));
        if (!row.item().isDuplicate()) {
            Label l = new Label(i18n.get("import.merge.new"));
            l.getStyleClass().add(Styles.TEXT_MUTED);
            mergePane.getChildren().add(l);
        }
        mergePane.getChildren().add(mergeGrid(row));
    }

    private Node decisionButtons(Row row) {
        decisionButtons.clear();
        decisionGroup.getToggles().clear();
        HBox box = new HBox();
        List<MergeDecision> choices = row.item().isDuplicate() ? List.of(MergeDecision.values())
                : List.of(MergeDecision.MERGE, MergeDecision.SKIP);
        for (int i = 0; i < choices.size(); i++) {
            MergeDecision d = choices.get(i);
            ToggleButton b = new ToggleButton(!row.item().isDuplicate() && d == MergeDecision.MERGE
                    ? i18n.get("import.decision.import") : i18n.label(d));
            b.setId("decision-" + d.name());
            b.setUserData(d);
            b.setToggleGroup(decisionGroup);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == choices.size() - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            b.setSelected(row.decisionProperty().get() == d);
            b.setOnAction(e -> {
                if (syncingDecision) {
                    return;
                }
                b.setSelected(true);
                vm.decide(row, d);
                showMerge(row);
            });
            decisionButtons.add(b);
            box.getChildren().add(b);
        }
        return box;
    }

    private Node mergeGrid(Row row) {
        GridPane grid = new GridPane();
        grid.setId("mergeGrid");
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getStyleClass().add("merge-grid");
        boolean duplicate = row.item().isDuplicate();
        String[] heads = duplicate
                ? new String[] {"import.merge.field", "import.merge.stored", "import.merge.incoming", "import.merge.result"}
                : new String[] {"import.merge.field", "import.merge.incoming"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(i18n.get(heads[c]));
            h.getStyleClass().add("field-label");
            h.setWrapText(true);
            grid.add(h, c, 0);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(c == 0 ? Priority.NEVER : Priority.ALWAYS);
            cc.setMinWidth(c == 0 ? Region.USE_PREF_SIZE : 60);
            grid.getColumnConstraints().add(cc);
        }
        int r = 1;
        for (MergeField f : vm.mergeFields(row)) {
            Label label = new Label(f.label());
            label.getStyleClass().add(Styles.TEXT_MUTED);
            label.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(label, 0, r);
            if (duplicate) {
                grid.add(cell(f.stored()), 1, r);
                grid.add(cell(f.incoming()), 2, r);
                Label result = cell(f.result());
                if (f.changed()) {
                    result.getStyleClass().add("merge-changed");
                }
                grid.add(result, 3, r);
            } else {
                grid.add(cell(f.incoming()), 1, r);
            }
            r++;
        }
        return grid;
    }

    private static Label cell(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private Node previewButtons() {
        Label summary = new Label();
        summary.setId("importSummary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(vm.summaryProperty());
        Button mergeAll = new Button(i18n.get("import.mergeAll"));
        mergeAll.setId("mergeAllButton");
        mergeAll.setOnAction(e -> {
            vm.mergeAll();
            showMerge(vm.selectedProperty().get());
        });
        Button importNow = new Button(i18n.get("import.import"), Icons.of(Material2AL.DONE));
        importNow.setId("importButton");
        importNow.getStyleClass().add(Styles.ACCENT);
        importNow.setOnAction(e -> vm.importNow());
        HBox row = new HBox(10, startOver(), summary, spacer(), mergeAll, importNow);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    // ---- storing -----------------------------------------------------------------------------------

    private Node importingPane() {
        Label text = new Label();
        text.textProperty().bind(vm.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button(i18n.get("import.cancel"));
        cancel.setId("importCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancel());
        VBox box = new VBox(14, title("import.title"), text, bar, cancel);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        return box;
    }

    // ---- report ------------------------------------------------------------------------------------

    private Node reportPane() {
        Label counts = new Label();
        counts.setId("reportCounts");
        counts.getStyleClass().add(Styles.TITLE_4);
        Label detail = new Label();
        detail.setId("reportDetail");
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        Label nothing = new Label(i18n.get("import.report.nothing"));
        nothing.setWrapText(true);
        nothing.getStyleClass().add(Styles.TEXT_MUTED);
        Label undone = new Label(i18n.get("import.report.undone"), Icons.of(Material2MZ.UNDO));
        undone.setId("reportUndone");
        undone.visibleProperty().bind(vm.reportUndoneProperty());
        undone.managedProperty().bind(undone.visibleProperty());
        Button undo = new Button(i18n.get("import.undo"), Icons.of(Material2MZ.UNDO));
        undo.setId("undoImport");
        undo.setOnAction(e -> vm.undoReport());
        Button show = new Button(i18n.get("import.showImported"), Icons.of(Material2AL.CONTACTS));
        show.setId("showImported");
        show.getStyleClass().add(Styles.ACCENT);
        show.setOnAction(e -> vm.showImported());
        Button more = new Button(i18n.get("import.choose"), Icons.of(Material2AL.FOLDER_OPEN));
        more.setOnAction(e -> vm.chooseFiles());
        Runnable update = () -> {
            ImportReport r = vm.reportProperty().get();
            counts.setText(r == null ? "" : vm.countsText(r));
            detail.setText(vm.reportDetailText());
            boolean stored = r != null && r.batchId() != null;
            nothing.setVisible(r != null && !stored);
            undo.setDisable(!stored || vm.reportUndoneProperty().get());
            show.setDisable(!vm.canShowImported());
        };
        vm.reportProperty().addListener((o, a, b) -> update.run());
        vm.reportUndoneProperty().addListener((o, a, b) -> update.run());
        nothing.managedProperty().bind(nothing.visibleProperty());
        update.run();

        Label problemsTitle = new Label(i18n.get("import.report.problems"));
        problemsTitle.getStyleClass().add("section-title");
        ListView<String> problems = new ListView<>(vm.reportProblems());
        problems.setId("reportProblems");
        problems.setPlaceholder(new Label(i18n.get("import.report.noProblems")));
        problems.setPrefHeight(160);
        HBox buttons = new HBox(8, show, undo, spacer(), more);
        buttons.setAlignment(Pos.CENTER_LEFT);
        detail.managedProperty().bind(detail.textProperty().isNotEmpty());
        VBox box = new VBox(12, title("import.report.title"), counts, detail, nothing, undone, message(), buttons,
                problemsTitle, problems, historyPane());
        box.setPadding(new Insets(20));
        box.setMaxWidth(900);
        return scroll(box);
    }

    // ---- bits --------------------------------------------------------------------------------------

    private Button startOver() {
        Button b = new Button(i18n.get("import.startOver"), Icons.of(Material2AL.ARROW_BACK));
        b.getStyleClass().add(Styles.FLAT);
        b.setContentDisplay(ContentDisplay.LEFT);
        b.setOnAction(e -> vm.startOver());
        return b;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.getStyleClass().add(Styles.BG_DEFAULT);
        return s;
    }
}
