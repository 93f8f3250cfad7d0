package dev.tend.ui.contacts;

import dev.tend.domain.Circle;
import dev.tend.domain.ContactSummary;
import dev.tend.domain.Text;
import dev.tend.ui.common.I18n;
import dev.tend.ui.common.PersonRow;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;

/** A row of the contact list: avatar, name, organisation and title, circle. */
final class ContactListCell extends ListCell<ContactSummary> {
    private final Label circle = new Label();
    private final PersonRow row = new PersonRow(32, circle);
    private final I18n i18n;

    ContactListCell(I18n i18n) {
        this.i18n = i18n;
        circle.getStyleClass().add("circle-badge");
        getStyleClass().add("contact-cell");
        // Long names and organisations are cut with an ellipsis instead of widening the list.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ContactSummary item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        row.show(item.displayName(), Text.join(" · ", item.title(), item.organisation()));
        circle.setText(item.circle() == Circle.NONE ? "" : i18n.label(item.circle()));
        circle.setVisible(item.circle() != Circle.NONE);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("archived"), item.archived());
        setGraphic(row);
        setText(null);
    }
}
