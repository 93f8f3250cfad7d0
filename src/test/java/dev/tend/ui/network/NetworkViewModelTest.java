package dev.tend.ui.network;

import static dev.tend.testing.Fixtures.CLOCK;
import static dev.tend.testing.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.FlaggedContact;
import dev.tend.domain.NetworkCheck;
import dev.tend.service.TendServices;
import dev.tend.ui.common.Navigator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Network screen's state on the sample network, without a window. */
class NetworkViewModelTest {
    @TempDir
    Path dir;
    TendServices tend;
    final List<Long> shown = new ArrayList<>();
    NetworkViewModel vm;

    @BeforeEach
    void open() {
        tend = TendServices.open(dir.resolve("sample.db"), CLOCK, Locale.ENGLISH);
        tend.sampleNetwork().write();
        vm = new NetworkViewModel(tend.network(), new Navigator() {
            @Override
            public void show(String screenId) {
            }

            @Override
            public void showContact(long contactId) {
                shown.add(contactId);
            }
        });
    }

    @AfterEach
    void close() {
        tend.close();
    }

    @Test
    void refreshRunsTheChecksAsOfTodayAndOpeningACheckListsItsContacts() {
        vm.refresh();
        assertThat(vm.asOfProperty().get()).isEqualTo(TODAY);
        for (NetworkCheck check : NetworkCheck.values()) {
            assertThat(vm.count(check).get()).isEqualTo(tend.network().summary(TODAY).count(check)).isPositive();
        }
        assertThat(vm.months()).hasSize(12);
        assertThat(vm.circles()).hasSize(5);
        assertThat(vm.contacts()).isEmpty();

        vm.open(NetworkCheck.THANKS_OWED);
        assertThat(vm.contacts()).hasSize(vm.count(NetworkCheck.THANKS_OWED).get());

        FlaggedContact first = vm.contacts().get(0);
        vm.openContact(first);
        assertThat(shown).containsExactly(first.id());
    }

    @Test
    void theOpenListFollowsARefresh() {
        vm.refresh();
        vm.open(NetworkCheck.ONLINE_ONLY);
        FlaggedContact first = vm.contacts().get(0);
        tend.contacts().archive(List.of(first.id()));

        vm.refresh();
        assertThat(vm.contacts()).extracting(FlaggedContact::id).doesNotContain(first.id());
        assertThat(vm.contacts()).hasSize(vm.count(NetworkCheck.ONLINE_ONLY).get());
        vm.open(null);
        assertThat(vm.contacts()).isEmpty();
    }
}
