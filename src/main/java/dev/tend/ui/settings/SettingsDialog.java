package dev.tend.ui.settings;

import dev.tend.ui.common.I18n;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The settings window, bound to {@link SettingsViewModel}. */
public final class SettingsDialog extends Dialog<Boolean> {

    public SettingsDialog(Window owner, SettingsViewModel vm, I18n i18n) {
        initOwner(owner);
        setTitle(i18n.get("settings.title"));
        setHeaderText(null);

        List<Optional<Locale>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        for (Locale l : I18n.LANGUAGES) {
            choices.add(Optional.of(l));
        }
        ComboBox<Optional<Locale>> language = new ComboBox<>();
        language.setId("languageChoice");
        language.getItems().setAll(choices);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<Locale> l) {
                return l == null || l.isEmpty() ? i18n.get("settings.language.system")
                        : l.get().getDisplayLanguage(l.get());
            }

            @Override
            public Optional<Locale> fromString(String s) {
                return Optional.empty();
            }
        });
        language.valueProperty().bindBidirectional(vm.languageProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        Label label = new Label(i18n.get("settings.language"));
        label.setLabelFor(language);
        grid.addRow(0, label, language);
        Label hint = new Label(i18n.get("settings.language.hint"));
        hint.getStyleClass().add("text-muted");
        grid.add(hint, 1, 1);

        Label followUps = new Label(i18n.get("settings.followUps"));
        followUps.getStyleClass().add("title-4");
        grid.add(followUps, 0, 2, 2, 1);
        ComboBox<DayOfWeek> digestDay = days("digestDay", i18n);
        digestDay.valueProperty().bindBidirectional(vm.digestDayProperty());
        TextField digestTime = new TextField();
        digestTime.setId("digestTime");
        digestTime.setPrefColumnCount(5);
        digestTime.textProperty().bindBidirectional(vm.digestTimeProperty());
        grid.addRow(3, labelFor(i18n.get("settings.digestDay"), digestDay), new HBox(8, digestDay, digestTime));
        Spinner<Integer> cap = new Spinner<>(1, dev.tend.domain.FollowUpSettings.MAX_CAP, vm.capProperty().get());
        cap.setId("followUpCap");
        cap.setEditable(true);
        cap.setPrefWidth(90);
        cap.valueProperty().addListener((o, was, now) -> vm.capProperty().set(now == null ? 0 : now));
        grid.addRow(4, labelFor(i18n.get("settings.cap"), cap), cap);
        CheckBox hour = new CheckBox(i18n.get("settings.networkingHour.enabled"));
        hour.setId("networkingHourEnabled");
        hour.selectedProperty().bindBidirectional(vm.hourEnabledProperty());
        ComboBox<DayOfWeek> hourDay = days("networkingHourDay", i18n);
        hourDay.valueProperty().bindBidirectional(vm.hourDayProperty());
        TextField hourTime = new TextField();
        hourTime.setId("networkingHourTime");
        hourTime.setPrefColumnCount(5);
        hourTime.textProperty().bindBidirectional(vm.hourTimeProperty());
        hourDay.disableProperty().bind(hour.selectedProperty().not());
        hourTime.disableProperty().bind(hour.selectedProperty().not());
        grid.addRow(5, new Label(i18n.get("settings.networkingHour")), hour);
        grid.add(new HBox(8, hourDay, hourTime), 1, 6);
        Label followUpsHint = new Label(i18n.get("settings.followUps.hint"));
        followUpsHint.getStyleClass().add("text-muted");
        followUpsHint.setWrapText(true);
        followUpsHint.setMaxWidth(420);
        grid.add(followUpsHint, 1, 7);
        Label timeError = new Label(i18n.get("settings.digestTime.invalid"));
        timeError.setId("settingsError");
        timeError.getStyleClass().add("text-danger");
        timeError.visibleProperty().bind(vm.validProperty().not());
        grid.add(timeError, 1, 8);

        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(vm.validProperty().not());
        setResultConverter(b -> b == ButtonType.OK && vm.apply());
    }

    private static Label labelFor(String text, javafx.scene.Node node) {
        Label l = new Label(text);
        l.setLabelFor(node);
        return l;
    }

    /** The days of the week, Monday first, in the window's language. */
    private static ComboBox<DayOfWeek> days(String id, I18n i18n) {
        ComboBox<DayOfWeek> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(DayOfWeek.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(DayOfWeek d) {
                return d == null ? "" : d.getDisplayName(TextStyle.FULL, i18n.locale());
            }

            @Override
            public DayOfWeek fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
