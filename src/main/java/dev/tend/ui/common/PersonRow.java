package dev.tend.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * How a person shows in any list: avatar, name, one line of detail, and an optional badge at the
 * end. Long texts end in an ellipsis instead of widening the list; an empty detail takes no space.
 */
public final class PersonRow extends HBox {
    private final Avatar avatar;
    private final Label name = new Label();
    private final Label detail = new Label();

    public PersonRow(double avatarSize, Node badge) {
        super(10);
        avatar = new Avatar(avatarSize);
        name.getStyleClass().add("contact-name");
        detail.getStyleClass().add("contact-detail");
        name.setMinWidth(0);
        detail.setMinWidth(0);
        detail.managedProperty().bind(detail.visibleProperty());
        VBox text = new VBox(1, name, detail);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(avatar, text);
        if (badge != null) {
            if (badge instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
            getChildren().add(badge);
        }
        setAlignment(Pos.CENTER_LEFT);
    }

    public void show(String displayName, String detailText) {
        avatar.show(displayName, null);
        name.setText(displayName);
        detail.setText(detailText == null ? "" : detailText);
        detail.setVisible(!detail.getText().isEmpty());
    }
}
