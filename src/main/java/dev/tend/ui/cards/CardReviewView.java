package dev.tend.ui.cards;

import atlantafx.base.theme.Styles;
import dev.tend.ui.common.Forms;
import dev.tend.ui.common.I18n;
import dev.tend.ui.common.Icons;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The card review screen: a bar to choose photos or a folder and the event; the queue one card at
 * a time, the photo beside the proposed fields; keyboard-fast (Enter saves, Ctrl+Right skips,
 * Ctrl+Left goes back). Photos and folders can be dropped anywhere on it. Without Tesseract a
 * banner says how to install it; QR codes are read all the same.
 */
public final class CardReviewView extends VBox {
    public static final KeyCombination SKIP = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN);

    private final CardReviewViewModel vm;
    private final I18n i18n;
    private final ImageView photo = new ImageView();
    private final Label progress = new Label();
    private final TextField firstField;

    public CardReviewView(CardReviewViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setId("cardReview");
        getStyleClass().add("card-review");
        GridPane form = new GridPane();
        firstField = field(form, 0, "cards.field.prefix", "cardPrefix", vm.prefixProperty());
        field(form, 1, "cards.field.given", "cardGiven", vm.givenProperty());
        field(form, 2, "cards.field.family", "cardFamily", vm.familyProperty());
        field(form, 3, "cards.field.position", "cardPosition", vm.jobTitleProperty());
        field(form, 4, "cards.field.organisation", "cardOrganisation", vm.organisationProperty());
        field(form, 5, "cards.field.email", "cardEmail", vm.emailProperty());
        field(form, 6, "cards.field.phone", "cardPhone", vm.phoneProperty());
        field(form, 7, "cards.field.mobile", "cardMobile", vm.mobileProperty());
        field(form, 8, "cards.field.web", "cardWeb", vm.webProperty());
        field(form, 9, "cards.field.street", "cardStreet", vm.streetProperty());
        field(form, 10, "cards.field.postcode", "cardPostcode", vm.postcodeProperty());
        field(form, 11, "cards.field.city", "cardCity", vm.cityProperty());
        field(form, 12, "cards.field.country", "cardCountry", vm.countryProperty());
        form.setHgap(10);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, values);
        form.disableProperty().bind(vm.readyProperty().not().or(vm.busyProperty()));

        getChildren().addAll(toolbar(), banner(), body(form), footer());
        VBox.setVgrow(getChildren().get(2), Priority.ALWAYS);
        installKeys();
        installDrop();
        parentProperty().addListener((o, was, is) -> {
            if (is != null && was == null) {
                vm.refreshWaiting();
            }
        });
    }

    private Node toolbar() {
        Label title = new Label(i18n.get("cards.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button photos = new Button(i18n.get("cards.choosePhotos"), Icons.of(Material2AL.ADD_PHOTO_ALTERNATE));
        photos.setId("cardChoosePhotos");
        photos.setOnAction(e -> vm.choosePhotos());
        Button folder = new Button(i18n.get("cards.chooseFolder"), Icons.of(Material2AL.FOLDER_OPEN));
        folder.setId("cardChooseFolder");
        folder.setOnAction(e -> vm.chooseFolder());
        Label eventLabel = new Label(i18n.get("cards.event"));
        eventLabel.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<String> event = new ComboBox<>(vm.eventNames());
        event.setId("cardEvent");
        event.setEditable(true);
        event.setPromptText(i18n.get("cards.eventPrompt"));
        event.setPrefWidth(240);
        event.getEditor().textProperty().bindBidirectional(vm.eventProperty());
        eventLabel.setLabelFor(event);
        javafx.scene.control.Hyperlink waiting = new javafx.scene.control.Hyperlink();
        waiting.setId("cardsWaiting");
        waiting.textProperty().bind(Bindings.createStringBinding(vm::waitingText, vm.waitingForReviewProperty()));
        waiting.visibleProperty().bind(vm.waitingForReviewProperty().greaterThan(0));
        waiting.managedProperty().bind(waiting.visibleProperty());
        waiting.setOnAction(e -> vm.showWaiting());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, waiting, spacer, eventLabel, event, photos, folder);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("editor-toolbar");
        return bar;
    }

    /** Without Tesseract: what is missing and how to install it on each system. */
    private Node banner() {
        VBox box = new VBox(4);
        box.setId("ocrMissing");
        box.getStyleClass().add("ocr-banner");
        Label head = new Label(i18n.get("cards.ocr.missing"));
        head.getStyleClass().add(Styles.TEXT_BOLD);
        wrap(head);
        Label why = new Label(vm.ocrProblem());
        wrap(why);
        box.getChildren().addAll(head, why);
        for (String hint : vm.installHints()) {
            Label l = new Label(hint);
            l.getStyleClass().add("ocr-install");
            wrap(l);
            box.getChildren().add(l);
        }
        box.visibleProperty().bind(vm.ocrAvailableProperty().not());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Wraps instead of cutting off with "…": a label in a box otherwise takes one line's height. */
    private static void wrap(Label l) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
    }

    private Node body(GridPane form) {
        photo.setPreserveRatio(true);
        photo.setSmooth(true);
        vm.photoProperty().addListener((o, a, bytes) ->
                photo.setImage(bytes == null ? null : new Image(new ByteArrayInputStream(bytes))));
        Label empty = new Label(i18n.get("cards.drop"), Icons.of(Material2AL.ADD_PHOTO_ALTERNATE, 40));
        empty.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        empty.getStyleClass().add("card-drop-hint");
        empty.setWrapText(true);
        empty.visibleProperty().bind(vm.sizeProperty().isEqualTo(0));
        StackPane photoPane = new StackPane(photo, empty);
        photoPane.getStyleClass().add("card-photo");
        photoPane.setMinWidth(360);
        photoPane.setPrefWidth(540);
        // the photo fills its pane, so small print stays legible beside the fields
        photo.fitWidthProperty().bind(photoPane.widthProperty().subtract(24));
        photo.fitHeightProperty().bind(photoPane.heightProperty().subtract(24));
        photoPane.setMinHeight(0);
        HBox.setHgrow(photoPane, Priority.ALWAYS);

        Label origin = new Label();
        origin.setId("cardOrigin");
        origin.textProperty().bind(vm.originProperty());
        origin.getStyleClass().add("card-origin");
        origin.setWrapText(true);
        Label error = Forms.errorLabel(errorText());
        error.setId("cardError");
        error.setWrapText(true);
        VBox fields = new VBox(10, origin, form, error);
        fields.setPadding(new Insets(4, 8, 4, 4));
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(460);
        scroll.setMinWidth(360);
        scroll.getStyleClass().add("card-fields");
        HBox body = new HBox(16, photoPane, scroll);
        body.setPadding(new Insets(14, 24, 8, 24));
        return body;
    }

    private StringProperty errorText() {
        javafx.beans.property.SimpleStringProperty p = new javafx.beans.property.SimpleStringProperty();
        p.bind(vm.errorProperty());
        return p;
    }

    private Node footer() {
        Button back = new Button(i18n.get("cards.back"), Icons.of(Material2AL.ARROW_BACK));
        back.setId("cardBack");
        back.setTooltip(new Tooltip(i18n.get("cards.backKey")));
        back.setOnAction(e -> vm.back());
        back.disableProperty().bind(vm.positionProperty().lessThan(1));
        Button skip = new Button(i18n.get("cards.skip"), Icons.of(Material2MZ.SKIP_NEXT));
        skip.setId("cardSkip");
        skip.setTooltip(new Tooltip(i18n.get("cards.skipKey")));
        skip.setOnAction(e -> vm.skip());
        skip.disableProperty().bind(vm.positionProperty().greaterThanOrEqualTo(vm.sizeProperty())
                .or(vm.sizeProperty().isEqualTo(0)));
        Button save = new Button(i18n.get("cards.save"), Icons.of(Material2AL.CHECK));
        save.setId("cardSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setTooltip(new Tooltip(i18n.get("cards.saveKey")));
        save.setOnAction(e -> vm.confirm());
        save.disableProperty().bind(vm.readyProperty().not().or(vm.busyProperty()));
        progress.setId("cardProgress");
        progress.textProperty().bind(Bindings.createStringBinding(vm::progressText, vm.positionProperty(),
                vm.sizeProperty(), vm.savedProperty(), vm.skippedProperty()));
        Label status = new Label();
        status.setId("cardStatus");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("card-status");
        Label keys = new Label(i18n.get("cards.keys"));
        keys.getStyleClass().add("field-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox left = new VBox(2, progress, status);
        HBox bar = new HBox(10, left, spacer, keys, back, skip, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 24, 14, 24));
        bar.getStyleClass().add("card-footer");
        return bar;
    }

    private TextField field(GridPane form, int row, String labelKey, String id, StringProperty property) {
        Label label = new Label(i18n.get(labelKey));
        label.getStyleClass().add("field-label");
        TextField field = Forms.textField(id, property);
        label.setLabelFor(field);
        form.add(label, 0, row);
        form.add(field, 1, row);
        return field;
    }

    /** Enter saves from any field; Ctrl+Right and Ctrl+Left move through the queue from anywhere on the screen. */
    private void installKeys() {
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SKIP.match(e)) {
                vm.skip();
                e.consume();
            } else if (BACK.match(e)) {
                vm.back();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && e.getTarget() instanceof TextField f
                    && f.getId() != null && f.getId().startsWith("card")) {
                vm.confirm();
                e.consume();
            }
        });
        vm.readyProperty().addListener((o, was, is) -> {
            if (is) {
                javafx.application.Platform.runLater(this::focusFirstEmptyOrFirst);
            }
        });
    }

    private void focusFirstEmptyOrFirst() {
        TextField given = (TextField) lookup("#cardGiven");
        (given != null && !given.isDisabled() ? given : firstField).requestFocus();
    }

    private void installDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                dropped(e.getDragboard().getFiles());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Photos or folders dropped on the screen join the queue. */
    public void dropped(List<File> files) {
        vm.add(files.stream().map(File::toPath).toList());
    }
}
