package dev.tend.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.FollowUpSettings;
import dev.tend.domain.NetworkingHour;
import dev.tend.service.FollowUpPlanner;
import dev.tend.service.TendServices;
import dev.tend.testing.MutableClock;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The follow-up calendar written by the planner and read back with ical4j's parser. */
class FollowUpCalendarTest {
    static final LocalDate MON = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;
    MutableClock clock;
    TendServices tend;
    FollowUpPlanner planner;

    @BeforeEach
    void open() {
        clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        tend = TendServices.open(dir.resolve("cal.db"), clock, Locale.GERMANY);
        planner = tend.followUps();
        long anna = tend.contacts().create(Contact.builder().fullName("Anna Weber").circle(Circle.INNER)
                .firstMet(LocalDate.of(2025, 1, 1)).build()).id();
        long ben = tend.contacts().create(Contact.builder().fullName("Ben Novak").circle(Circle.INNER).build()).id();
        planner.add(anna, MON.plusDays(3), "Send the slides; ask about Q2, \"urgent\"");
        planner.add(ben, MON.plusWeeks(3), "Coffee");
        planner.add(ben, MON.plusWeeks(6), "Too far for the calendar");
    }

    @AfterEach
    void close() {
        tend.close();
    }

    static Calendar parse(Path file) throws IOException, ParserException {
        try (var in = Files.newInputStream(file)) {
            return new CalendarBuilder().build(in);
        }
    }

    @Test
    void oneValidTodoPerOpenItemOfThisWeekAndTheNextFourWithItsDueDay() throws Exception {
        Path file = dir.resolve("tend.ics");
        int n = planner.writeCalendar(file, FollowUpPlanner.ENGLISH);

        Calendar cal = parse(file);
        assertThat(FollowUpCalendar.problems(cal)).isEmpty();
        List<VToDo> todos = cal.getComponents(VToDo.VTODO);
        assertThat(n).isEqualTo(4);
        assertThat(todos).hasSize(4);
        assertThat(todos).extracting(t -> t.getSummary().getValue()).containsExactlyInAnyOrder(
                "Follow up with Anna Weber", "Get in touch with Anna Weber", "Follow up with Ben Novak",
                "Get in touch with Ben Novak");
        VToDo slides = todos.stream().filter(t -> t.getDescription() != null
                && t.getDescription().getValue().startsWith("Send")).findFirst().orElseThrow();
        assertThat(slides.getDescription().getValue()).isEqualTo("Send the slides; ask about Q2, \"urgent\"");
        assertThat(slides.getDue().orElseThrow().getDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(slides.getProperty(Property.DUE).orElseThrow().toString()).contains("DUE;VALUE=DATE:20260305");
        assertThat(cal.getComponents(VEvent.VEVENT)).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR\r\n")
                .contains("PRODID:" + FollowUpCalendar.PRODUCT_ID);
    }

    @Test
    void uidsStayTheSameAcrossExportsSoAnImportUpdates() throws Exception {
        Path first = dir.resolve("a.ics");
        Path second = dir.resolve("b.ics");
        planner.writeCalendar(first, FollowUpPlanner.ENGLISH);
        clock.advance(Duration.ofDays(1));
        planner.writeCalendar(second, FollowUpPlanner.ENGLISH);
        List<String> a = uids(parse(first));
        List<String> b = uids(parse(second));
        assertThat(a).hasSize(4).doesNotHaveDuplicates().allMatch(u -> u.endsWith("@tend"));
        assertThat(b).containsExactlyInAnyOrderElementsOf(a);
    }

    static List<String> uids(Calendar cal) {
        return cal.<VToDo>getComponents(VToDo.VTODO).stream().map(t -> t.getUid().orElseThrow().getValue()).toList();
    }

    @Test
    void theNetworkingHourIsAWeeklyEventWhenTheUserKeepsOne() throws Exception {
        tend.settings().setFollowUps(new FollowUpSettings(15, DayOfWeek.MONDAY, LocalTime.of(9, 0),
                new NetworkingHour(true, DayOfWeek.FRIDAY, LocalTime.of(16, 30), Duration.ofMinutes(45))));
        Path file = dir.resolve("hour.ics");
        planner.writeCalendar(file, FollowUpPlanner.ENGLISH);
        Calendar cal = parse(file);
        assertThat(FollowUpCalendar.problems(cal)).isEmpty();
        List<VEvent> events = cal.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(1);
        VEvent hour = events.get(0);
        assertThat(hour.getUid().orElseThrow().getValue()).isEqualTo(FollowUpCalendar.NETWORKING_HOUR_UID);
        assertThat(hour.getSummary().getValue()).isEqualTo("Networking hour");
        assertThat(hour.<LocalDateTime>getDateTimeStart().getDate()).isEqualTo(LocalDateTime.of(2026, 3, 6, 16, 30));
        assertThat(hour.getProperty(Property.RRULE).orElseThrow().getValue()).isEqualTo("FREQ=WEEKLY;BYDAY=FR");
        assertThat(hour.getProperty(Property.DURATION).orElseThrow().getValue()).isEqualTo("PT45M");
    }

    @Test
    void anUnwritableTargetIsReportedAndNothingIsHalfWritten() throws Exception {
        Path missing = dir.resolve("no-such-folder").resolve("tend.ics");
        assertThatThrownBy(() -> planner.writeCalendar(missing, FollowUpPlanner.ENGLISH))
                .isInstanceOf(IOException.class);
        assertThat(missing.getParent()).doesNotExist();

        Path folder = Files.createDirectory(dir.resolve("a-folder.ics"));
        Files.writeString(folder.resolve("keep.txt"), "kept");
        assertThatThrownBy(() -> planner.writeCalendar(folder, FollowUpPlanner.ENGLISH))
                .isInstanceOf(IOException.class);
        assertThat(folder.resolve("keep.txt")).hasContent("kept");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp"));
        }
    }

    @Test
    void anExistingFileIsReplacedWhole() throws Exception {
        Path file = dir.resolve("tend.ics");
        Files.writeString(file, "old contents that are longer than nothing\n".repeat(200));
        planner.writeCalendar(file, FollowUpPlanner.ENGLISH);
        assertThat(Files.readString(file)).doesNotContain("old contents").endsWith("END:VCALENDAR\r\n");
        assertThat(parse(file).getComponents(VToDo.VTODO)).hasSize(4);
    }

    @Test
    void theCalendarParsesFromText() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        planner.writeCalendar(out, FollowUpPlanner.ENGLISH);
        Calendar cal = new CalendarBuilder().build(new StringReader(out.toString(StandardCharsets.UTF_8)));
        assertThat(cal.getComponents(VToDo.VTODO)).hasSize(4);
    }
}
