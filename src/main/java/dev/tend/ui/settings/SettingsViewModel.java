package dev.tend.ui.settings;

import dev.tend.domain.FollowUpSettings;
import dev.tend.domain.NetworkingHour;
import dev.tend.service.SettingsService;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings the user can change: the language (empty = follow the OS) and how the weekly
 * follow-ups reach them (digest day and time, how many a week, the networking hour).
 */
public final class SettingsViewModel {
    private final SettingsService settings;
    private final ObjectProperty<Optional<Locale>> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<DayOfWeek> digestDay = new SimpleObjectProperty<>(this, "digestDay");
    private final StringProperty digestTime = new SimpleStringProperty(this, "digestTime");
    private final IntegerProperty cap = new SimpleIntegerProperty(this, "cap");
    private final BooleanProperty hourEnabled = new SimpleBooleanProperty(this, "hourEnabled");
    private final ObjectProperty<DayOfWeek> hourDay = new SimpleObjectProperty<>(this, "hourDay");
    private final StringProperty hourTime = new SimpleStringProperty(this, "hourTime");
    private final NetworkingHour storedHour;
    private final BooleanBinding valid;

    public SettingsViewModel(SettingsService settings) {
        this.settings = settings;
        language.set(settings.language());
        FollowUpSettings f = settings.followUps();
        digestDay.set(f.digestDay());
        digestTime.set(f.digestTime().toString());
        cap.set(f.cap());
        storedHour = f.networkingHour();
        hourEnabled.set(storedHour.enabled());
        hourDay.set(storedHour.day());
        hourTime.set(storedHour.start().toString());
        valid = Bindings.createBooleanBinding(() -> time(digestTime.get()).isPresent()
                        && (!hourEnabled.get() || time(hourTime.get()).isPresent())
                        && cap.get() >= 1 && cap.get() <= FollowUpSettings.MAX_CAP,
                digestTime, hourTime, hourEnabled, cap);
    }

    /** "9:00", "09:00" and "9.00" are all nine o'clock. */
    static Optional<LocalTime> time(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip().replace('.', ':');
        if (t.matches("\\d:\\d\\d")) {
            t = "0" + t;
        }
        try {
            return Optional.of(LocalTime.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public ObjectProperty<Optional<Locale>> languageProperty() {
        return language;
    }

    public ObjectProperty<DayOfWeek> digestDayProperty() {
        return digestDay;
    }

    public StringProperty digestTimeProperty() {
        return digestTime;
    }

    public IntegerProperty capProperty() {
        return cap;
    }

    public BooleanProperty hourEnabledProperty() {
        return hourEnabled;
    }

    public ObjectProperty<DayOfWeek> hourDayProperty() {
        return hourDay;
    }

    public StringProperty hourTimeProperty() {
        return hourTime;
    }

    /** False while a time cannot be read or the cap is out of range: the dialog cannot be confirmed. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** Stores the choices; returns true when the language changed, so the window must be rebuilt. */
    public boolean apply() {
        boolean changed = !settings.language().equals(language.get());
        settings.setLanguage(language.get().orElse(null));
        FollowUpSettings now = settings.followUps();
        LocalTime digest = time(digestTime.get()).orElse(now.digestTime());
        NetworkingHour hour = new NetworkingHour(hourEnabled.get(), hourDay.get(),
                time(hourTime.get()).orElse(storedHour.start()), storedHour.length());
        settings.setFollowUps(new FollowUpSettings(Math.max(1, Math.min(FollowUpSettings.MAX_CAP, cap.get())),
                digestDay.get(), digest, hour));
        return changed;
    }
}
