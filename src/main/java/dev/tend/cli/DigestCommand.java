package dev.tend.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tend.domain.FollowUpItem;
import dev.tend.domain.WeekPlan;
import dev.tend.service.FollowUpPlanner;
import dev.tend.service.TendServices;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tend digest}: the week's follow-ups, ranked and capped as in the window, as text or JSON;
 * meant to run every Monday from cron or a timer (docs/reminders.md).
 */
@Command(name = "digest",
        description = {
            "Print this week's follow-ups: thanks owed, promises come due, post-fair notes, birthdays, "
                    + "follow-ups set by hand, declined requests to make good and circles whose cadence has run out; "
                    + "ranked by reason and by how overdue, at most the weekly cap (set in the window) unless --all.",
            "The rules and how to run it every Monday: docs/reminders.md."})
final class DigestCommand extends DatabaseCommand {
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The week of this day (default: today), seen from this day.")
    private LocalDate asOf;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Option(names = "--all", description = "List every item, not only the weekly cap.")
    private boolean all;

    @Override
    protected int run(TendServices services) {
        FollowUpPlanner planner = services.followUps();
        LocalDate day = asOf != null ? asOf : planner.today();
        WeekPlan plan = all ? planner.week(day, Integer.MAX_VALUE) : planner.week(day);
        if (json) {
            printJson(plan);
        } else {
            printText(plan);
        }
        return 0;
    }

    private void printText(WeekPlan plan) {
        PrintWriter out = out();
        out.printf("Follow-ups for the week %s (%s to %s), as of %s%n", plan.isoWeek(), plan.weekStart(),
                plan.weekEnd(), plan.asOf());
        if (plan.total() == 0) {
            out.printf("%nNothing due this week.%n");
        }
        String reason = null;
        for (FollowUpItem item : plan.items()) {
            String r = label(item);
            if (!r.equals(reason)) {
                out.printf("%n%s%n", r);
                reason = r;
            }
            long overdue = item.overdueDays(plan.asOf());
            String detail = FollowUpPlanner.detail(item);
            out.printf("  %-32s due %s%s%s  (#%d)%n", item.contactName(), item.dueOn(),
                    overdue > 0 ? ", " + overdue + (overdue == 1 ? " day" : " days") + " overdue" : "",
                    detail.isEmpty() ? "" : "  " + detail, item.contactId());
        }
        if (plan.more() > 0) {
            out.printf("%n%d more (tend digest --all lists them)%n", plan.more());
        }
        out.flush();
    }

    private static String label(FollowUpItem item) {
        return switch (item.reason()) {
            case THANK_YOU -> "Thank-yous owed";
            case PROMISE -> "Promises due";
            case AFTER_EVENT -> "After the event";
            case BIRTHDAY -> "Birthdays";
            case CUSTOM -> "Follow-ups you set";
            case DECLINED_REQUEST -> "Declined requests to make good";
            case CADENCE -> "Time to get in touch";
        };
    }

    private void printJson(WeekPlan plan) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("asOf", plan.asOf().toString());
        root.put("week", plan.isoWeek());
        root.put("weekStart", plan.weekStart().toString());
        root.put("weekEnd", plan.weekEnd().toString());
        root.put("total", plan.total());
        root.put("more", plan.more());
        ArrayNode items = root.putArray("items");
        for (FollowUpItem item : plan.items()) {
            ObjectNode n = items.addObject();
            n.put("reason", item.reason().name());
            n.put("contactId", item.contactId());
            n.put("name", item.contactName());
            n.put("email", item.email());
            n.put("dueOn", item.dueOn().toString());
            n.put("overdueDays", item.overdueDays(plan.asOf()));
            n.put("since", item.since() == null ? null : item.since().toString());
            n.put("detail", FollowUpPlanner.detail(item));
            n.put("uid", item.key());
        }
        try {
            out().println(mapper.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out().flush();
    }
}
