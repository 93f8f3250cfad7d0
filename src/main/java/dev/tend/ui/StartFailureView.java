package dev.tend.ui;

import atlantafx.base.theme.Styles;
import dev.tend.ui.common.I18n;
import dev.tend.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** Shown instead of the main window when the database cannot be opened: what and why, then quit. */
final class StartFailureView extends VBox {
    StartFailureView(I18n i18n, String message, Runnable quit) {
        super(14);
        setId("startFailure");
        setAlignment(Pos.CENTER);
        setPadding(new Insets(32));
        Label title = new Label(i18n.get("start.failed.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label(message);
        text.setId("startFailureMessage");
        text.setWrapText(true);
        text.setMaxWidth(640);
        Label hint = new Label(i18n.get("start.failed.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(640);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button close = new Button(i18n.get("menu.file.quit"));
        close.setDefaultButton(true);
        close.setOnAction(e -> quit.run());
        getChildren().addAll(Icons.of(Material2AL.ERROR_OUTLINE, 48), title, text, hint, close);
    }
}
