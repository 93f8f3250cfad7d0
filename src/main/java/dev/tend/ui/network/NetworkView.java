package dev.tend.ui.network;

import atlantafx.base.theme.Styles;
import dev.tend.domain.Balance;
import dev.tend.domain.Circle;
import dev.tend.domain.FlaggedContact;
import dev.tend.domain.MonthlyActivity;
import dev.tend.domain.NetworkCheck;
import dev.tend.service.NetworkHealth;
import dev.tend.ui.common.I18n;
import dev.tend.ui.common.PersonRow;
import dev.tend.ui.common.Icons;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Network screen: the five checks as cards with their counts (a card opens the contacts
 * behind it; a contact opens in Contacts), the give/take balance, circle sizes against their soft
 * limits, and the last year month by month. It runs the checks again whenever it is shown.
 */
public final class NetworkView extends ScrollPane {
    private final NetworkViewModel vm;
    private final I18n i18n;
    private final ToggleGroup cards = new ToggleGroup();
    private final Map<NetworkCheck, ToggleButton> cardButtons = new EnumMap<>(NetworkCheck.class);
    private final DateTimeFormatter monthFormat;
    private static final double CARD_HEIGHT = 150;

    public NetworkView(NetworkViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.monthFormat = DateTimeFormatter.ofPattern("MMM yy", i18n.locale());
        getStyleClass().add("network-view");
        setId("networkView");
        setFitToWidth(true);

        Label title = new Label(i18n.get("network.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label asOf = new Label();
        asOf.setId("networkAsOf");
        asOf.getStyleClass().add(Styles.TEXT_MUTED);
        asOf.textProperty().bind(Bindings.createStringBinding(
                () -> vm.asOfProperty().get() == null ? "" : i18n.get("network.asOf", i18n.date(vm.asOfProperty().get())),
                vm.asOfProperty()));
        HBox header = new HBox(12, title, asOf);
        header.setAlignment(Pos.BASELINE_LEFT);

        HBox cardRow = new HBox(12);
        for (NetworkCheck check : NetworkCheck.values()) {
            ToggleButton card = card(check);
            HBox.setHgrow(card, Priority.ALWAYS);
            cardRow.getChildren().add(card);
        }
        cards.selectedToggleProperty().addListener((o, was, now) ->
                vm.open(now == null ? null : (NetworkCheck) now.getUserData()));
        vm.openCheckProperty().addListener((o, was, now) -> {
            if (now == null) {
                cards.selectToggle(null);
            } else {
                cards.selectToggle(cardButtons.get(now));
            }
        });

        Node contacts = contactsPanel();
        VBox right = new VBox(12, balancePanel(), circlesPanel());
        HBox.setHgrow(contacts, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        contacts.setStyle("-fx-pref-width: 0;");
        right.setStyle("-fx-pref-width: 0;");
        HBox middle = new HBox(12, contacts, right);

        Node giveTake = giveTakeChart();
        Node interactions = interactionsChart();
        HBox.setHgrow(giveTake, Priority.ALWAYS);
        HBox.setHgrow(interactions, Priority.ALWAYS);
        HBox charts = new HBox(12, giveTake, interactions);

        VBox content = new VBox(16, header, cardRow, middle, charts);
        content.getStyleClass().add("network-content");
        setContent(content);

        // Shown again (the window puts it back as its centre): the data may have changed.
        parentProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.refresh();
            }
        });
    }

    private static String idOf(NetworkCheck check) {
        StringBuilder b = new StringBuilder();
        for (String w : check.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    private static Ikon icon(NetworkCheck check) {
        return switch (check) {
            case NET_TAKERS -> Material2MZ.SWAP_HORIZ;
            case THANKS_OWED -> Material2AL.FAVORITE_BORDER;
            case DECLINED_NOT_MADE_GOOD -> Material2AL.BLOCK;
            case DORMANT -> Material2AL.BEDTIME;
            case ONLINE_ONLY -> Material2AL.LAPTOP;
        };
    }

    private ToggleButton card(NetworkCheck check) {
        Label count = new Label();
        count.setId("count" + idOf(check));
        count.getStyleClass().add("network-card-count");
        count.textProperty().bind(vm.count(check).asString());
        vm.count(check).addListener((o, was, n) ->
                count.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("zero"), n.intValue() == 0));
        Node icon = Icons.of(icon(check), 22);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, count, spacer, icon);
        top.setAlignment(Pos.CENTER_LEFT);
        Label name = new Label(i18n.get("network.check." + check.name()));
        name.getStyleClass().add("network-card-title");
        name.setWrapText(true);
        Label hint = new Label(i18n.get("network.check." + check.name() + ".hint", Balance.NET_TAKER_MARGIN));
        hint.getStyleClass().add("network-card-hint");
        hint.setWrapText(true);
        VBox box = new VBox(4, top, name, hint);
        box.setFillWidth(true);
        ToggleButton card = new ToggleButton();
        card.setGraphic(box);
        card.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        card.setId("card" + idOf(check));
        card.setUserData(check);
        card.setToggleGroup(cards);
        card.getStyleClass().addAll("network-card", "network-card-" + check.name().toLowerCase(java.util.Locale.ROOT));
        card.setMaxWidth(Double.MAX_VALUE);
        // Wrapped labels inside a button would ask for their height at the button's minimum
        // width and grow the card to the screen's height; the cards have one fixed height.
        card.setMinHeight(CARD_HEIGHT);
        card.setPrefHeight(CARD_HEIGHT);
        card.setMaxHeight(CARD_HEIGHT);
        card.setPrefWidth(0);
        card.setMinWidth(120);
        card.setAlignment(Pos.TOP_LEFT);
        box.prefWidthProperty().bind(card.widthProperty().subtract(28));
        cardButtons.put(check, card);
        return card;
    }

    private Node contactsPanel() {
        Label heading = new Label();
        heading.setId("networkContactsTitle");
        heading.getStyleClass().add("panel-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            NetworkCheck c = vm.openCheckProperty().get();
            return c == null ? i18n.get("network.contacts.title")
                    : i18n.get("network.check." + c.name()) + " · " + vm.contacts().size();
        }, vm.openCheckProperty(), vm.contacts()));
        Label hint = new Label();
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        hint.textProperty().bind(Bindings.createStringBinding(() -> vm.openCheckProperty().get() == null
                ? i18n.get("network.contacts.choose") : i18n.get("network.contacts.hint"), vm.openCheckProperty()));

        ListView<FlaggedContact> list = new ListView<>(vm.contacts());
        list.setId("networkContacts");
        list.getStyleClass().add("network-contacts");
        list.setCellFactory(l -> new FlaggedCell());
        list.setPrefHeight(330);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> vm.openCheckProperty().get() == null
                ? "" : i18n.get("network.contacts.empty"), vm.openCheckProperty()));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() instanceof Node n && cellOf(n) != null) {
                vm.openContact(cellOf(n).getItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.openContact(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox panel = new VBox(6, heading, hint, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        panel.getStyleClass().add("network-panel");
        return panel;
    }

    private static FlaggedCell cellOf(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x instanceof FlaggedCell cell) {
                return cell.isEmpty() ? null : cell;
            }
        }
        return null;
    }

    /** A contact behind a check: avatar, name, and what the check found. */
    private final class FlaggedCell extends ListCell<FlaggedContact> {
        private final PersonRow row = new PersonRow(28, null);

        FlaggedCell() {
            getStyleClass().add("contact-cell");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(FlaggedContact item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            row.show(item.displayName(), detail(vm.openCheckProperty().get(), item));
            setGraphic(row);
            setText(null);
        }
    }

    private String detail(NetworkCheck check, FlaggedContact f) {
        if (check == null) {
            return "";
        }
        return switch (check) {
            case NET_TAKERS -> i18n.get("network.detail.NET_TAKERS", f.given(), f.received());
            case THANKS_OWED -> i18n.get("network.detail.THANKS_OWED", f.count(), i18n.date(f.date()));
            case DECLINED_NOT_MADE_GOOD -> i18n.get("network.detail.DECLINED_NOT_MADE_GOOD", f.count(),
                    i18n.date(f.date()));
            case DORMANT -> i18n.get(f.fromInteraction() ? "network.detail.DORMANT" : "network.detail.DORMANT.none",
                    i18n.label(f.circle()), i18n.date(f.date()));
            case ONLINE_ONLY -> f.date() == null ? i18n.get("network.detail.ONLINE_ONLY.none")
                    : i18n.get("network.detail.ONLINE_ONLY", i18n.date(f.date()));
        };
    }

    private Node balancePanel() {
        Label heading = new Label(i18n.get("network.balance.title"));
        heading.getStyleClass().add("panel-title");
        Label given = new Label();
        given.setId("balanceGiven");
        Label received = new Label();
        received.setId("balanceReceived");
        Label net = new Label();
        net.setId("balanceNet");
        Label verdict = new Label();
        verdict.setWrapText(true);
        verdict.getStyleClass().add(Styles.TEXT_MUTED);
        for (Label l : new Label[] {given, received, net}) {
            l.getStyleClass().add("balance-figure");
        }
        vm.balanceProperty().addListener((o, was, b) -> {
            given.setText(String.format(i18n.locale(), "%,d", b.given()));
            received.setText(String.format(i18n.locale(), "%,d", b.received()));
            net.setText(String.format(i18n.locale(), "%+,d", b.net()));
            net.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("negative"), b.net() < 0);
            verdict.setText(i18n.get(b.isNetTaker() ? "network.balance.verdict.taker"
                    : b.net() > 0 ? "network.balance.verdict.giver" : "network.balance.verdict.even"));
        });
        GridPane grid = new GridPane();
        grid.setHgap(28);
        grid.setVgap(2);
        String[] keys = {"network.balance.given", "network.balance.received", "network.balance.net"};
        Label[] figures = {given, received, net};
        for (int i = 0; i < 3; i++) {
            Label caption = new Label(i18n.get(keys[i]));
            caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            grid.add(figures[i], i, 0);
            grid.add(caption, i, 1);
        }
        VBox panel = new VBox(8, heading, grid, verdict);
        panel.getStyleClass().add("network-panel");
        return panel;
    }

    private Node circlesPanel() {
        Label heading = new Label(i18n.get("network.circles.title"));
        heading.getStyleClass().add("panel-title");
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = wholeNumbers(new NumberAxis());
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("circlesChart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setBarGap(2);
        chart.setCategoryGap(18);
        chart.setPrefHeight(210);
        chart.setMinHeight(180);
        chart.getStyleClass().add("circles-chart");
        XYChart.Series<String, Number> size = new XYChart.Series<>();
        size.setName(i18n.get("network.circles.size"));
        XYChart.Series<String, Number> limit = new XYChart.Series<>();
        limit.setName(i18n.get("network.circles.limit"));
        chart.getData().setAll(java.util.List.of(size, limit));
        Label none = new Label();
        none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        vm.circles().addListener((javafx.collections.ListChangeListener<NetworkHealth.CircleSize>) c -> {
            size.getData().clear();
            limit.getData().clear();
            for (NetworkHealth.CircleSize s : vm.circles()) {
                if (s.circle() == Circle.NONE) {
                    none.setText(i18n.get("network.circles.none", s.size()));
                    continue;
                }
                String name = i18n.label(s.circle());
                XYChart.Data<String, Number> bar = new XYChart.Data<>(name, s.size());
                size.getData().add(bar);
                limit.getData().add(new XYChart.Data<>(name, s.softLimit()));
                bar.nodeProperty().addListener((o, was, node) -> {
                    if (node != null) {
                        node.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("over"), s.overLimit());
                    }
                });
                if (bar.getNode() != null) {
                    bar.getNode().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("over"), s.overLimit());
                }
            }
        });
        VBox panel = new VBox(6, heading, chart, none);
        panel.getStyleClass().add("network-panel");
        return panel;
    }

    private Node giveTakeChart() {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = wholeNumbers(new NumberAxis());
        y.setLabel(i18n.get("network.chart.points"));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("giveTakeChart");
        chart.setAnimated(false);
        chart.setBarGap(1);
        chart.setCategoryGap(8);
        chart.setPrefHeight(260);
        XYChart.Series<String, Number> given = new XYChart.Series<>();
        given.setName(i18n.get("network.balance.given"));
        XYChart.Series<String, Number> received = new XYChart.Series<>();
        received.setName(i18n.get("network.balance.received"));
        chart.getData().setAll(java.util.List.of(given, received));
        vm.months().addListener((javafx.collections.ListChangeListener<MonthlyActivity>) c -> {
            given.getData().clear();
            received.getData().clear();
            for (MonthlyActivity m : vm.months()) {
                given.getData().add(new XYChart.Data<>(monthFormat.format(m.month()), m.given()));
                received.getData().add(new XYChart.Data<>(monthFormat.format(m.month()), m.received()));
            }
        });
        return chartPanel("network.chart.giveTake", chart);
    }

    private Node interactionsChart() {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = wholeNumbers(new NumberAxis());
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("interactionsChart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(260);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(i18n.get("network.chart.interactions"));
        chart.getData().setAll(java.util.List.of(series));
        vm.months().addListener((javafx.collections.ListChangeListener<MonthlyActivity>) c -> {
            series.getData().clear();
            for (MonthlyActivity m : vm.months()) {
                series.getData().add(new XYChart.Data<>(monthFormat.format(m.month()), m.interactions()));
            }
        });
        return chartPanel("network.chart.interactions", chart);
    }

    /** Counts and points are whole numbers: no "2.5" ticks. */
    private NumberAxis wholeNumbers(NumberAxis axis) {
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue())
                        ? String.format(i18n.locale(), "%,d", n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        return axis;
    }

    private Node chartPanel(String titleKey, Node chart) {
        Label heading = new Label(i18n.get(titleKey));
        heading.getStyleClass().add("panel-title");
        VBox panel = new VBox(6, heading, chart);
        panel.getStyleClass().add("network-panel");
        panel.setStyle("-fx-pref-width: 0;");
        return panel;
    }
}
