package dev.tend.cli;

import dev.tend.domain.Channel;
import dev.tend.domain.Contact;
import dev.tend.domain.Direction;
import dev.tend.domain.Event;
import dev.tend.domain.ExchangeKind;
import dev.tend.domain.ExchangeStatus;
import dev.tend.service.ExchangeDraft;
import dev.tend.service.InteractionDraft;
import dev.tend.service.NotFoundException;
import dev.tend.service.TendServices;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code tend log}: records an interaction with one or more contacts and, optionally, one
 * exchange with each of them, in one transaction.
 */
@Command(name = "log",
        sortOptions = false,
        description = {
            "Record an interaction (a meeting, call, message...) with one or more contacts.",
            "With --gave or --received it also records an exchange of the give/take ledger with EVERY "
                    + "contact named by --with (one exchange each, same kind, weight and status).",
            "Nothing is stored when a contact is unknown or anything else is wrong."},
        footer = {"",
            "Examples:",
            "  tend log --with anna@example.org --channel in-person --summary \"Coffee at the fair\"",
            "  tend log --with anna@example.org --with 12 --channel video --received advice --weight 2",
            "  tend log --with 7 --channel call --gave introduction --status declined --reason \"No fitting contact\""})
final class LogCommand extends DatabaseCommand {

    @Option(names = "--with", required = true, paramLabel = "EMAIL|ID",
            description = "A participant: an email address (any case) or a contact id. Repeat for several.")
    List<String> with = new ArrayList<>();

    @Option(names = "--channel", required = true, paramLabel = "CHANNEL", converter = ChannelConverter.class,
            description = "in-person, call, video, email, message or social.")
    Channel channel;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When it happened (default: today; not in the future).")
    LocalDate date;

    @Option(names = "--event", paramLabel = "NAME", description = "The event it happened at, by name (any case).")
    String event;

    @Option(names = "--summary", paramLabel = "TEXT", description = "A short summary.")
    String summary;

    @ArgGroup(exclusive = true)
    Exchanged exchanged;

    static final class Exchanged {
        @Option(names = "--gave", paramLabel = "KIND", converter = KindConverter.class,
                description = "You gave each participant this: introduction, advice, referral, recommendation, "
                        + "information, favour, gift, job-lead or other.")
        ExchangeKind gave;

        @Option(names = "--received", paramLabel = "KIND", converter = KindConverter.class,
                description = "You received this from each participant (same kinds as --gave).")
        ExchangeKind received;
    }

    @Option(names = "--weight", paramLabel = "1-3", defaultValue = "1",
            description = "How much the exchange weighs: 1 small, 2 medium, 3 large (default: ${DEFAULT-VALUE}).")
    int weight;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "done", converter = StatusConverter.class,
            description = "done, promised or declined (default: ${DEFAULT-VALUE}).")
    ExchangeStatus status;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why a request was declined (needed with --status declined).")
    String reason;

    @Option(names = "--description", paramLabel = "TEXT", description = "What was given or received.")
    String description;

    @Option(names = "--due", paramLabel = "YYYY-MM-DD", description = "When a promise is due (with --status promised).")
    LocalDate due;

    @Override
    protected int run(TendServices services) {
        Map<Long, Contact> participants = new LinkedHashMap<>();
        for (String who : with) {
            Contact c = resolve(services, who.strip());
            participants.putIfAbsent(c.id(), c);
        }
        Long eventId = null;
        if (event != null) {
            eventId = services.events().all().stream().filter(e -> e.name().equalsIgnoreCase(event.strip()))
                    .map(Event::id).findFirst()
                    .orElseThrow(() -> new NotFoundException("No event named \"" + event + "\"."));
        }
        List<ExchangeDraft> exchanges = new ArrayList<>();
        Direction direction = exchanged == null ? null : exchanged.gave != null ? Direction.GAVE : Direction.RECEIVED;
        ExchangeKind kind = exchanged == null ? null : exchanged.gave != null ? exchanged.gave : exchanged.received;
        if (direction == null && (reason != null || description != null || due != null)) {
            throw new IllegalStateException("--reason, --description and --due describe an exchange: "
                    + "add --gave or --received.");
        }
        if (direction != null) {
            for (long id : participants.keySet()) {
                exchanges.add(new ExchangeDraft(id, direction, kind, weight, description, status, reason, due, false,
                        null));
            }
        }
        LocalDate on = date != null ? date : services.ledger().today();
        long id = services.ledger().logInteraction(new InteractionDraft(on, channel, eventId, summary,
                List.copyOf(participants.keySet()), exchanges));
        String names = participants.values().stream().map(Contact::fullName).collect(Collectors.joining(", "));
        out().printf("Logged interaction %d on %s (%s) with %s%n", id, on, label(channel), names);
        if (direction != null) {
            out().printf("  %s %s, weight %d, %s%s, with each of them%n",
                    direction == Direction.GAVE ? "gave" : "received", label(kind), weight, label(status),
                    status == ExchangeStatus.DECLINED ? " (" + reason.strip() + ")"
                            : status == ExchangeStatus.PROMISED && due != null ? " (due " + due + ")" : "");
        }
        return 0;
    }

    private static Contact resolve(TendServices services, String who) {
        if (who.matches("\\d+")) {
            return services.contacts().find(Long.parseLong(who))
                    .orElseThrow(() -> new NotFoundException("No contact with id " + who + "; nothing was stored."));
        }
        return services.contacts().findByEmail(who)
                .orElseThrow(() -> new NotFoundException("No contact with the email " + who + "; nothing was stored."));
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            String choices = java.util.Arrays.stream(type.getEnumConstants()).map(LogCommand::label)
                    .collect(Collectors.joining(", "));
            throw new TypeConversionException("'" + text + "' is not one of " + choices);
        }
    }

    static final class ChannelConverter implements ITypeConverter<Channel> {
        @Override
        public Channel convert(String value) {
            return parse(Channel.class, value);
        }
    }

    static final class KindConverter implements ITypeConverter<ExchangeKind> {
        @Override
        public ExchangeKind convert(String value) {
            return parse(ExchangeKind.class, value);
        }
    }

    static final class StatusConverter implements ITypeConverter<ExchangeStatus> {
        @Override
        public ExchangeStatus convert(String value) {
            return parse(ExchangeStatus.class, value);
        }
    }
}
