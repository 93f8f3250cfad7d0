package dev.tend.ui.common;

import dev.tend.domain.Text;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/** A round picture of a person: the photo if there is one, else initials on a colour from the name. */
public final class Avatar extends StackPane {
    private static final int COLOURS = 6;
    private final double size;
    private final Label initials = new Label();
    private final ImageView image = new ImageView();

    public Avatar(double size) {
        this.size = size;
        getStyleClass().add("avatar");
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        image.setFitWidth(size);
        image.setFitHeight(size);
        image.setPreserveRatio(false);
        image.setClip(new Circle(size / 2, size / 2, size / 2));
        initials.getStyleClass().add("avatar-initials");
        initials.setStyle("-fx-font-size: " + Math.round(size * 0.38) + "px;");
        getChildren().addAll(initials, image);
    }

    public void show(String name, byte[] photo) {
        String n = name == null ? "" : name;
        initials.setText(Arrays.stream(n.strip().split("\\s+")).filter(s -> !s.isEmpty()).limit(2)
                .map(s -> s.substring(0, 1).toUpperCase(Locale.ROOT)).collect(Collectors.joining()));
        getStyleClass().removeIf(c -> c.startsWith("avatar-colour-"));
        getStyleClass().add("avatar-colour-" + Math.floorMod(Text.fold(n).hashCode(), COLOURS));
        if (photo != null) {
            Image img = new Image(new ByteArrayInputStream(photo), size * 2, size * 2, true, true);
            image.setImage(img.isError() ? null : img);
        } else {
            image.setImage(null);
        }
    }
}
