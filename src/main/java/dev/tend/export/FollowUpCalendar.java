package dev.tend.export;

import dev.tend.domain.FollowUpItem;
import dev.tend.domain.NetworkingHour;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Open follow-ups as iCalendar (RFC 5545) through ical4j: one VTODO each, due on its day (a DATE,
 * so no time zone is involved), with a UID that stays the same while the item does, so a calendar
 * that imports the file again updates its entries instead of adding them twice; and the weekly
 * networking hour as a recurring VEVENT in floating local time (the user's hour wherever they are).
 */
public final class FollowUpCalendar {
    public static final String PRODUCT_ID = "-//Tend//Follow-ups//EN";
    /** The networking hour's UID: one recurring event, replaced on every export. */
    public static final String NETWORKING_HOUR_UID = "networking-hour@tend";
    static final String UID_DOMAIN = "@tend";

    /** The words of the entries, so the window can write them in the user's language. */
    public interface Labels {
        String summary(FollowUpItem item);

        String description(FollowUpItem item);

        String networkingHour();
    }

    private FollowUpCalendar() {
    }

    /** The calendar of {@code items} and, if enabled, the networking hour starting on or after {@code today}. */
    public static Calendar build(List<FollowUpItem> items, NetworkingHour hour, Instant now, LocalDate today,
                                 Labels labels) {
        Calendar cal = new Calendar();
        cal.add(new ProdId(PRODUCT_ID));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        DtStamp stamp = new DtStamp(now);
        for (FollowUpItem item : items) {
            VToDo todo = new VToDo(false);
            todo.add(new Uid(item.key() + UID_DOMAIN));
            todo.add(stamp);
            todo.add(new Due<>(item.dueOn()));
            todo.add(new Summary(labels.summary(item)));
            String description = labels.description(item);
            if (description != null && !description.isBlank()) {
                todo.add(new Description(description));
            }
            todo.add(new Categories(item.reason().name()));
            todo.add(new Status(Status.VALUE_NEEDS_ACTION));
            cal.add(todo);
        }
        if (hour.enabled()) {
            LocalDate first = today.with(TemporalAdjusters.nextOrSame(hour.day()));
            VEvent event = new VEvent(false);
            event.add(new Uid(NETWORKING_HOUR_UID));
            event.add(stamp);
            event.add(new DtStart<>(LocalDateTime.of(first, hour.start())));
            event.add(new Duration(hour.length()));
            event.add(new Summary(labels.networkingHour()));
            event.add(new RRule<>(new Recur.Builder<LocalDateTime>().frequency(Frequency.WEEKLY)
                    .dayList(WeekDay.getWeekDay(hour.day())).build()));
            cal.add(event);
        }
        return cal;
    }

    /** Checks the calendar against RFC 5545 with ical4j's validator; the problems, or an empty list. */
    public static List<String> problems(Calendar cal) {
        ValidationResult result = cal.validate();
        if (!result.hasErrors()) {
            return List.of();
        }
        return result.getEntries().stream().map(Object::toString).collect(Collectors.toList());
    }

    /** Writes the calendar, validated; an invalid calendar is a bug and is not written. */
    public static void write(Calendar cal, OutputStream out) throws IOException {
        List<String> problems = problems(cal);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The calendar is not valid iCalendar: " + problems);
        }
        // The outputter closes its writer; the caller's stream stays open for the caller to close.
        StringWriter text = new StringWriter();
        new CalendarOutputter(false).output(cal, text);
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Writes the calendar to {@code target} through a temporary file in the same folder moved into
     * place, so {@code target} is the whole calendar or as it was.
     */
    public static void writeFile(Path target, Calendar cal) throws IOException {
        Path abs = target.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(cal, out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
