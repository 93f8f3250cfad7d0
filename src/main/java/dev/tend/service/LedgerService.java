package dev.tend.service;

import dev.tend.domain.Balance;
import dev.tend.domain.Direction;
import dev.tend.domain.Exchange;
import dev.tend.domain.ExchangeStatus;
import dev.tend.domain.Interaction;
import dev.tend.domain.TimelineEntry;
import dev.tend.domain.TimelineEntry.ExchangeEntry;
import dev.tend.domain.TimelineEntry.InteractionEntry;
import dev.tend.store.Database;
import dev.tend.store.LedgerStore;
import dev.tend.store.LedgerStore.ParticipantState;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The give/take ledger: logging interactions with one or many people and the exchanges in them,
 * the one-click actions on exchanges (thanked, done, helped later), and a contact's timeline,
 * balance and last interaction. Every write is one transaction, validated inside it: on any
 * {@link ValidationException} nothing is stored.
 */
public final class LedgerService {
    /** How many timeline entries a contact's detail shows at first; more load on request. */
    public static final int TIMELINE_PAGE = 200;

    private final Database db;
    private final LedgerStore store;
    private final Clock clock;

    public LedgerService(Database db, LedgerStore store, Clock clock) {
        this.db = db;
        this.store = store;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Stores the interaction, its participants and its exchanges together; returns the interaction's id. */
    public long logInteraction(InteractionDraft draft) {
        return db.transaction(c -> {
            List<FieldError> errors = new ArrayList<>();
            LocalDate today = today();
            if (draft.date() == null) {
                errors.add(new FieldError("date", "interaction.date.required", "Enter the date of the interaction."));
            } else if (draft.date().isAfter(today)) {
                errors.add(new FieldError("date", "interaction.date.future",
                        "The interaction's date " + draft.date() + " lies in the future; log it when it has happened."));
            }
            if (draft.channel() == null) {
                errors.add(new FieldError("channel", "interaction.channel.required", "Choose the channel."));
            }
            if (draft.eventId() != null && !store.eventExists(c, draft.eventId())) {
                errors.add(new FieldError("event", "interaction.event.missing", "The event is no longer stored."));
            }
            Set<Long> participants = new LinkedHashSet<>(draft.participantIds());
            checkParticipants(c, participants, errors);
            for (int i = 0; i < draft.exchanges().size(); i++) {
                ExchangeDraft x = draft.exchanges().get(i);
                String prefix = "exchange." + i + ".";
                if (x.contactId() == null || !participants.contains(x.contactId())) {
                    errors.add(new FieldError(prefix + "contact", "exchange.contact.notParticipant",
                            x.contactId() == null ? "Choose who the exchange was with."
                                    : "Exchange " + (i + 1) + " is with contact " + x.contactId()
                                            + ", who is not among the participants."));
                }
                checkExchange(x, prefix, errors);
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            var now = clock.instant();
            long id = store.insertInteraction(c, new Interaction(null, draft.date(), draft.channel(), draft.eventId(),
                    draft.summary(), List.copyOf(participants)), now);
            for (ExchangeDraft x : draft.exchanges()) {
                store.insertExchange(c, toExchange(x, id, draft.date()), now);
            }
            return id;
        });
    }

    /** Records an exchange outside any interaction (a favour by mail, a gift sent); returns its id. */
    public long addExchange(long contactId, ExchangeDraft draft) {
        return db.transaction(c -> {
            List<FieldError> errors = new ArrayList<>();
            checkParticipants(c, Set.of(contactId), errors);
            LocalDate date = draft.date() == null ? today() : draft.date();
            if (date.isAfter(today())) {
                errors.add(new FieldError("exchange.date", "exchange.date.future",
                        "The exchange's date " + date + " lies in the future."));
            }
            checkExchange(draft, "exchange.", errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return store.insertExchange(c, toExchange(draft, null, date).withContact(contactId), clock.instant());
        });
    }

    /** The user thanked for help received: marks it thanked today. */
    public Exchange markThanked(long exchangeId) {
        return act(exchangeId, x -> x.direction() == Direction.RECEIVED, "exchange.thanks.notReceived",
                "Only help received can be thanked for.", (c, x) -> store.markThanked(c, x.id(), today()));
    }

    /** A promise kept: done, dated today. */
    public Exchange markDone(long exchangeId) {
        return act(exchangeId, x -> x.status() == ExchangeStatus.PROMISED, "exchange.done.notPromised",
                "Only a promise can be marked done.", (c, x) -> store.markDone(c, x.id(), today()));
    }

    /** A declined request whose person was helped later: made good today. */
    public Exchange markMadeGood(long exchangeId) {
        return act(exchangeId, x -> x.status() == ExchangeStatus.DECLINED, "exchange.madeGood.notDeclined",
                "Only a declined request can be made good.", (c, x) -> store.markMadeGood(c, x.id(), today()));
    }

    public Optional<Exchange> findExchange(long exchangeId) {
        return db.read(c -> store.findExchange(c, exchangeId));
    }

    /** The contact's newest {@link #TIMELINE_PAGE} entries, newest first. */
    public List<TimelineEntry> timeline(long contactId) {
        return timeline(contactId, TIMELINE_PAGE);
    }

    /**
     * The contact's newest {@code limit} entries, newest first; on the same day an interaction
     * comes before the exchanges in it. Asking again with a larger limit loads more.
     */
    public List<TimelineEntry> timeline(long contactId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return db.read(c -> {
            List<InteractionEntry> interactions = store.interactionsOf(c, contactId, limit);
            List<Exchange> exchanges = store.exchangesOf(c, contactId, limit);
            List<TimelineEntry> all = new ArrayList<>(interactions.size() + exchanges.size());
            all.addAll(interactions);
            exchanges.forEach(x -> all.add(new ExchangeEntry(x)));
            all.sort(NEWEST_FIRST);
            return List.copyOf(all.subList(0, Math.min(limit, all.size())));
        });
    }

    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator
            .comparing(TimelineEntry::date, Comparator.reverseOrder())
            .thenComparing(e -> e instanceof InteractionEntry i ? i.interaction().id() : -1L,
                    Comparator.reverseOrder())
            .thenComparing(e -> e instanceof ExchangeEntry x ? x.exchange().id() : 0L, Comparator.reverseOrder());

    /** The balance with the contact over {@link Balance#WINDOW} ending on {@code asOf}, by {@link Balance}'s rule. */
    public Balance balance(long contactId, LocalDate asOf) {
        return db.read(c -> store.balance(c, contactId, Balance.windowStart(asOf), asOf));
    }

    /** The balance as of today. */
    public Balance balance(long contactId) {
        return balance(contactId, today());
    }

    public Optional<LocalDate> lastInteraction(long contactId) {
        return db.read(c -> store.lastInteraction(c, contactId));
    }

    private void checkParticipants(Connection c, Set<Long> ids, List<FieldError> errors) throws SQLException {
        if (ids.isEmpty()) {
            errors.add(new FieldError("participants", "interaction.participants.required",
                    "Add at least one contact who took part."));
            return;
        }
        Map<Long, ParticipantState> found = store.participants(c, ids);
        for (long id : ids) {
            ParticipantState p = found.get(id);
            if (p == null) {
                errors.add(new FieldError("participants", "interaction.participant.missing",
                        "Contact " + id + " is no longer stored."));
            } else if (p.archived()) {
                errors.add(new FieldError("participants", "interaction.participant.archived",
                        p.name() + " is archived; restore the contact before logging with them."));
            }
        }
    }

    private static void checkExchange(ExchangeDraft x, String prefix, List<FieldError> errors) {
        if (x.direction() == null) {
            errors.add(new FieldError(prefix + "direction", "exchange.direction.required",
                    "Choose whether you gave or received."));
        }
        if (x.kind() == null) {
            errors.add(new FieldError(prefix + "kind", "exchange.kind.required", "Choose what was exchanged."));
        }
        if (x.weight() < 1 || x.weight() > 3) {
            errors.add(new FieldError(prefix + "weight", "exchange.weight.range",
                    "The weight must be 1, 2 or 3, not " + x.weight() + "."));
        }
        if (x.status() == ExchangeStatus.DECLINED && (x.declinedReason() == null || x.declinedReason().isBlank())) {
            errors.add(new FieldError(prefix + "reason", "exchange.reason.required",
                    "Say why the request was declined."));
        }
    }

    private static Exchange toExchange(ExchangeDraft x, Long interactionId, LocalDate date) {
        ExchangeStatus status = x.status() == null ? ExchangeStatus.DONE : x.status();
        boolean thanked = x.thanked() && x.direction() == Direction.RECEIVED;
        return new Exchange(null, x.contactId() == null ? 0 : x.contactId(), interactionId, date, x.direction(),
                x.kind(), x.weight(), x.description(), status,
                status == ExchangeStatus.DECLINED ? x.declinedReason() : null,
                status == ExchangeStatus.PROMISED ? x.dueOn() : null, thanked, thanked ? date : null, null);
    }

    @FunctionalInterface
    private interface ExchangeWrite {
        void run(Connection c, Exchange x) throws SQLException;
    }

    private Exchange act(long exchangeId, java.util.function.Predicate<Exchange> allowed, String code, String message,
                         ExchangeWrite write) {
        return db.transaction(c -> {
            Exchange x = store.findExchange(c, exchangeId)
                    .orElseThrow(() -> new NotFoundException("Exchange " + exchangeId + " is no longer stored."));
            if (!allowed.test(x)) {
                throw new ValidationException(List.of(new FieldError("exchange", code, message)));
            }
            write.run(c, x);
            return store.findExchange(c, exchangeId).orElseThrow();
        });
    }
}
