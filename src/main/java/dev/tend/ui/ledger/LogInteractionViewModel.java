package dev.tend.ui.ledger;

import dev.tend.domain.Channel;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactSummary;
import dev.tend.domain.Direction;
import dev.tend.domain.Event;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.ExchangeStatus;
import dev.tend.service.ContactService;
import dev.tend.service.EventService;
import dev.tend.service.ExchangeDraft;
import dev.tend.service.FieldError;
import dev.tend.service.InteractionDraft;
import dev.tend.service.LedgerService;
import dev.tend.service.ValidationException;
import dev.tend.ui.common.I18n;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Log interaction" dialog's state: date, channel, event, summary, the participants picked by
 * search-as-you-type, and the exchanges. Saving hands everything to {@link LedgerService} in one
 * go; its field errors come back onto the fields here, and nothing is stored.
 */
public final class LogInteractionViewModel {
    private static final int SUGGESTIONS = 8;
    private static final Pattern EXCHANGE_FIELD = Pattern.compile("exchange\\.(\\d+)\\.(\\w+)");

    /** A contact taking part, as the dialog shows it. */
    public record Participant(long id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One exchange being entered. */
    public static final class ExchangeRow {
        private final ObjectProperty<Participant> contact = new SimpleObjectProperty<>(this, "contact");
        private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(this, "direction", Direction.GAVE);
        private final ObjectProperty<ExchangeKind> kind = new SimpleObjectProperty<>(this, "kind", ExchangeKind.ADVICE);
        private final ObjectProperty<Integer> weight = new SimpleObjectProperty<>(this, "weight", 1);
        private final ObjectProperty<ExchangeStatus> status =
                new SimpleObjectProperty<>(this, "status", ExchangeStatus.DONE);
        private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
        private final StringProperty description = new SimpleStringProperty(this, "description", "");
        private final BooleanProperty thanked = new SimpleBooleanProperty(this, "thanked");
        private final ObjectProperty<LocalDate> dueOn = new SimpleObjectProperty<>(this, "dueOn");
        private final StringProperty contactError = new SimpleStringProperty(this, "contactError");
        private final StringProperty reasonError = new SimpleStringProperty(this, "reasonError");
        private final StringProperty error = new SimpleStringProperty(this, "error");

        public ObjectProperty<Participant> contactProperty() { return contact; }
        public ObjectProperty<Direction> directionProperty() { return direction; }
        public ObjectProperty<ExchangeKind> kindProperty() { return kind; }
        public ObjectProperty<Integer> weightProperty() { return weight; }
        public ObjectProperty<ExchangeStatus> statusProperty() { return status; }
        public StringProperty reasonProperty() { return reason; }
        public StringProperty descriptionProperty() { return description; }
        public BooleanProperty thankedProperty() { return thanked; }
        /** When a promise is due. */
        public ObjectProperty<LocalDate> dueOnProperty() { return dueOn; }
        public StringProperty contactErrorProperty() { return contactError; }
        public StringProperty reasonErrorProperty() { return reasonError; }
        /** Any other problem with the row (weight, kind). */
        public StringProperty errorProperty() { return error; }

        ExchangeDraft draft() {
            return new ExchangeDraft(contact.get() == null ? null : contact.get().id(), direction.get(), kind.get(),
                    weight.get() == null ? 1 : weight.get(), description.get(), status.get(), reason.get(), dueOn.get(),
                    thanked.get(), null);
        }

        void clearErrors() {
            contactError.set(null);
            reasonError.set(null);
            error.set(null);
        }
    }

    private final LedgerService ledger;
    private final ContactService contacts;
    private final EventService events;
    private final I18n i18n;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(this, "channel", Channel.IN_PERSON);
    private final ObjectProperty<Event> event = new SimpleObjectProperty<>(this, "event");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final StringProperty participantQuery = new SimpleStringProperty(this, "participantQuery", "");
    private final ObservableList<ContactSummary> suggestions = FXCollections.observableArrayList();
    private final ObservableList<ExchangeRow> exchanges = FXCollections.observableArrayList();
    private final ObservableList<Event> eventChoices = FXCollections.observableArrayList();

    private final StringProperty dateError = new SimpleStringProperty(this, "dateError");
    private final StringProperty participantsError = new SimpleStringProperty(this, "participantsError");
    private final StringProperty formError = new SimpleStringProperty(this, "formError");
    private final ObjectProperty<Long> savedId = new SimpleObjectProperty<>(this, "savedId");

    public LogInteractionViewModel(LedgerService ledger, ContactService contacts, EventService events, I18n i18n) {
        this.ledger = ledger;
        this.contacts = contacts;
        this.events = events;
        this.i18n = i18n;
        date.set(ledger.today());
        eventChoices.setAll(events.all().stream()
                .sorted((a, b) -> Objects.compare(b.startDate(), a.startDate(),
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .toList());
        participantQuery.addListener((o, a, b) -> refreshSuggestions());
        date.addListener((o, a, b) -> dateError.set(null));
        participants.addListener((javafx.collections.ListChangeListener<Participant>) c -> {
            participantsError.set(null);
            // An exchange can only be with someone who took part.
            for (ExchangeRow row : exchanges) {
                if (row.contact.get() != null && !participants.contains(row.contact.get())) {
                    row.contact.set(null);
                }
            }
        });
    }

    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public ObjectProperty<Channel> channelProperty() { return channel; }
    public ObjectProperty<Event> eventProperty() { return event; }
    public StringProperty summaryProperty() { return summary; }
    public ObservableList<Participant> participants() { return participants; }
    public StringProperty participantQueryProperty() { return participantQuery; }
    public ObservableList<ContactSummary> suggestions() { return suggestions; }
    public ObservableList<ExchangeRow> exchanges() { return exchanges; }
    public ObservableList<Event> eventChoices() { return eventChoices; }
    public StringProperty dateErrorProperty() { return dateError; }
    public StringProperty participantsErrorProperty() { return participantsError; }
    public StringProperty formErrorProperty() { return formError; }
    /** The stored interaction's id once saved. */
    public ObjectProperty<Long> savedIdProperty() { return savedId; }

    /** Adds a contact by id (the one whose detail is open, say); unknown ids are ignored. */
    public void addParticipant(long contactId) {
        contacts.find(contactId).ifPresent(c -> add(new Participant(c.id(), c.fullName())));
    }

    /** Adds a suggested contact and clears the search for the next one. */
    public void addParticipant(ContactSummary summary) {
        add(new Participant(summary.id(), summary.displayName()));
        participantQuery.set("");
    }

    /** Adds the first suggestion, as Enter in the search field does; false when there is none. */
    public boolean addFirstSuggestion() {
        if (suggestions.isEmpty()) {
            return false;
        }
        addParticipant(suggestions.get(0));
        return true;
    }

    private void add(Participant p) {
        if (participants.stream().noneMatch(x -> x.id() == p.id())) {
            participants.add(p);
        }
        refreshSuggestions();
    }

    public void removeParticipant(Participant p) {
        participants.remove(p);
        refreshSuggestions();
    }

    /** A new exchange row, with the only (or first) participant already chosen. */
    public ExchangeRow addExchange() {
        ExchangeRow row = new ExchangeRow();
        if (!participants.isEmpty()) {
            row.contact.set(participants.get(0));
        }
        row.status.addListener((o, a, b) -> row.reasonError.set(null));
        row.reason.addListener((o, a, b) -> row.reasonError.set(null));
        row.contact.addListener((o, a, b) -> row.contactError.set(null));
        exchanges.add(row);
        return row;
    }

    public void removeExchange(ExchangeRow row) {
        exchanges.remove(row);
    }

    private void refreshSuggestions() {
        String q = participantQuery.get() == null ? "" : participantQuery.get().strip();
        if (q.isEmpty()) {
            suggestions.clear();
            return;
        }
        List<ContactSummary> found = new ArrayList<>();
        for (ContactSummary s : contacts.search(ContactQuery.text(q), 0, SUGGESTIONS + participants.size())) {
            if (participants.stream().noneMatch(p -> p.id() == s.id()) && found.size() < SUGGESTIONS) {
                found.add(s);
            }
        }
        suggestions.setAll(found);
    }

    /** Stores the interaction; false (with the problems on the fields) when it cannot be stored. */
    public boolean save() {
        clearErrors();
        List<ExchangeDraft> drafts = exchanges.stream().map(ExchangeRow::draft).toList();
        InteractionDraft draft = new InteractionDraft(date.get(), channel.get(),
                event.get() == null ? null : event.get().id(), summary.get(),
                participants.stream().map(Participant::id).toList(), drafts);
        try {
            savedId.set(ledger.logInteraction(draft));
            return true;
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                show(error);
            }
            return false;
        }
    }

    private void show(FieldError error) {
        String text = i18n.getOr("validation." + error.code(), error.message());
        Matcher m = EXCHANGE_FIELD.matcher(error.field());
        if (error.field().equals("date")) {
            dateError.set(text);
        } else if (error.field().equals("participants")) {
            if (error.code().equals("interaction.participant.archived")) {
                text = i18n.get("validation.interaction.participant.archived", names(true));
            } else if (error.code().equals("interaction.participant.missing")) {
                text = i18n.get("validation.interaction.participant.missing", names(false));
            }
            String shown = participantsError.get();
            if (shown == null) {
                participantsError.set(text);
            } else if (!shown.lines().toList().contains(text)) {
                participantsError.set(shown + "\n" + text);
            }
        } else if (m.matches() && Integer.parseInt(m.group(1)) < exchanges.size()) {
            ExchangeRow row = exchanges.get(Integer.parseInt(m.group(1)));
            switch (m.group(2)) {
                case "contact" -> row.contactError.set(text);
                case "reason" -> row.reasonError.set(text);
                default -> row.error.set(text);
            }
        } else {
            formError.set(text);
        }
    }

    /** The participants who are archived (or, with false, no longer stored), for the message. */
    private String names(boolean archived) {
        return participants.stream().filter(p -> contacts.find(p.id())
                        .map(c -> archived && c.archived()).orElse(!archived))
                .map(Participant::name).collect(java.util.stream.Collectors.joining(", "));
    }

    private void clearErrors() {
        dateError.set(null);
        participantsError.set(null);
        formError.set(null);
        exchanges.forEach(ExchangeRow::clearErrors);
    }
}
