package dev.tend.ui.settings;

import dev.tend.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
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
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK && vm.apply());
    }
}
