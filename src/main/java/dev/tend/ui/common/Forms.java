package dev.tend.ui.common;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The pieces every form in Tend is built from, so fields, dates and errors look and act alike. */
public final class Forms {
    private Forms() {
    }

    /** A text field bound both ways to a view model property. */
    public static TextField textField(String id, StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    /** A date picker in the user's date format, bound both ways to a view model property. */
    public static DatePicker datePicker(I18n i18n, String id, ObjectProperty<LocalDate> property) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(dates(i18n));
        picker.setPromptText(i18n.dateFormat().format(LocalDate.of(2026, 4, 20)));
        picker.valueProperty().bindBidirectional(property);
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    /**
     * Dates shown and typed in the user's format; ISO (2026-03-02) is understood too, and text that
     * is no date leaves the field empty instead of failing.
     */
    public static StringConverter<LocalDate> dates(I18n i18n) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : i18n.dateFormat().format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(s.strip(), i18n.dateFormat());
                } catch (DateTimeParseException e) {
                    try {
                        return LocalDate.parse(s.strip());
                    } catch (DateTimeParseException again) {
                        return null;
                    }
                }
            }
        };
    }

    /** Marks the control red, with the message as its tooltip, while {@code error} holds one. */
    public static void markError(Node control, StringProperty error) {
        error.addListener((o, a, b) -> {
            control.pseudoClassStateChanged(Styles.STATE_DANGER, b != null);
            if (control instanceof Control c) {
                c.setTooltip(b == null ? null : new Tooltip(b));
            }
        });
    }

    /** The message under a field; takes no space while there is none. */
    public static Label errorLabel(StringProperty error) {
        Label l = new Label();
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER, "field-error");
        l.setWrapText(true);
        l.textProperty().bind(error);
        l.visibleProperty().bind(error.isNotNull());
        l.managedProperty().bind(error.isNotNull());
        return l;
    }

    /** A titled block of an editor page. */
    public static VBox section(I18n i18n, String titleKey, Node body) {
        Label title = new Label(i18n.get(titleKey));
        title.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        VBox box = new VBox(10, title, body);
        box.getStyleClass().add("editor-section");
        return box;
    }
}
