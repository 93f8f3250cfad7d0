package dev.tend.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.FollowUpSettings;
import dev.tend.service.TendServices;
import dev.tend.testing.Fixtures;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The follow-up settings through the Settings view model, stored in a real database. */
class SettingsViewModelFollowUpsTest {
    @TempDir
    Path dir;
    TendServices tend;

    @BeforeEach
    void open() {
        tend = TendServices.open(dir.resolve("s.db"), Fixtures.CLOCK, Locale.GERMANY);
    }

    @AfterEach
    void close() {
        tend.close();
    }

    @Test
    void defaultsShowAndChangesAreStored() {
        SettingsViewModel vm = new SettingsViewModel(tend.settings());
        assertThat(vm.digestDayProperty().get()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(vm.digestTimeProperty().get()).isEqualTo("09:00");
        assertThat(vm.capProperty().get()).isEqualTo(15);
        assertThat(vm.hourEnabledProperty().get()).isFalse();

        vm.digestDayProperty().set(DayOfWeek.FRIDAY);
        vm.digestTimeProperty().set("7.30");
        vm.capProperty().set(25);
        vm.hourEnabledProperty().set(true);
        vm.hourDayProperty().set(DayOfWeek.THURSDAY);
        vm.hourTimeProperty().set("16:00");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.apply()).as("language unchanged").isFalse();

        FollowUpSettings s = tend.settings().followUps();
        assertThat(s.digestDay()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(s.digestTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(s.cap()).isEqualTo(25);
        assertThat(s.networkingHour().enabled()).isTrue();
        assertThat(s.networkingHour().day()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(s.networkingHour().start()).isEqualTo(LocalTime.of(16, 0));
    }

    @Test
    void anUnreadableTimeOrCapCannotBeConfirmed() {
        SettingsViewModel vm = new SettingsViewModel(tend.settings());
        vm.digestTimeProperty().set("nine");
        assertThat(vm.validProperty().get()).isFalse();
        vm.digestTimeProperty().set("9:00");
        assertThat(vm.validProperty().get()).isTrue();
        vm.capProperty().set(0);
        assertThat(vm.validProperty().get()).isFalse();
        vm.capProperty().set(15);
        vm.hourEnabledProperty().set(true);
        vm.hourTimeProperty().set("25:00");
        assertThat(vm.validProperty().get()).isFalse();
        vm.hourEnabledProperty().set(false);
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void aValueEditedByHandInTheDatabaseFallsBackToItsDefault() {
        tend.settings().put("followUps.cap", "lots");
        tend.settings().put("followUps.digestTime", "noon");
        assertThat(tend.settings().followUps().cap()).isEqualTo(FollowUpSettings.DEFAULT_CAP);
        assertThat(tend.settings().followUps().digestTime()).isEqualTo(LocalTime.of(9, 0));
    }
}
