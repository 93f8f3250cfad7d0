package dev.tend.ui.contacts;

import dev.tend.domain.Circle;
import dev.tend.domain.ContactSummary;
import dev.tend.domain.Text;
import dev.tend.ui.common.Avatar;
import dev.tend.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A row of the contact list: avatar, name, organisation and title, circle. */
final class ContactListCell extends ListCell<ContactSummary> {
    private final Avatar avatar = new Avatar(32);
    private final Label name = new Label();
    private final Label detail = new Label();
    private final Label circle = new Label();
    private final HBox box;
    private final I18n i18n;

    ContactListCell(I18n i18n) {
        this.i18n = i18n;
        name.getStyleClass().add("contact-name");
        detail.getStyleClass().add("contact-detail");
        circle.getStyleClass().add("circle-badge");
        VBox text = new VBox(1, name, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        box = new HBox(10, avatar, text, circle);
        box.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("contact-cell");
        // Long names and organisations are cut with an ellipsis instead of widening the list.
        setPrefWidth(0);
        name.setMinWidth(0);
        detail.setMinWidth(0);
        text.setMinWidth(0);
        circle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(ContactSummary item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        avatar.show(item.displayName(), null);
        name.setText(item.displayName());
        detail.setText(Text.join(" · ", item.title(), item.organisation()));
        detail.setVisible(!detail.getText().isEmpty());
        detail.setManaged(detail.isVisible());
        circle.setText(item.circle() == Circle.NONE ? "" : i18n.label(item.circle()));
        circle.setVisible(item.circle() != Circle.NONE);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("archived"), item.archived());
        setGraphic(box);
        setText(null);
    }
}
