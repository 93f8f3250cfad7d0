package dev.tend.ui.ledger;

import static dev.tend.testing.Fixtures.NOW;
import static dev.tend.testing.Fixtures.TODAY;
import static dev.tend.testing.Sql.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tend.domain.Balance;
import dev.tend.domain.Contact;
import dev.tend.domain.ContactSummary;
import dev.tend.domain.Direction;
import dev.tend.domain.Exchange;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.ExchangeStatus;
import dev.tend.domain.TimelineEntry.ExchangeEntry;
import dev.tend.service.ExchangeDraft;
import dev.tend.service.TendServices;
import dev.tend.testing.MutableClock;
import dev.tend.ui.common.DialogService;
import dev.tend.ui.common.I18n;
import dev.tend.ui.ledger.LogInteractionViewModel.ExchangeRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialog's and the relationship section's view models, without a window, on a real database. */
class LogInteractionViewModelTest {
    @TempDir
    Path dir;
    TendServices tend;
    I18n i18n = new I18n(Locale.ENGLISH);
    LogInteractionViewModel vm;
    long anna;
    long ben;
    final List<String> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        tend = TendServices.open(dir.resolve("tend.db"), new MutableClock(NOW), Locale.GERMANY);
        anna = tend.contacts().create(Contact.builder().givenName("Anna").familyName("Müller").build()).id();
        ben = tend.contacts().create(Contact.builder().givenName("Ben").familyName("Adler").build()).id();
        vm = new LogInteractionViewModel(tend.ledger(), tend.contacts(), tend.events(), i18n);
    }

    @AfterEach
    void close() {
        tend.close();
    }

    private long stored() {
        return scalar(tend.database(), "SELECT count(*) FROM interaction")
                + scalar(tend.database(), "SELECT count(*) FROM exchange");
    }

    @Test
    void startsTodayInPersonWithNobody() {
        assertThat(vm.dateProperty().get()).isEqualTo(TODAY);
        assertThat(vm.participants()).isEmpty();
    }

    @Test
    void searchSuggestsContactsNotYetAddedAndAddingClearsTheSearch() {
        vm.addParticipant(anna);
        vm.participantQueryProperty().set("a");
        assertThat(vm.suggestions()).extracting(ContactSummary::displayName).containsExactly("Ben Adler");
        assertThat(vm.addFirstSuggestion()).isTrue();
        assertThat(vm.participants()).extracting(LogInteractionViewModel.Participant::name)
                .containsExactly("Anna Müller", "Ben Adler");
        assertThat(vm.participantQueryProperty().get()).isEmpty();
        assertThat(vm.suggestions()).isEmpty();
        vm.addParticipant(anna);
        assertThat(vm.participants()).as("no one twice").hasSize(2);
    }

    @Test
    void missingParticipantsAndDateAreMarkedAndNothingIsStored() {
        vm.dateProperty().set(null);
        assertThat(vm.save()).isFalse();
        assertThat(vm.dateErrorProperty().get()).isEqualTo("Enter the date.");
        assertThat(vm.participantsErrorProperty().get()).isEqualTo("Add at least one contact who took part.");
        assertThat(stored()).isZero();

        vm.dateProperty().set(TODAY.plusDays(1));
        vm.addParticipant(anna);
        assertThat(vm.participantsErrorProperty().get()).as("cleared by adding someone").isNull();
        assertThat(vm.save()).isFalse();
        assertThat(vm.dateErrorProperty().get()).contains("future");
        assertThat(stored()).isZero();
    }

    @Test
    void anArchivedParticipantIsNamed() {
        vm.addParticipant(ben);
        tend.contacts().archive(List.of(ben));
        assertThat(vm.save()).isFalse();
        assertThat(vm.participantsErrorProperty().get()).isEqualTo("Archived, restore before logging: Ben Adler");
        assertThat(stored()).isZero();
    }

    @Test
    void exchangeProblemsAreMarkedOnTheirRow() {
        vm.addParticipant(anna);
        vm.addParticipant(ben);
        ExchangeRow first = vm.addExchange();
        assertThat(first.contactProperty().get().id()).as("the first participant by default").isEqualTo(anna);
        ExchangeRow second = vm.addExchange();
        second.statusProperty().set(ExchangeStatus.DECLINED);
        second.contactProperty().set(null);

        assertThat(vm.save()).isFalse();
        assertThat(first.contactErrorProperty().get()).isNull();
        assertThat(second.contactErrorProperty().get()).isEqualTo("Choose one of the participants.");
        assertThat(second.reasonErrorProperty().get()).isEqualTo("Say why you declined.");
        assertThat(stored()).isZero();

        second.contactProperty().set(vm.participants().get(1));
        second.reasonProperty().set("No time this month");
        first.statusProperty().set(ExchangeStatus.PROMISED);
        first.dueOnProperty().set(TODAY.plusDays(7));
        assertThat(vm.save()).isTrue();
        assertThat(vm.savedIdProperty().get()).isNotNull();
        assertThat(scalar(tend.database(), "SELECT count(*) FROM exchange WHERE contact_id = ? AND status = 'DECLINED'",
                ben)).isEqualTo(1);
        assertThat(scalar(tend.database(), "SELECT count(*) FROM exchange WHERE contact_id = ? AND status = 'PROMISED' "
                + "AND due_on = ?", anna, TODAY.plusDays(7).toString())).isEqualTo(1);
    }

    @Test
    void removingAParticipantClearsTheirExchanges() {
        vm.addParticipant(anna);
        ExchangeRow row = vm.addExchange();
        vm.removeParticipant(vm.participants().get(0));
        assertThat(row.contactProperty().get()).isNull();
    }

    @Test
    void theRelationshipShowsTheBalanceAndActsOnExchanges() {
        vm.addParticipant(anna);
        ExchangeRow row = vm.addExchange();
        row.directionProperty().set(Direction.RECEIVED);
        row.kindProperty().set(ExchangeKind.FAVOUR);
        row.weightProperty().set(3);
        assertThat(vm.save()).isTrue();

        RelationshipViewModel rel = new RelationshipViewModel(tend.ledger(), dialogs(), i18n);
        rel.load(anna);
        assertThat(rel.balanceProperty().get()).isEqualTo(new Balance(0, 3));
        assertThat(rel.lastInteractionProperty().get()).isEqualTo(TODAY);
        assertThat(rel.timeline()).hasSize(2);
        assertThat(rel.moreProperty().get()).isFalse();
        Exchange favour = ((ExchangeEntry) rel.timeline().get(1)).exchange();
        assertThat(favour.thanked()).isFalse();

        rel.markThanked(favour);
        assertThat(((ExchangeEntry) rel.timeline().get(1)).exchange().thanked()).isTrue();
        rel.markDone(favour);
        assertThat(errors).containsExactly("Only a promise can be marked done.");

        rel.load(null);
        assertThat(rel.timeline()).isEmpty();
        assertThat(rel.balanceProperty().get()).isEqualTo(Balance.EMPTY);
    }

    @Test
    void theTimelineLoadsMoreOnRequest() {
        for (int i = 0; i < 205; i++) {
            tend.ledger().addExchange(anna, ExchangeDraft.done(anna, Direction.GAVE, ExchangeKind.ADVICE, 1, null)
                    .withDate(TODAY.minusDays(i)));
        }
        RelationshipViewModel rel = new RelationshipViewModel(tend.ledger(), dialogs(), i18n);
        rel.load(anna);
        assertThat(rel.timeline()).hasSize(200);
        assertThat(rel.moreProperty().get()).isTrue();
        rel.loadMore();
        assertThat(rel.timeline()).hasSize(205);
        assertThat(rel.moreProperty().get()).isFalse();
        assertThat(rel.timeline().get(204).date()).isEqualTo(TODAY.minusDays(204));
    }

    private DialogService dialogs() {
        return new DialogService() {
            @Override
            public boolean confirm(String title, String message, String confirmButton) {
                return false;
            }

            @Override
            public void showError(String title, String message) {
                errors.add(message);
            }

            @Override
            public void showInfo(String title, String message) {
            }

            @Override
            public Optional<String> askText(String title, String prompt, String initial) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseImage(String title) {
                return Optional.empty();
            }
        };
    }
}
