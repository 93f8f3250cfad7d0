package dev.tend.ui.followups;

import atlantafx.base.theme.Styles;
import dev.tend.domain.FollowUpItem;
import dev.tend.domain.FollowUpReason;
import dev.tend.ui.common.I18n;
import dev.tend.ui.common.Icons;
import dev.tend.ui.common.PersonRow;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The This week screen: the week's follow-ups grouped by reason in rank order, each with Done,
 * Snooze (a day, a week, a date), log-and-done, open the contact, write an e-mail and, for
 * thanks owed, Thanked; "Show more" past the weekly cap; "Add to calendar". Reads the week again
 * whenever it is shown.
 */
public final class FollowUpsView extends ScrollPane {
    private final FollowUpsViewModel vm;
    private final I18n i18n;
    private final VBox groups = new VBox(18);

    public FollowUpsView(FollowUpsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setId("followUpsView");
        getStyleClass().add("follow-ups-view");
        setFitToWidth(true);

        Label title = new Label(i18n.get("followUps.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label week = new Label();
        week.setId("followUpsWeek");
        week.getStyleClass().add(Styles.TEXT_MUTED);
        week.textProperty().bind(Bindings.createStringBinding(vm::heading, vm.planProperty()));
        Button calendar = new Button(i18n.get("followUps.calendar"), Icons.of(Material2AL.EVENT));
        calendar.setId("addToCalendar");
        calendar.setOnAction(e -> vm.addToCalendar());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, week, spacer, calendar);
        header.setAlignment(Pos.BASELINE_LEFT);

        Label empty = new Label(i18n.get("followUps.empty"));
        empty.setId("followUpsEmpty");
        empty.getStyleClass().addAll(Styles.TEXT_MUTED, "follow-ups-empty");
        empty.visibleProperty().bind(Bindings.isEmpty(vm.items()));
        empty.managedProperty().bind(empty.visibleProperty());

        Button more = new Button();
        more.setId("followUpsMore");
        more.getStyleClass().add(Styles.FLAT);
        more.textProperty().bind(Bindings.createStringBinding(() -> vm.showAllProperty().get()
                ? i18n.get("followUps.fewer") : i18n.get("followUps.more", vm.moreProperty().get()),
                vm.showAllProperty(), vm.moreProperty()));
        more.visibleProperty().bind(vm.moreProperty().greaterThan(0).or(vm.showAllProperty()));
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> vm.showAllProperty().set(!vm.showAllProperty().get()));

        groups.setId("followUpGroups");
        VBox content = new VBox(16, header, empty, groups, more);
        content.getStyleClass().add("follow-ups-content");
        setContent(content);

        vm.items().addListener((ListChangeListener<FollowUpItem>) c -> rebuild());
        parentProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.refresh();
            }
        });
    }

    private void rebuild() {
        groups.getChildren().clear();
        for (Map.Entry<FollowUpReason, List<FollowUpItem>> g : vm.groups().entrySet()) {
            Label heading = new Label(i18n.get("followUps.reason." + g.getKey().name()) + " · " + g.getValue().size());
            heading.getStyleClass().addAll(Styles.TITLE_4, "follow-up-group-title");
            VBox rows = new VBox(4);
            rows.getStyleClass().add("follow-up-rows");
            for (FollowUpItem item : g.getValue()) {
                rows.getChildren().add(row(item));
            }
            VBox group = new VBox(6, heading, rows);
            group.setId("group" + g.getKey().name());
            group.getStyleClass().add("follow-up-group");
            groups.getChildren().add(group);
        }
    }

    private Node row(FollowUpItem item) {
        PersonRow person = new PersonRow(32, null);
        person.show(item.contactName(), vm.detail(item));
        Tooltip.install(person, new Tooltip(vm.title(item)));
        HBox.setHgrow(person, Priority.ALWAYS);
        person.setMaxWidth(Double.MAX_VALUE);
        person.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.openContact(item);
            }
        });

        Label due = new Label(vm.due(item));
        due.getStyleClass().add("follow-up-due");
        if (vm.isOverdue(item)) {
            due.getStyleClass().add("overdue");
        }
        due.setMinWidth(Region.USE_PREF_SIZE);

        Button done = new Button(i18n.get("followUps.done"), Icons.of(Material2AL.CHECK, 14));
        done.getStyleClass().addAll(Styles.SMALL, Styles.SUCCESS, "done-button");
        done.setMinWidth(Region.USE_PREF_SIZE);
        done.setOnAction(e -> vm.done(item));

        MenuItem day = new MenuItem(i18n.get("followUps.snooze.day"));
        day.getStyleClass().add("snooze-day");
        day.setOnAction(e -> vm.snoozeDay(item));
        MenuItem week = new MenuItem(i18n.get("followUps.snooze.week"));
        week.getStyleClass().add("snooze-week");
        week.setOnAction(e -> vm.snoozeWeek(item));
        MenuItem date = new MenuItem(i18n.get("followUps.snooze.date"));
        date.getStyleClass().add("snooze-date");
        date.setOnAction(e -> vm.snoozeUntil(item));
        MenuButton snooze = new MenuButton(i18n.get("followUps.snooze"), Icons.of(Material2MZ.SNOOZE, 14), day, week,
                date);
        snooze.getStyleClass().addAll(Styles.SMALL, "snooze-button");
        snooze.setMinWidth(Region.USE_PREF_SIZE);

        HBox actions = new HBox(4, done, snooze,
                icon(Material2AL.ADD_COMMENT, "followUps.logDone", "log-done-button", () -> vm.doneWithInteraction(item)),
                icon(Material2MZ.PERSON, "followUps.open", "open-contact-button", () -> vm.openContact(item)));
        Button mail = icon(Material2AL.EMAIL, "followUps.email", "email-button", () -> vm.writeEmail(item));
        mail.setDisable(!vm.canEmail(item));
        actions.getChildren().add(mail);
        if (item.reason() == FollowUpReason.THANK_YOU) {
            Button thanked = new Button(i18n.get("followUps.thanked"), Icons.of(Material2AL.FAVORITE_BORDER, 14));
            thanked.getStyleClass().addAll(Styles.SMALL, "thanked-button");
            thanked.setMinWidth(Region.USE_PREF_SIZE);
            thanked.setOnAction(e -> vm.markThanked(item));
            actions.getChildren().add(1, thanked);
        }
        actions.setAlignment(Pos.CENTER_RIGHT);

        HBox row = new HBox(12, person, due, actions);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("follow-up-row");
        row.setUserData(item);
        return row;
    }

    private Button icon(Ikon icon, String tooltipKey, String styleClass, Runnable action) {
        Button b = new Button(null, Icons.of(icon, 16));
        b.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_ICON, Styles.FLAT, styleClass);
        b.setTooltip(new Tooltip(i18n.get(tooltipKey)));
        b.setAccessibleText(i18n.get(tooltipKey));
        b.setOnAction(e -> action.run());
        return b;
    }
}
