package dev.tend.ui.followups;

import dev.tend.domain.FollowUpItem;
import dev.tend.domain.FollowUpReason;
import dev.tend.domain.WeekPlan;
import dev.tend.export.FollowUpCalendar;
import dev.tend.service.FollowUpPlanner;
import dev.tend.service.NotFoundException;
import dev.tend.service.ValidationException;
import dev.tend.ui.common.Background;
import dev.tend.ui.common.DialogService;
import dev.tend.ui.common.I18n;
import dev.tend.ui.common.Navigator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The This week screen: the week's follow-ups ranked and grouped by reason, capped with "more",
 * and what can be done with each (done, done with a logged interaction, snooze, open the contact,
 * write an e-mail, mark thanked), the calendar export, and a follow-up set by hand for a contact.
 * Problems the user can fix come back as error dialogs, never as exceptions.
 */
public final class FollowUpsViewModel {
    private final FollowUpPlanner planner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Navigator navigator;
    private final MailLauncher mail;
    private final InteractionLogger logger;
    private final Background background;
    private final ObservableList<FollowUpItem> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WeekPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyIntegerWrapper more = new ReadOnlyIntegerWrapper(this, "more");
    private final BooleanProperty showAll = new SimpleBooleanProperty(this, "showAll");

    public FollowUpsViewModel(FollowUpPlanner planner, DialogService dialogs, I18n i18n, Navigator navigator,
                              MailLauncher mail, InteractionLogger logger, Background background) {
        this.planner = planner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.navigator = navigator;
        this.mail = mail;
        this.logger = logger;
        this.background = background;
        showAll.addListener((o, was, now) -> refresh());
    }

    /**
     * Reads the week again as of today, in the background: on a large network the week takes a
     * noticeable fraction of a second and "more" several seconds, too long for the UI thread.
     */
    public void refresh() {
        boolean all = showAll.get();
        background.run(() -> {
            LocalDate today = planner.today();
            return all ? planner.week(today, Integer.MAX_VALUE) : planner.week(today);
        }, p -> {
            plan.set(p);
            items.setAll(p.items());
            more.set(p.more());
        }, e -> dialogs.showError(i18n.get("followUps.error.title"),
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    /** The shown items by reason, in rank order; reasons without items are left out. */
    public Map<FollowUpReason, List<FollowUpItem>> groups() {
        Map<FollowUpReason, List<FollowUpItem>> out = new LinkedHashMap<>();
        for (FollowUpReason r : FollowUpReason.ranked()) {
            List<FollowUpItem> of = items.stream().filter(i -> i.reason() == r).toList();
            if (!of.isEmpty()) {
                out.put(r, of);
            }
        }
        return out;
    }

    public void done(FollowUpItem item) {
        act(() -> planner.done(item));
    }

    /** Opens the Log interaction dialog for the contact; once logged, the item is done. */
    public void doneWithInteraction(FollowUpItem item) {
        act(() -> logger.log(item.contactId()).ifPresent(id -> planner.done(item)));
    }

    public void snoozeDay(FollowUpItem item) {
        act(() -> planner.snoozeDay(item));
    }

    public void snoozeWeek(FollowUpItem item) {
        act(() -> planner.snoozeWeek(item));
    }

    /** Asks for the day the item comes back (a week from today to start with). */
    public void snoozeUntil(FollowUpItem item) {
        dialogs.askDate(i18n.get("followUps.snooze.title"), i18n.get("followUps.snooze.prompt", item.contactName()),
                planner.today().plusWeeks(1)).ifPresent(day -> act(() -> planner.snooze(item, day)));
    }

    public void markThanked(FollowUpItem item) {
        act(() -> planner.markThanked(item));
    }

    public void openContact(FollowUpItem item) {
        navigator.showContact(item.contactId());
    }

    public boolean canEmail(FollowUpItem item) {
        return item.email() != null;
    }

    /** Opens a new e-mail to the contact, its subject saying why. */
    public void writeEmail(FollowUpItem item) {
        if (item.email() == null) {
            return;
        }
        String subject = i18n.get("followUps.mail.subject." + item.reason().name(),
                item.detail() == null ? "" : item.detail()).strip();
        mail.open(URI.create("mailto:" + encode(item.email()).replace("%40", "@") + "?subject=" + encode(subject)));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Asks where to save the .ics file and writes it, replacing the file only when complete. */
    public void addToCalendar() {
        dialogs.chooseSaveFile(i18n.get("followUps.calendar.title"), Path.of(System.getProperty("user.home")),
                "tend-follow-ups.ics").ifPresent(this::writeCalendar);
    }

    void writeCalendar(Path file) {
        try {
            int n = planner.writeCalendar(file, labels());
            dialogs.showInfo(i18n.get("followUps.calendar.title"), i18n.get("followUps.calendar.written", n, file));
        } catch (IOException | RuntimeException e) {
            dialogs.showError(i18n.get("followUps.calendar.title"), i18n.get("followUps.calendar.failed", file,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** The calendar's words in the user's language. */
    public FollowUpCalendar.Labels labels() {
        return new FollowUpCalendar.Labels() {
            @Override
            public String summary(FollowUpItem item) {
                return title(item);
            }

            @Override
            public String description(FollowUpItem item) {
                return detail(item);
            }

            @Override
            public String networkingHour() {
                return i18n.get("followUps.networkingHour");
            }
        };
    }

    /** Sets a follow-up by hand: asks the day, then a note. */
    public void setFollowUp(long contactId, String name) {
        dialogs.askDate(i18n.get("followUps.add.title"), i18n.get("followUps.add.prompt", name),
                planner.today().plusWeeks(1)).ifPresent(day -> {
                    String note = dialogs.askText(i18n.get("followUps.add.title"), i18n.get("followUps.add.note"), "")
                            .orElse(null);
                    act(() -> planner.add(contactId, day, note));
                });
    }

    /** "Thank Anna Weber". */
    public String title(FollowUpItem item) {
        return i18n.get("followUps.item." + item.reason().name(), item.contactName());
    }

    /** What the item is about and since when, in the user's language. */
    public String detail(FollowUpItem item) {
        String since = item.since() == null ? "" : i18n.date(item.since());
        String what = item.detail() == null ? "" : kindOrText(item.detail());
        String d = i18n.get("followUps.detail." + item.reason().name(), what, since);
        return d.replaceAll("^[\\s·,]+|[\\s·,]+$", "").strip();
    }

    /** An exchange without a description comes as its kind ("job lead"): said in the window's language. */
    private String kindOrText(String detail) {
        for (dev.tend.domain.ExchangeKind k : dev.tend.domain.ExchangeKind.values()) {
            if (k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ').equals(detail)) {
                return i18n.label(k);
            }
        }
        return detail;
    }

    /** "due today", "3 days overdue", "due Thu 5 Mar". */
    public String due(FollowUpItem item) {
        LocalDate today = plan.get() == null ? planner.today() : plan.get().asOf();
        long overdue = item.overdueDays(today);
        if (overdue > 0) {
            return i18n.get(overdue == 1 ? "followUps.overdue.one" : "followUps.overdue", overdue);
        }
        return item.dueOn().isEqual(today) ? i18n.get("followUps.dueToday")
                : i18n.get("followUps.due", i18n.date(item.dueOn()));
    }

    public boolean isOverdue(FollowUpItem item) {
        LocalDate today = plan.get() == null ? planner.today() : plan.get().asOf();
        return item.overdueDays(today) > 0;
    }

    /** "Week 10 · 2–8 March 2026". */
    public String heading() {
        WeekPlan p = plan.get();
        if (p == null) {
            return "";
        }
        return i18n.get("followUps.week", p.weekStart().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                i18n.date(p.weekStart()), i18n.date(p.weekEnd()));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            dialogs.showError(i18n.get("followUps.error.title"), e.errors().isEmpty() ? e.getMessage()
                    : e.errors().stream().map(f -> i18n.getOr("validation." + f.code(), f.message()))
                            .collect(java.util.stream.Collectors.joining("\n")));
        } catch (NotFoundException e) {
            dialogs.showError(i18n.get("followUps.error.title"), e.getMessage());
        }
        refresh();
    }

    public ObservableList<FollowUpItem> items() {
        return items;
    }

    public ReadOnlyObjectProperty<WeekPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    public BooleanProperty showAllProperty() {
        return showAll;
    }
}
