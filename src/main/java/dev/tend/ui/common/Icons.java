package dev.tend.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons from Ikonli's Material 2 pack, sized for Tend. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        return of(ikon, 16);
    }

    public static FontIcon of(Ikon ikon, int size) {
        FontIcon icon = FontIcon.of(ikon, size);
        icon.getStyleClass().add("tend-icon");
        // The theme sizes icons by CSS, which beats the programmatic size; an inline style beats both.
        // Ikonli keeps the icon font in the inline style, so add to it rather than replace it.
        icon.setStyle(icon.getStyle() + "-fx-icon-size: " + size + "px;");
        return icon;
    }
}
