package dev.tend.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tend.domain.Balance;
import dev.tend.domain.FlaggedContact;
import dev.tend.domain.MonthlyActivity;
import dev.tend.domain.NetworkCheck;
import dev.tend.service.NetworkHealth;
import dev.tend.service.NetworkHealth.CheckResult;
import dev.tend.service.NetworkHealth.CircleSize;
import dev.tend.service.TendServices;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tend network}: the five checks of the network with their contacts, circle sizes and the
 * overall balance, as text or as one JSON object (fields: docs/network-checks.md).
 */
@Command(name = "network",
        description = {
            "Check the network: net takers, thanks owed, declined requests not made good, dormant contacts and "
                    + "contacts known only online, each with its contacts; circle sizes against their soft limits; "
                    + "the overall give/take balance. Archived contacts are left out.",
            "The rules: docs/network-checks.md."})
final class NetworkCommand extends DatabaseCommand {
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Check as of this day (default: today); anything dated later does not count yet.")
    private LocalDate asOf;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Override
    protected int run(TendServices services) {
        NetworkHealth network = services.network();
        LocalDate day = asOf != null ? asOf : network.today();
        NetworkHealth.Summary summary = network.summary(day);
        List<CheckResult> checks = network.checks(day);
        if (json) {
            printJson(day, summary, checks);
        } else {
            printText(day, summary, checks);
        }
        return 0;
    }

    private static String title(NetworkCheck check) {
        return switch (check) {
            case NET_TAKERS -> "Net takers (you received " + Balance.NET_TAKER_MARGIN + "+ more than you gave)";
            case THANKS_OWED -> "Thanks owed";
            case DECLINED_NOT_MADE_GOOD -> "Declined requests not made good";
            case DORMANT -> "Dormant (circle cadence run out)";
            case ONLINE_ONLY -> "Known only online";
        };
    }

    private void printText(LocalDate day, NetworkHealth.Summary summary, List<CheckResult> checks) {
        PrintWriter out = out();
        out.printf("Network as of %s%n", day);
        for (CheckResult r : checks) {
            out.printf("%n%s: %d%n", title(r.check()), r.count());
            for (FlaggedContact f : r.contacts()) {
                out.printf("  %-32s %s  (#%d)%n", f.displayName(), NetworkHealth.detail(r.check(), f), f.id());
            }
        }
        out.printf("%nCircles%n");
        for (CircleSize c : summary.circles()) {
            String name = c.circle().name().toLowerCase(Locale.ROOT);
            out.printf("  %-8s %5d%s%n", name, c.size(),
                    c.softLimit() == 0 ? "" : " / " + c.softLimit() + (c.overLimit() ? "  over the soft limit" : ""));
        }
        Balance b = summary.balance();
        out.printf("%nBalance (%s to %s): gave %d, received %d, net %+d%n", Balance.windowStart(day), day,
                b.given(), b.received(), b.net());
        out.flush();
    }

    private void printJson(LocalDate day, NetworkHealth.Summary summary, List<CheckResult> checks) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("asOf", day.toString());
        ObjectNode checksNode = root.putObject("checks");
        for (CheckResult r : checks) {
            ObjectNode c = checksNode.putObject(jsonName(r.check()));
            c.put("count", r.count());
            ArrayNode contacts = c.putArray("contacts");
            for (FlaggedContact f : r.contacts()) {
                ObjectNode n = contacts.addObject();
                n.put("id", f.id());
                n.put("name", f.displayName());
                n.put("circle", f.circle().name());
                n.put("detail", NetworkHealth.detail(r.check(), f));
                switch (r.check()) {
                    case NET_TAKERS -> {
                        n.put("given", f.given());
                        n.put("received", f.received());
                    }
                    case THANKS_OWED, DECLINED_NOT_MADE_GOOD -> {
                        n.put("count", f.count());
                        n.put("date", f.date().toString());
                    }
                    case DORMANT -> {
                        n.put("date", f.date().toString());
                        n.put("fromInteraction", f.fromInteraction());
                    }
                    case ONLINE_ONLY -> n.put("lastInteraction", f.date() == null ? null : f.date().toString());
                }
            }
        }
        ArrayNode circles = root.putArray("circles");
        for (CircleSize c : summary.circles()) {
            ObjectNode n = circles.addObject();
            n.put("circle", c.circle().name());
            n.put("size", c.size());
            n.put("softLimit", c.softLimit());
            n.put("overLimit", c.overLimit());
        }
        ObjectNode balance = root.putObject("balance");
        balance.put("from", Balance.windowStart(day).toString());
        balance.put("to", day.toString());
        balance.put("given", summary.balance().given());
        balance.put("received", summary.balance().received());
        balance.put("net", summary.balance().net());
        ArrayNode months = root.putArray("months");
        for (MonthlyActivity m : summary.months()) {
            ObjectNode n = months.addObject();
            n.put("month", m.month().toString());
            n.put("given", m.given());
            n.put("received", m.received());
            n.put("interactions", m.interactions());
        }
        try {
            out().println(mapper.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out().flush();
    }

    /** netTakers, thanksOwed, declinedNotMadeGood, dormant, onlineOnly. */
    static String jsonName(NetworkCheck check) {
        String[] words = check.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return b.toString();
    }
}
