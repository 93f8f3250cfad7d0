package dev.tend.ui.settings;

import dev.tend.service.SettingsService;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The settings the user can change: for now the language (empty = follow the OS). */
public final class SettingsViewModel {
    private final SettingsService settings;
    private final ObjectProperty<Optional<Locale>> language = new SimpleObjectProperty<>(this, "language");

    public SettingsViewModel(SettingsService settings) {
        this.settings = settings;
        language.set(settings.language());
    }

    public ObjectProperty<Optional<Locale>> languageProperty() {
        return language;
    }

    /** Stores the choices; returns true when the language changed, so the window must be rebuilt. */
    public boolean apply() {
        boolean changed = !settings.language().equals(language.get());
        settings.setLanguage(language.get().orElse(null));
        return changed;
    }
}
