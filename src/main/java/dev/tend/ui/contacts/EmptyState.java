package dev.tend.ui.contacts;

import atlantafx.base.theme.Styles;
import dev.tend.ui.common.I18n;
import dev.tend.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;

/** What an empty database shows: a welcome and the first steps, not a blank table. */
final class EmptyState extends VBox {
    EmptyState(I18n i18n, Runnable addContact, Runnable openSample) {
        super(16);
        setId("emptyState");
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        Label title = new Label(i18n.get("empty.title"));
        title.getStyleClass().add(Styles.TITLE_1);
        Label text = new Label(i18n.get("empty.text"));
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setStyle("-fx-text-alignment: center;");
        Button add = new Button(i18n.get("empty.add"), Icons.of(Material2MZ.PERSON_ADD));
        add.setId("emptyAddButton");
        add.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        add.setOnAction(e -> addContact.run());
        Button sample = new Button(i18n.get("empty.sample"), Icons.of(Material2MZ.PEOPLE_OUTLINE));
        sample.setId("emptySampleButton");
        sample.getStyleClass().add(Styles.LARGE);
        sample.setOnAction(e -> openSample.run());
        HBox buttons = new HBox(12, add, sample);
        buttons.setAlignment(Pos.CENTER);
        Label hint = new Label(i18n.get("empty.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        getChildren().addAll(Icons.of(Material2MZ.PEOPLE_OUTLINE, 72), title, text, buttons, hint);
    }
}
