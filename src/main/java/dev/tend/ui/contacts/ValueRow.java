package dev.tend.ui.contacts;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable email, phone or web address row, with its label and its validation message. */
public final class ValueRow {
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty error = new SimpleStringProperty(this, "error");

    public ValueRow(String value, String label) {
        this.value.set(value == null ? "" : value);
        this.label.set(label == null ? "" : label);
    }

    public StringProperty valueProperty() { return value; }
    public StringProperty labelProperty() { return label; }
    public StringProperty errorProperty() { return error; }
}
