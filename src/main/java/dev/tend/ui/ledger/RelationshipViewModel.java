package dev.tend.ui.ledger;

import dev.tend.domain.Balance;
import dev.tend.domain.Exchange;
import dev.tend.domain.TimelineEntry;
import dev.tend.service.LedgerService;
import dev.tend.service.NotFoundException;
import dev.tend.service.ValidationException;
import dev.tend.ui.common.DialogService;
import dev.tend.ui.common.I18n;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The relationship with the contact open in the detail pane: the give/take balance over the
 * last 24 months, the last interaction, and the timeline with one-click actions on exchanges.
 */
public final class RelationshipViewModel {
    private final LedgerService ledger;
    private final DialogService dialogs;
    private final I18n i18n;
    private int limit = LedgerService.TIMELINE_PAGE;

    private final ObjectProperty<Long> contactId = new SimpleObjectProperty<>(this, "contactId");
    private final ReadOnlyObjectWrapper<Balance> balance = new ReadOnlyObjectWrapper<>(this, "balance", Balance.EMPTY);
    private final ReadOnlyObjectWrapper<LocalDate> lastInteraction = new ReadOnlyObjectWrapper<>(this, "lastInteraction");
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more");

    public RelationshipViewModel(LedgerService ledger, DialogService dialogs, I18n i18n) {
        this.ledger = ledger;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /** Shows the relationship with this contact (null: none). */
    public void load(Long id) {
        limit = LedgerService.TIMELINE_PAGE;
        contactId.set(id);
        reload();
    }

    /** Reads everything again, e.g. after an interaction was logged. */
    public void reload() {
        Long id = contactId.get();
        if (id == null) {
            balance.set(Balance.EMPTY);
            lastInteraction.set(null);
            timeline.clear();
            more.set(false);
            return;
        }
        balance.set(ledger.balance(id));
        // One more than shown tells whether there is more to load.
        List<TimelineEntry> entries = ledger.timeline(id, limit + 1);
        more.set(entries.size() > limit);
        timeline.setAll(entries.subList(0, Math.min(limit, entries.size())));
        // The newest interaction on the page is the last one; ask only when the page holds none
        // (a contact with thousands of interactions pays for one query, not two).
        lastInteraction.set(entries.stream().filter(e -> e instanceof TimelineEntry.InteractionEntry)
                .map(TimelineEntry::date).findFirst()
                .orElseGet(() -> more.get() ? ledger.lastInteraction(id).orElse(null) : null));
    }

    /** Shows the next page of older entries. */
    public void loadMore() {
        limit += LedgerService.TIMELINE_PAGE;
        reload();
    }

    public void markThanked(Exchange x) {
        act(ledger::markThanked, x);
    }

    public void markDone(Exchange x) {
        act(ledger::markDone, x);
    }

    public void markMadeGood(Exchange x) {
        act(ledger::markMadeGood, x);
    }

    private void act(LongFunction<Exchange> action, Exchange x) {
        try {
            action.apply(x.id());
        } catch (ValidationException | NotFoundException e) {
            // Changed elsewhere meanwhile (another window, the command line): show what is stored now.
            dialogs.showError(i18n.get("relationship.action.failed"), e instanceof ValidationException v
                    ? i18n.getOr("validation." + v.errors().get(0).code(), e.getMessage()) : e.getMessage());
        }
        reload();
    }

    /** The balance's as-of date: today. */
    public LocalDate today() {
        return ledger.today();
    }

    public ObjectProperty<Long> contactIdProperty() { return contactId; }
    public ReadOnlyObjectProperty<Balance> balanceProperty() { return balance.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LocalDate> lastInteractionProperty() { return lastInteraction.getReadOnlyProperty(); }
    public ObservableList<TimelineEntry> timeline() { return timeline; }
    public ReadOnlyBooleanProperty moreProperty() { return more.getReadOnlyProperty(); }
}
