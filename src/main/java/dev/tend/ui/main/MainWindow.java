package dev.tend.ui.main;

import atlantafx.base.theme.Styles;
import dev.tend.ui.common.I18n;
import dev.tend.ui.common.Icons;
import dev.tend.ui.common.Navigator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.tend.ui.contacts.ContactsView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The main window's frame: a menu bar, a navigation rail on the left, and the current screen.
 * Contacts is always the first screen; others (Network, Events, ...) are passed in as
 * {@link AppScreen}s and join the rail in order.
 */
public final class MainWindow extends BorderPane implements Navigator {
    /** What the window's menu can ask of the application. */
    public interface Actions {
        void openSample();

        void openOwnDatabase();

        void openSettings();

        void quit();

        boolean onSample();

        /** Opens the "Log interaction" dialog. */
        default void logInteraction() {
        }

        /** File menu "Back up now…". */
        default void backUpNow() {
        }

        /** File menu "Restore…". */
        /** Opens the Import screen with these files (dropped on the window), or to choose some when empty. */
        default void importFiles(List<java.nio.file.Path> files) {
        }

        default void restore() {
        }
    }

    /** Ctrl+L (Cmd+L): log an interaction, from any screen. */
    public static final KeyCombination LOG_INTERACTION = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    public static final String CONTACTS = "contacts";
    /** The card review queue's screen, also reached from File, "Scan card photos…". */
    public static final String CARDS = "cards";

    private final ContactsView contacts;
    private final List<AppScreen> screens;
    private final ToggleGroup rail = new ToggleGroup();
    private final Map<String, ToggleButton> buttons = new HashMap<>();
    private final Map<String, Node> views = new HashMap<>();
    private final Actions actions;
    private final VBox top = new VBox();

    public MainWindow(ContactsView contacts, List<AppScreen> screens, I18n i18n, Actions actions) {
        this.contacts = contacts;
        this.screens = List.copyOf(screens);
        this.actions = actions;
        views.put(CONTACTS, contacts);
        getStyleClass().add("main-window");
        top.getChildren().add(menuBar(i18n, actions));
        setTop(top);
        setLeft(rail(i18n, actions));
        show(CONTACTS);
        acceptDroppedFiles();
    }

    /** Files dropped anywhere on the window go to the Import screen. */
    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!getStyleClass().contains("drop-target")) {
                    getStyleClass().add("drop-target");
                }
            }
            e.consume();
        });
        setOnDragExited(e -> getStyleClass().remove("drop-target"));
        setOnDragDropped(e -> {
            getStyleClass().remove("drop-target");
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                actions.importFiles(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    @Override
    public void show(String screenId) {
        Node view = views.get(screenId);
        if (view == null) {
            AppScreen screen = screens.stream().filter(s -> s.id().equals(screenId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No screen " + screenId));
            view = screen.view().apply(this);
            views.put(screenId, view);
        }
        buttons.get(screenId).setSelected(true);
        if (view == contacts && getCenter() != null && getCenter() != contacts) {
            // Other screens change contacts too (events, logged interactions): show them as stored.
            contacts.refresh();
        }
        setCenter(view);
    }

    @Override
    public void showContacts(Long eventId, String tag) {
        show(CONTACTS);
        contacts.showFiltered(eventId, tag);
    }

    @Override
    public void showContact(long contactId) {
        show(CONTACTS);
        contacts.showContact(contactId);
    }

    /**
     * A banner under the menu bar, for news that should not interrupt (the weekly digest where
     * the desktop has no notification area): its action runs and the banner closes on a click.
     */
    public void showBanner(String message, String actionText, Runnable action) {
        top.getChildren().removeIf(n -> "banner".equals(n.getId()));
        Label text = new Label(message, Icons.of(Material2AL.ALARM, 16));
        javafx.scene.control.Button open = new javafx.scene.control.Button(actionText);
        open.setId("bannerAction");
        open.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        javafx.scene.control.Button close = new javafx.scene.control.Button(null, Icons.of(Material2AL.CLOSE, 14));
        close.setId("bannerClose");
        close.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.layout.HBox banner = new javafx.scene.layout.HBox(10, text, spacer, open, close);
        banner.setId("banner");
        banner.getStyleClass().add("app-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        open.setOnAction(e -> {
            top.getChildren().remove(banner);
            action.run();
        });
        close.setOnAction(e -> top.getChildren().remove(banner));
        top.getChildren().add(banner);
    }

    /** Installs shortcuts once the window is in a scene. */
    public void installShortcuts() {
        contacts.installShortcuts();
        getScene().getAccelerators().put(LOG_INTERACTION, actions::logInteraction);
    }

    private MenuBar menuBar(I18n i18n, Actions actions) {
        MenuItem newContact = new MenuItem(i18n.get("menu.file.newContact"));
        newContact.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        newContact.setOnAction(e -> {
            show(CONTACTS);
            contacts.newContact();
        });
        MenuItem find = new MenuItem(i18n.get("menu.file.find"));
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> {
            show(CONTACTS);
            contacts.focusSearch();
        });
        MenuItem log = new MenuItem(i18n.get("menu.file.logInteraction"));
        log.setId("menuLogInteraction");
        log.setAccelerator(LOG_INTERACTION);
        log.setOnAction(e -> actions.logInteraction());
        MenuItem scanCards = new MenuItem(i18n.get("menu.file.scanCards"));
        scanCards.setId("menuScanCards");
        scanCards.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        scanCards.setOnAction(e -> show(CARDS));
        scanCards.setVisible(screens.stream().anyMatch(s -> s.id().equals(CARDS)));
        MenuItem sample = new MenuItem(i18n.get("menu.file.sample"));
        sample.setId("menuSample");
        sample.setOnAction(e -> actions.openSample());
        MenuItem own = new MenuItem(i18n.get("menu.file.own"));
        own.setVisible(actions.onSample());
        own.setOnAction(e -> actions.openOwnDatabase());
        MenuItem backup = new MenuItem(i18n.get("menu.file.backup"));
        backup.setId("menuBackup");
        backup.setOnAction(e -> actions.backUpNow());
        MenuItem restore = new MenuItem(i18n.get("menu.file.restore"));
        restore.setId("menuRestore");
        restore.setOnAction(e -> actions.restore());
        MenuItem settings = new MenuItem(i18n.get("menu.file.settings"));
        settings.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        settings.setOnAction(e -> actions.openSettings());
        MenuItem quit = new MenuItem(i18n.get("menu.file.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> actions.quit());
        MenuItem importContacts = new MenuItem(i18n.get("menu.file.import"));
        importContacts.setId("menuImport");
        importContacts.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        importContacts.setOnAction(e -> actions.importFiles(List.of()));
        Menu file = new Menu(i18n.get("menu.file"), null, newContact, find, log, importContacts, scanCards,
                new SeparatorMenuItem(), sample, own,
                new SeparatorMenuItem(), backup, restore, new SeparatorMenuItem(), settings, new SeparatorMenuItem(), quit);
        MenuBar bar = new MenuBar(file);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Node rail(I18n i18n, Actions actions) {
        VBox box = new VBox(6);
        Label brand = new Label("Tend");
        brand.getStyleClass().add("rail-brand");
        box.getChildren().add(brand);
        box.getChildren().add(screenButton(CONTACTS, i18n.get("nav.contacts"), Material2AL.CONTACTS));
        for (AppScreen s : screens) {
            box.getChildren().add(screenButton(s.id(), i18n.get(s.titleKey()), s.icon()));
        }
        ToggleButton settings = railButton(i18n.get("nav.settings"), Material2MZ.SETTINGS);
        settings.setId("navSettings");
        settings.setToggleGroup(null);
        settings.setOnAction(e -> {
            settings.setSelected(false);
            actions.openSettings();
        });
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        box.getChildren().addAll(spacer, settings);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("nav-rail");
        return box;
    }

    private ToggleButton screenButton(String id, String text, Ikon icon) {
        ToggleButton b = railButton(text, icon);
        b.setId("nav" + Character.toUpperCase(id.charAt(0)) + id.substring(1));
        b.setOnAction(e -> show(id));
        buttons.put(id, b);
        return b;
    }

    private ToggleButton railButton(String text, Ikon icon) {
        ToggleButton b = new ToggleButton(text, Icons.of(icon, 22));
        b.setToggleGroup(rail);
        b.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        b.getStyleClass().addAll("rail-button", Styles.FLAT);
        b.setTooltip(new Tooltip(text));
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }
}
