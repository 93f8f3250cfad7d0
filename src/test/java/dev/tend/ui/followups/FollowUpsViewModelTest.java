package dev.tend.ui.followups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.FollowUpItem;
import dev.tend.domain.FollowUpReason;
import dev.tend.service.TendServices;
import dev.tend.testing.MutableClock;
import dev.tend.testing.ScriptedDialogs;
import dev.tend.ui.common.Background;
import dev.tend.ui.common.I18n;
import dev.tend.ui.common.Navigator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The This week view model on a real database, with scripted dialogs (Monday 2 March 2026). */
class FollowUpsViewModelTest {
    static final LocalDate MON = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;
    TendServices tend;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    List<URI> mails = new ArrayList<>();
    List<Long> shownContacts = new ArrayList<>();
    Optional<Long> logged = Optional.empty();
    FollowUpsViewModel vm;
    long anna;

    @BeforeEach
    void open() {
        tend = TendServices.open(dir.resolve("vm.db"), new MutableClock(Instant.parse("2026-03-02T09:00:00Z")),
                Locale.GERMANY);
        anna = tend.contacts().create(Contact.builder().fullName("Anna Weber").email("anna.weber@example.org")
                .circle(Circle.INNER).firstMet(LocalDate.of(2025, 1, 1)).build()).id();
        Navigator nav = new Navigator() {
            @Override
            public void show(String screenId) {
            }

            @Override
            public void showContact(long contactId) {
                shownContacts.add(contactId);
            }
        };
        vm = new FollowUpsViewModel(tend.followUps(), dialogs, new I18n(Locale.ENGLISH), nav, mails::add,
                id -> logged, Background.SAME_THREAD);
        vm.refresh();
    }

    @AfterEach
    void close() {
        tend.close();
    }

    FollowUpItem first() {
        return vm.items().get(0);
    }

    @Test
    void showsTheWeekGroupedWithWordsForEachItem() {
        tend.followUps().add(anna, MON.plusDays(2), "Send the slides");
        vm.refresh();
        assertThat(vm.groups()).containsOnlyKeys(FollowUpReason.CUSTOM, FollowUpReason.CADENCE);
        assertThat(vm.heading()).isEqualTo("Week 10 · 02/03/2026 – 08/03/2026".replace("02/03/2026",
                new I18n(Locale.ENGLISH).date(MON)).replace("08/03/2026", new I18n(Locale.ENGLISH).date(MON.plusDays(6))));
        FollowUpItem custom = vm.groups().get(FollowUpReason.CUSTOM).get(0);
        assertThat(vm.title(custom)).isEqualTo("Follow up with Anna Weber");
        assertThat(vm.detail(custom)).isEqualTo("Send the slides");
        assertThat(vm.due(custom)).startsWith("due ");
        FollowUpItem cadence = vm.groups().get(FollowUpReason.CADENCE).get(0);
        assertThat(vm.due(cadence)).isEqualTo("411 days overdue");
        assertThat(vm.isOverdue(cadence)).isTrue();
    }

    @Test
    void snoozeUntilAPickedDayAndAPastDayIsAnErrorNotAnException() {
        dialogs.dates.add(MON.minusDays(1));
        vm.snoozeUntil(first());
        assertThat(dialogs.errors).singleElement().asString().contains("has passed");
        assertThat(vm.items()).hasSize(1);

        dialogs.dates.add(MON.plusDays(10));
        vm.snoozeUntil(first());
        assertThat(vm.items()).isEmpty();
        assertThat(tend.followUps().week(MON.plusDays(10)).items()).hasSize(1);
    }

    @Test
    void doneWithAnInteractionOnlyWhenTheDialogLoggedOne() {
        vm.doneWithInteraction(first());
        assertThat(vm.items()).hasSize(1);
        logged = Optional.of(1L);
        vm.doneWithInteraction(first());
        assertThat(vm.items()).isEmpty();
    }

    @Test
    void writeEmailOpensAMailtoWithASubject() {
        vm.writeEmail(first());
        assertThat(mails).containsExactly(URI.create("mailto:anna.weber@example.org?subject=How%20are%20you%3F"));
        vm.openContact(first());
        assertThat(shownContacts).containsExactly(anna);
    }

    @Test
    void addToCalendarWritesTheChosenFile() throws Exception {
        Path file = dir.resolve("week.ics");
        dialogs.files.add(file);
        vm.addToCalendar();
        assertThat(Files.readString(file)).contains("BEGIN:VTODO", "SUMMARY:Get in touch with Anna Weber");
        assertThat(dialogs.asked).anyMatch(m -> m.contains("Wrote 1 calendar entries"));

        dialogs.files.add(dir.resolve("missing").resolve("week.ics"));
        vm.addToCalendar();
        assertThat(dialogs.errors).singleElement().asString().contains("Nothing was written");
    }

    @Test
    void aFollowUpSetByHandAsksTheDayAndANote() {
        dialogs.dates.add(MON.plusDays(3));
        dialogs.texts.add("Ask about the tender");
        vm.setFollowUp(anna, "Anna Weber");
        assertThat(vm.groups().get(FollowUpReason.CUSTOM)).extracting(FollowUpItem::detail)
                .containsExactly("Ask about the tender");
        dialogs.dates.add(MON.minusDays(3));
        vm.setFollowUp(anna, "Anna Weber");
        assertThat(dialogs.errors).singleElement().asString().contains("The day has passed");
    }

    @Test
    void moreShowsEveryItem() {
        for (int i = 0; i < 20; i++) {
            long p = tend.contacts().create(Contact.builder().fullName("P" + i).build()).id();
            tend.followUps().add(p, MON, null);
        }
        vm.refresh();
        assertThat(vm.items()).hasSize(15);
        assertThat(vm.moreProperty().get()).isEqualTo(6);
        vm.showAllProperty().set(true);
        assertThat(vm.items()).hasSize(21);
        assertThat(vm.moreProperty().get()).isZero();
    }
}
