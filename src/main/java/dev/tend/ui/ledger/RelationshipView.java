package dev.tend.ui.ledger;

import atlantafx.base.theme.Styles;
import dev.tend.domain.Balance;
import dev.tend.domain.Channel;
import dev.tend.domain.Direction;
import dev.tend.domain.Exchange;
import dev.tend.domain.ExchangeStatus;
import dev.tend.domain.Interaction;
import dev.tend.domain.TimelineEntry;
import dev.tend.domain.TimelineEntry.ExchangeEntry;
import dev.tend.domain.TimelineEntry.InteractionEntry;
import dev.tend.ui.common.I18n;
import dev.tend.ui.common.Icons;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The relationship section of the contact detail: given against received over the last 24
 * months (figures and a two-colour bar), the last interaction, and the timeline of interactions
 * and exchanges, newest first, with one-click actions on open exchanges.
 */
public final class RelationshipView extends VBox {
    private final RelationshipViewModel vm;
    private final I18n i18n;
    /** Entries shown before "Show all", so the contact's form stays near. */
    static final int COLLAPSED = 5;
    private final VBox timeline = new VBox();
    private final Button showAll = new Button();
    private boolean expanded;

    public RelationshipView(RelationshipViewModel vm, I18n i18n, Runnable logInteraction) {
        this(vm, i18n, logInteraction, null);
    }

    /** With {@code setFollowUp}, a "Follow up…" button sets a follow-up for the contact by hand. */
    public RelationshipView(RelationshipViewModel vm, I18n i18n, Runnable logInteraction, Runnable setFollowUp) {
        this.vm = vm;
        this.i18n = i18n;
        setId("relationship");
        getStyleClass().addAll("editor-section", "relationship");
        setSpacing(12);

        Label title = new Label(i18n.get("relationship.title"));
        title.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        Button log = new Button(i18n.get("relationship.log"), Icons.of(Material2AL.ADD_COMMENT));
        log.setId("logInteractionButton");
        log.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        log.setTooltip(new Tooltip(i18n.get("shortcut.log")));
        log.setMinWidth(Region.USE_PREF_SIZE);
        log.setOnAction(e -> logInteraction.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, log);
        if (setFollowUp != null) {
            Button followUp = new Button(i18n.get("relationship.followUp"), Icons.of(Material2AL.ALARM_ADD));
            followUp.setId("setFollowUpButton");
            followUp.getStyleClass().add(Styles.SMALL);
            followUp.setMinWidth(Region.USE_PREF_SIZE);
            followUp.setOnAction(e -> setFollowUp.run());
            header.getChildren().add(2, followUp);
        }
        header.setAlignment(Pos.CENTER_LEFT);

        timeline.setId("timeline");
        timeline.getStyleClass().add("timeline");
        Button more = new Button(i18n.get("relationship.more"));
        more.setId("timelineMore");
        more.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        more.setOnAction(e -> vm.loadMore());
        showAll.setId("timelineShowAll");
        showAll.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        showAll.setOnAction(e -> {
            expanded = true;
            renderTimeline();
        });
        Runnable moreShown = () -> {
            boolean shown = expanded && vm.moreProperty().get();
            more.setVisible(shown);
            more.setManaged(shown);
        };
        vm.moreProperty().addListener((o, a, b) -> moreShown.run());
        timeline.getChildren().addListener((ListChangeListener<Node>) c -> moreShown.run());

        getChildren().addAll(header, summary(), timeline, showAll, more);
        vm.timeline().addListener((ListChangeListener<TimelineEntry>) c -> renderTimeline());
        // Another contact starts collapsed again.
        vm.contactIdProperty().addListener((o, a, b) -> {
            expanded = false;
            renderTimeline();
        });
        renderTimeline();
    }

    private Node summary() {
        Label given = new Label();
        given.setId("balanceGiven");
        given.getStyleClass().add("balance-given-text");
        Label received = new Label();
        received.setId("balanceReceived");
        received.getStyleClass().add("balance-received-text");
        Label window = new Label(i18n.get("relationship.balance.window"));
        window.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox figures = new HBox(16, given, received, spacer, window);
        figures.setAlignment(Pos.BASELINE_LEFT);

        Region givenBar = new Region();
        givenBar.getStyleClass().add("balance-given");
        Region receivedBar = new Region();
        receivedBar.getStyleClass().add("balance-received");
        Region emptyBar = new Region();
        emptyBar.getStyleClass().add("balance-empty");
        GridPane bar = new GridPane();
        bar.setId("balanceBar");
        bar.getStyleClass().add("balance-bar");
        bar.setHgap(2);
        bar.setMinHeight(10);
        bar.setPrefHeight(10);
        bar.setMaxHeight(10);
        for (Region r : List.of(givenBar, receivedBar, emptyBar)) {
            r.setMinHeight(10);
            r.setMaxWidth(Double.MAX_VALUE);
            r.setMinWidth(0);
        }

        Label verdict = new Label();
        verdict.setId("balanceVerdict");
        verdict.getStyleClass().add(Styles.TEXT_SMALL);
        verdict.setWrapText(true);
        Label last = new Label();
        last.setId("lastInteraction");
        last.getStyleClass().add(Styles.TEXT_SMALL);

        Runnable render = () -> {
            Balance b = vm.balanceProperty().get();
            given.setText(i18n.get("relationship.given", b.given()));
            received.setText(i18n.get("relationship.received", b.received()));
            bar.getChildren().clear();
            bar.getColumnConstraints().clear();
            int total = b.given() + b.received();
            if (total == 0) {
                bar.getColumnConstraints().add(percent(100));
                bar.add(emptyBar, 0, 0);
            } else {
                int col = 0;
                if (b.given() > 0) {
                    bar.getColumnConstraints().add(percent(100.0 * b.given() / total));
                    bar.add(givenBar, col++, 0);
                }
                if (b.received() > 0) {
                    bar.getColumnConstraints().add(percent(100.0 * b.received() / total));
                    bar.add(receivedBar, col, 0);
                }
            }
            verdict.getStyleClass().removeAll(Styles.WARNING, Styles.TEXT_MUTED);
            if (total == 0) {
                verdict.setText(i18n.get("relationship.balance.none"));
                verdict.getStyleClass().add(Styles.TEXT_MUTED);
            } else if (b.isNetTaker()) {
                verdict.setText(i18n.get("relationship.balance.taker"));
                verdict.getStyleClass().add(Styles.WARNING);
            } else {
                verdict.setText(i18n.get(b.net() > 0 ? "relationship.balance.giver" : "relationship.balance.even"));
                verdict.getStyleClass().add(Styles.TEXT_MUTED);
            }
            LocalDate l = vm.lastInteractionProperty().get();
            last.setText(l == null ? i18n.get("relationship.last.none")
                    : i18n.get("relationship.last", i18n.date(l), ChronoUnit.DAYS.between(l, vm.today())));
        };
        vm.balanceProperty().addListener((o, a, b) -> render.run());
        vm.lastInteractionProperty().addListener((o, a, b) -> render.run());
        render.run();
        Node lastIcon = Icons.of(Material2MZ.SCHEDULE, 14);
        HBox lastRow = new HBox(6, lastIcon, last);
        lastRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, figures, bar, verdict, lastRow);
    }

    private static ColumnConstraints percent(double p) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(p);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private void renderTimeline() {
        List<Node> rows = new ArrayList<>();
        List<TimelineEntry> entries = vm.timeline();
        boolean cut = !expanded && entries.size() > COLLAPSED;
        showAll.setText(vm.moreProperty().get() ? i18n.get("relationship.showNewest", entries.size())
                : i18n.get("relationship.showAll", entries.size()));
        showAll.setVisible(cut);
        showAll.setManaged(cut);
        for (TimelineEntry e : cut ? entries.subList(0, COLLAPSED) : entries) {
            rows.add(e instanceof InteractionEntry i ? interactionRow(i) : exchangeRow(((ExchangeEntry) e).exchange()));
        }
        if (rows.isEmpty()) {
            Label none = new Label(i18n.get("relationship.timeline.none"));
            none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            none.setWrapText(true);
            rows.add(none);
        }
        timeline.getChildren().setAll(rows);
    }

    private Node interactionRow(InteractionEntry entry) {
        Interaction i = entry.interaction();
        Label what = new Label(i18n.label(i.channel()) + (entry.eventName() == null ? "" : " · " + entry.eventName()));
        what.getStyleClass().add(Styles.TEXT_BOLD);
        VBox text = new VBox(2, what);
        if (i.summary() != null) {
            text.getChildren().add(wrapping(i.summary()));
        }
        if (!entry.others().isEmpty()) {
            Label with = wrapping(i18n.get("relationship.with", String.join(", ", entry.others())));
            with.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            text.getChildren().add(with);
        }
        return row("interaction-" + i.id(), "timeline-interaction", i.occurredOn(), channelIcon(i.channel()), text, List.of());
    }

    private Node exchangeRow(Exchange x) {
        boolean gave = x.direction() == Direction.GAVE;
        Label what = new Label(i18n.get(gave ? "relationship.gave" : "relationship.receivedKind", i18n.label(x.kind()))
                + "  " + "●".repeat(x.weight()) + "○".repeat(3 - x.weight()));
        what.getStyleClass().add(Styles.TEXT_BOLD);
        Label state = badge(x);
        HBox head = new HBox(8, what, state);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(2, head);
        if (x.description() != null) {
            text.getChildren().add(wrapping(x.description()));
        }
        if (x.status() == ExchangeStatus.DECLINED && x.declinedReason() != null) {
            Label why = wrapping(i18n.get("relationship.reason", x.declinedReason()));
            why.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            text.getChildren().add(why);
        }
        List<Button> actions = new ArrayList<>();
        if (x.direction() == Direction.RECEIVED && x.status() == ExchangeStatus.DONE && !x.thanked()) {
            actions.add(action("thank-" + x.id(), "relationship.action.thank", Material2AL.FAVORITE_BORDER,
                    () -> vm.markThanked(x)));
        }
        if (x.status() == ExchangeStatus.PROMISED) {
            actions.add(action("done-" + x.id(), "relationship.action.done", Material2AL.DONE, () -> vm.markDone(x)));
        }
        if (x.status() == ExchangeStatus.DECLINED && x.madeGoodOn() == null) {
            actions.add(action("madeGood-" + x.id(), "relationship.action.madeGood", Material2AL.CHECK_CIRCLE,
                    () -> vm.markMadeGood(x)));
        }
        Node icon = Icons.of(gave ? Material2MZ.NORTH_EAST : Material2MZ.SOUTH_WEST, 16);
        icon.getStyleClass().add(gave ? "gave-icon" : "received-icon");
        return row("exchange-" + x.id(), "timeline-exchange", x.occurredOn(), icon, text, actions);
    }

    private Label badge(Exchange x) {
        String text;
        String style;
        if (x.status() == ExchangeStatus.PROMISED) {
            text = x.dueOn() == null ? i18n.label(x.status()) : i18n.get("relationship.promisedDue", i18n.date(x.dueOn()));
            style = "badge-open";
        } else if (x.status() == ExchangeStatus.DECLINED) {
            text = x.madeGoodOn() == null ? i18n.label(x.status())
                    : i18n.get("relationship.madeGoodOn", i18n.date(x.madeGoodOn()));
            style = x.madeGoodOn() == null ? "badge-open" : "badge-closed";
        } else if (x.direction() == Direction.RECEIVED) {
            text = x.thanked() ? i18n.get("relationship.thanked") : i18n.get("relationship.notThanked");
            style = x.thanked() ? "badge-closed" : "badge-open";
        } else {
            text = "";
            style = "badge-none";
        }
        Label badge = new Label(text);
        badge.getStyleClass().addAll("timeline-badge", style);
        badge.setVisible(!text.isEmpty());
        badge.setManaged(!text.isEmpty());
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    private Button action(String id, String key, Ikon icon, Runnable run) {
        Button b = new Button(i18n.get(key), Icons.of(icon, 14));
        b.setId(id);
        b.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> run.run());
        return b;
    }

    private Node row(String id, String style, LocalDate date, Node icon, VBox text, List<Button> actions) {
        Label when = new Label(i18n.date(date));
        when.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "timeline-date");
        when.setMinWidth(96);
        when.setPrefWidth(96);
        HBox iconBox = new HBox(icon);
        iconBox.setAlignment(Pos.TOP_CENTER);
        iconBox.setMinWidth(22);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, when, iconBox, text);
        if (!actions.isEmpty()) {
            VBox buttons = new VBox(4);
            buttons.getChildren().addAll(actions);
            buttons.setAlignment(Pos.TOP_RIGHT);
            row.getChildren().add(buttons);
        }
        row.setId(id);
        row.getStyleClass().addAll("timeline-row", style);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private static Label wrapping(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Node channelIcon(Channel c) {
        Ikon ikon = switch (c) {
            case IN_PERSON -> Material2AL.GROUPS;
            case CALL -> Material2AL.CALL;
            case VIDEO -> Material2MZ.VIDEOCAM;
            case EMAIL -> Material2AL.EMAIL;
            case MESSAGE -> Material2AL.CHAT;
            case SOCIAL -> Material2MZ.PUBLIC;
        };
        Node icon = Icons.of(ikon, 16);
        icon.getStyleClass().add("interaction-icon");
        return icon;
    }
}
