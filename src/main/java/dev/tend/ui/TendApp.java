package dev.tend.ui;

import atlantafx.base.theme.PrimerLight;
import dev.tend.service.SettingsService.WindowBounds;
import dev.tend.service.TendServices;
import dev.tend.service.Backups;
import dev.tend.store.DatabaseException;
import dev.tend.store.DatabaseLock;
import dev.tend.ui.backup.BackupViewModel;
import dev.tend.store.DatabaseLocation;
import dev.tend.service.PhoneNumbers;
import dev.tend.ui.common.FxBackground;
import dev.tend.ui.common.FxDialogService;
import dev.tend.ui.followups.DigestNotifier;
import dev.tend.ui.followups.DigestSchedule;
import dev.tend.ui.followups.FollowUpsView;
import dev.tend.ui.followups.FollowUpsViewModel;
import dev.tend.ui.followups.InteractionLogger;
import dev.tend.ui.followups.MailLauncher;
import dev.tend.ui.followups.Notifier;
import dev.tend.ui.followups.TrayNotifier;
import dev.tend.ui.imports.ImportView;
import dev.tend.ui.imports.ImportViewModel;
import dev.tend.ui.common.I18n;
import dev.tend.ui.contacts.ContactsView;
import dev.tend.ui.contacts.ContactsViewModel;
import dev.tend.ui.events.EventsView;
import dev.tend.ui.events.EventsViewModel;
import dev.tend.ui.ledger.LogInteractionDialog;
import dev.tend.ui.ledger.LogInteractionViewModel;
import dev.tend.ui.ledger.RelationshipView;
import dev.tend.ui.ledger.RelationshipViewModel;
import dev.tend.ui.main.MainWindow;
import dev.tend.ui.network.NetworkView;
import dev.tend.ui.network.NetworkViewModel;
import dev.tend.service.CardPhotoService;
import dev.tend.ui.cards.CardReviewView;
import dev.tend.ui.cards.CardReviewViewModel;
import dev.tend.ui.main.AppScreen;
import java.util.List;
import dev.tend.ui.settings.SettingsDialog;
import dev.tend.ui.settings.SettingsViewModel;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: opens the database given as {@code --db=PATH} (or the default one),
 * wires the screens to its services, and keeps the window where the user left it.
 */
public class TendApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(TendApp.class);
    /** Set to print the time from JVM start to an interactive window, then exit (benchmarks). */
    public static final String STARTUP_PROBE = "tend.startupProbe";
    private static final double BACKUP_DELAY_SECONDS = 3;
    /** Today's backup, waiting for the window to be up; stopped when the database closes first. */
    private PauseTransition pendingBackup;
    private Thread backupThread;
    private static final long CHANGE_POLL_SECONDS = 3;

    private final Locale osLocale = Locale.getDefault();
    private Path ownDatabase;
    private Stage stage;
    private TendServices services;
    /** Tells other Tend processes (tend restore) that the window has the database open. */
    private DatabaseLock windowLock;
    private WindowBounds bounds;
    private final FxBackground background = new FxBackground();
    private MainWindow window;
    private ImportViewModel importVm;
    private DigestNotifier digest;
    private Notifier notifier;
    /** The This week screen's id on the navigation rail. */
    public static final String FOLLOW_UPS = "followups";
    /** Files to import that came before the window was ready. */
    private List<Path> pendingImport = List.of();
    /** Later starts of Tend on this database (decision 0014); none when started otherwise (tests). */
    private final OtherStarts otherStarts = takeOtherStarts();
    /** Reloads what the window shows after another process (the command line) wrote. */
    private Runnable refreshAfterOutsideChange = () -> { };
    private ScheduledExecutorService changeWatch;
    private volatile boolean focused;
    /** The services whose data version was last seen; set on open, so no change goes unnoticed. */
    private volatile TendServices watchedServices;
    private volatile long seenDataVersion;

    /** Set by {@link #launch} just before JavaFX constructs the one TendApp; read once by it. */
    private static OtherStarts pendingOtherStarts;

    /**
     * Starts the window on {@code database} and blocks until it closes: imports {@code files}
     * (given as the application's unnamed parameters) once it is shown, and serves
     * {@code otherStarts}. JavaFX constructs the application itself and parameters are strings, so
     * {@code otherStarts} travels through a field read once by the constructor (decision 0014).
     */
    public static void launch(Path database, List<Path> files, OtherStarts otherStarts) {
        synchronized (TendApp.class) {
            pendingOtherStarts = otherStarts;
        }
        List<String> args = new java.util.ArrayList<>();
        args.add("--db=" + database);
        files.forEach(f -> args.add(f.toString()));
        Application.launch(TendApp.class, args.toArray(String[]::new));
    }

    private static synchronized OtherStarts takeOtherStarts() {
        OtherStarts o = pendingOtherStarts == null ? OtherStarts.NONE : pendingOtherStarts;
        pendingOtherStarts = null;
        return o;
    }

    @Override
    public void start(Stage primaryStage) {
        probe("toolkit started");
        stage = primaryStage;
        String db = getParameters().getNamed().get("db");
        ownDatabase = db != null ? Path.of(db) : DatabaseLocation.resolve(null, System.getenv());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        probe("theme loaded");
        stage.getIcons().add(new Image(Objects.requireNonNull(TendApp.class.getResource("tend-icon.png")).toExternalForm()));
        if (!open(ownDatabase)) {
            return;
        }
        probe("main window built");
        restoreBounds();
        trackBounds();
        stage.show();
        watchOutsideChanges();
        otherStarts.listen(files -> Platform.runLater(() -> {
            bringForward();
            if (!files.isEmpty()) {
                importFiles(files);
            }
        }));
        List<Path> given = getParameters().getUnnamed().stream().map(Path::of).filter(java.nio.file.Files::isRegularFile)
                .toList();
        if (!given.isEmpty()) {
            importFiles(given);
        } else if (!pendingImport.isEmpty()) {
            importFiles(pendingImport);
        }
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            probe("window shown");
            Platform.runLater(() -> {
                probe("interactive");
                Platform.exit();
            });
        }
    }

    private static void probe(String phase) {
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println(phase + " after " + ms + " ms");
        }
    }

    /** A later start of Tend asked for the window: show it in front of the others. */
    private void bringForward() {
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /**
     * The command line may write while the window is open (decision 0014). While the window has
     * the focus, every few seconds and when it gains it, a background thread asks SQLite whether
     * another connection has committed; if so the window reloads what it shows.
     */
    private void watchOutsideChanges() {
        changeWatch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tend-change-watch");
            t.setDaemon(true);
            return t;
        });
        focused = stage.isFocused();
        stage.focusedProperty().addListener((o, was, is) -> {
            focused = is;
            if (is && !changeWatch.isShutdown()) {
                changeWatch.execute(this::checkOutsideChanges);
            }
        });
        changeWatch.scheduleWithFixedDelay(this::checkOutsideChanges, CHANGE_POLL_SECONDS, CHANGE_POLL_SECONDS,
                TimeUnit.SECONDS);
    }

    private void checkOutsideChanges() {
        TendServices current = services;
        if (current == null || !focused) {
            return;
        }
        try {
            long version = current.database().dataVersion();
            if (current != watchedServices || version == seenDataVersion) {
                return;
            }
            seenDataVersion = version;
            LOG.info("{} was changed by another program; reloading the window", current.file());
            Platform.runLater(() -> {
                if (services == current) {
                    refreshAfterOutsideChange.run();
                }
            });
        } catch (RuntimeException e) {
            // Closed while switching databases or quitting; the next round looks at the new one.
            LOG.debug("Checking for outside changes failed", e);
        }
    }

    /** Opens a database and shows it; on failure tells the user and returns false. */
    boolean open(Path file) {
        TendServices opened;
        try {
            opened = TendServices.open(file, Clock.systemDefaultZone(), osLocale);
            probe("database open");
        } catch (DatabaseException e) {
            LOG.warn("Cannot open {}", file, e);
            if (services == null) {
                showStartFailure(e);
            } else {
                Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK);
                alert.setHeaderText(null);
                alert.setTitle("Tend");
                alert.initOwner(stage);
                alert.showAndWait();
            }
            return false;
        }
        cancelPendingBackup();
        if (services != null) {
            saveBounds();
            services.close();
        }
        releaseWindowLock();
        services = opened;
        seenDataVersion = opened.database().dataVersion();
        watchedServices = opened;
        takeWindowLock();
        showMainWindow();
        if (services.file().equals(ownDatabase.toAbsolutePath().normalize())) {
            backUpDailyOnceShown(opened);
        }
        return true;
    }

    private void takeWindowLock() {
        try {
            windowLock = DatabaseLock.acquire(services.file());
        } catch (DatabaseException e) {
            // Another window has it open: that one's lock already keeps restores away.
            LOG.info("Not locking {}: {}", services.file(), e.getMessage());
        }
    }

    private void releaseWindowLock() {
        if (windowLock != null) {
            windowLock.close();
            windowLock = null;
        }
    }

    /**
     * The copy shares the window's one connection, so started with the window it made the first
     * screen wait for it (0.1-0.3 s on the sample network, docs/performance.md); a few seconds
     * later the window is up and the user does not notice.
     */
    private void backUpDailyOnceShown(TendServices opened) {
        cancelPendingBackup();
        pendingBackup = new PauseTransition(Duration.seconds(BACKUP_DELAY_SECONDS));
        pendingBackup.setOnFinished(e -> {
            pendingBackup = null;
            if (services == opened) {
                backUpDaily(opened);
            }
        });
        pendingBackup.play();
    }

    /**
     * A backup started after its database closed would write into a folder being left (or deleted),
     * so one not yet started is cancelled and one running is waited for.
     */
    private void cancelPendingBackup() {
        if (pendingBackup != null) {
            pendingBackup.stop();
            pendingBackup = null;
        }
        if (backupThread != null) {
            try {
                backupThread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            backupThread = null;
        }
    }

    /**
     * Today's backup, on a background thread: a large database takes seconds to copy and the
     * window must not wait. Closing the database waits for a running copy (the database's lock).
     */
    private void backUpDaily(TendServices opened) {
        Thread t = new Thread(() -> {
            try {
                opened.backups().dailyIfDue();
            } catch (RuntimeException e) {
                LOG.warn("The daily backup of {} failed", opened.file(), e);
            }
        }, "tend-daily-backup");
        t.setDaemon(true);
        t.start();
        backupThread = t;
    }

    /**
     * Closes the open database, restores the backup over it and opens it again; when the restore
     * is refused the database is opened again as it was, and the refusal goes to the caller.
     */
    Backups.Restored restoreOpenDatabase(Path backup) {
        Path file = services.file();
        cancelPendingBackup();
        saveBounds();
        services.close();
        releaseWindowLock();
        services = null;
        try {
            return Backups.restore(file, backup, Clock.systemDefaultZone());
        } finally {
            open(file);
        }
    }

    /** Without a database there is nothing to show but why, in the window the user expected. */
    private void showStartFailure(DatabaseException e) {
        I18n i18n = new I18n(I18n.supported(osLocale));
        Scene scene = new Scene(new StartFailureView(i18n, e.getMessage(), Platform::exit), 760, 420);
        scene.getStylesheets().add(Objects.requireNonNull(TendApp.class.getResource("tend.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Tend");
        stage.show();
    }

    private void showMainWindow() {
        Locale locale = I18n.supported(services.settings().language().orElse(osLocale));
        // JavaFX's own controls (date pickers, dialogs) follow the default locale.
        Locale.setDefault(locale);
        I18n i18n = new I18n(locale);
        FxDialogService dialogs = new FxDialogService(stage, i18n);
        ContactsViewModel contactsVm = new ContactsViewModel(services.contacts(), services.events(), dialogs, i18n);
        contactsVm.setPrivacy(new dev.tend.ui.contacts.ContactPrivacyViewModel(services.archives(), services.erasure(),
                services.contacts(), services.events(), dialogs, i18n, services.clock()));
        RelationshipViewModel relationship = new RelationshipViewModel(services.ledger(), dialogs, i18n);
        contactsVm.editor().contactIdProperty().addListener((o, a, id) -> relationship.load(id));
        relationship.load(contactsVm.editor().contactIdProperty().get());
        refreshAfterOutsideChange = () -> {
            contactsVm.refreshChoices();
            contactsVm.refresh();
            relationship.reload();
        };
        Runnable logInteraction = () -> logInteraction(i18n, relationship.contactIdProperty().get(), relationship);
        FollowUpsViewModel followUps = followUps(dialogs, i18n, relationship);
        Runnable setFollowUp = () -> {
            Long id = relationship.contactIdProperty().get();
            if (id != null) {
                services.contacts().find(id).ifPresent(c -> followUps.setFollowUp(id, c.fullName()));
            }
        };
        ContactsView contacts = new ContactsView(contactsVm, i18n, this::openSample,
                () -> new RelationshipView(relationship, i18n, logInteraction, setFollowUp));
        List<AppScreen> screens = List.of(
                new AppScreen(FOLLOW_UPS, "nav.followups", org.kordamp.ikonli.material2.Material2AL.ALARM,
                        nav -> new FollowUpsView(followUps, i18n)),
                new AppScreen("network", "nav.network", org.kordamp.ikonli.material2.Material2AL.BUBBLE_CHART,
                        navigator -> new NetworkView(new NetworkViewModel(services.network(), navigator), i18n)),
                new AppScreen("events", "nav.events", org.kordamp.ikonli.material2.Material2AL.EVENT,
                        nav -> new EventsView(new EventsViewModel(services.events(), dialogs, i18n), i18n, nav)),
                new AppScreen("import", "nav.import", org.kordamp.ikonli.material2.Material2AL.FILE_UPLOAD, nav -> {
                    importVm.setOnShowContacts(nav::showContacts);
                    importVm.setOnScanCards(() -> nav.show(MainWindow.CARDS));
                    return new ImportView(importVm, i18n);
                }),
                new AppScreen(MainWindow.CARDS, "nav.cards", org.kordamp.ikonli.material2.Material2MZ.QR_CODE_SCANNER,
                        nav -> {
                            CardReviewViewModel cards = cardReview(dialogs, i18n, locale);
                            cards.setOnShowWaiting(() -> nav.showContacts(null, CardPhotoService.NEEDS_REVIEW));
                            return new CardReviewView(cards, i18n);
                        }));
        importVm = new ImportViewModel(services.imports(), services.events(), dialogs, i18n, background,
                PhoneNumbers.forLocale(osLocale).defaultRegion(), java.time.ZoneId.systemDefault());
        window = new MainWindow(contacts, screens, i18n, new MainWindow.Actions() {
            @Override
            public void openSample() {
                TendApp.this.openSample();
            }

            @Override
            public void openOwnDatabase() {
                open(ownDatabase);
            }

            @Override
            public void openSettings() {
                TendApp.this.openSettings(i18n);
            }

            @Override
            public void quit() {
                Platform.exit();
            }

            @Override
            public void logInteraction() {
                logInteraction.run();
            }

            @Override
            public void importFiles(List<Path> files) {
                TendApp.this.importFiles(files);
            }

            @Override
            public void backUpNow() {
                backupViewModel(dialogs, i18n).backUpNow();
            }

            @Override
            public void restore() {
                backupViewModel(dialogs, i18n).restore();
            }

            @Override
            public boolean onSample() {
                return !services.file().equals(ownDatabase.toAbsolutePath().normalize());
            }
        });
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(window, 1200, 780);
            scene.getStylesheets().add(Objects.requireNonNull(TendApp.class.getResource("tend.css")).toExternalForm());
            stage.setScene(scene);
        } else {
            scene.getAccelerators().clear();
            scene.setRoot(window);
        }
        window.installShortcuts();
        startDigest(i18n);
        boolean sample = services.file().getFileName().toString().equals(DatabaseLocation.SAMPLE_FILE_NAME);
        stage.setTitle(sample ? "Tend — " + i18n.get("title.sample")
                : isDefault(services.file()) ? "Tend" : "Tend — " + services.file().getFileName());
    }

    /** The This week screen's model: mail through the desktop, interactions through the Log interaction dialog. */
    private FollowUpsViewModel followUps(FxDialogService dialogs, I18n i18n, RelationshipViewModel relationship) {
        dev.tend.ui.common.Navigator navigator = new dev.tend.ui.common.Navigator() {
            @Override
            public void show(String screenId) {
                window.show(screenId);
            }

            @Override
            public void showContact(long contactId) {
                window.showContact(contactId);
            }
        };
        MailLauncher mail = uri -> getHostServices().showDocument(uri.toString());
        InteractionLogger logger = contactId -> {
            LogInteractionViewModel vm = new LogInteractionViewModel(services.ledger(), services.contacts(),
                    services.events(), i18n);
            vm.addParticipant(contactId);
            Optional<Long> id = new LogInteractionDialog(stage, vm, i18n).showAndWait();
            id.ifPresent(x -> relationship.reload());
            return id;
        };
        return new FollowUpsViewModel(services.followUps(), dialogs, i18n, navigator, mail, logger, background);
    }

    /**
     * The weekly digest: the first start in a new week opens This week; while the window runs, a
     * notification on the digest day and time (the tray where the desktop has one, else a banner).
     */
    private void startDigest(I18n i18n) {
        if (digest != null) {
            digest.stop();
        }
        DigestSchedule schedule = new DigestSchedule(services.settings(), services.clock());
        if (schedule.openOnStart()) {
            window.show(FOLLOW_UPS);
        }
        MainWindow shown = window;
        Notifier banner = (title, message, open) -> shown.showBanner(message, i18n.get("followUps.digest.open"), open);
        if (notifier != null) {
            notifier.close();
        }
        // The tray is asked only when a notification is due, so AWT stays unloaded at start.
        notifier = new TrayNotifier(banner);
        digest = new DigestNotifier(schedule, notifier, i18n.get("followUps.digest.title"),
                n -> i18n.get("followUps.digest.message", n), () -> services.followUps().thisWeek().total(),
                () -> {
                    stage.toFront();
                    shown.show(FOLLOW_UPS);
                });
        digest.check();
        digest.start();
    }

    /** The card review queue, with the stored events to choose from, newest first. */
    private CardReviewViewModel cardReview(FxDialogService dialogs, I18n i18n, Locale locale) {
        List<String> events = services.events().all().stream().map(dev.tend.domain.Event::name).distinct().toList();
        return new CardReviewViewModel(services.cards(), events, dialogs, i18n, background,
                dev.tend.service.PhoneNumbers.forLocale(locale).defaultRegion());
    }

    private BackupViewModel backupViewModel(FxDialogService dialogs, I18n i18n) {
        return new BackupViewModel(services.backups(), services.file(), dialogs, i18n,
                this::restoreOpenDatabase);
    }

    /**
     * Opens the Import screen with these files and reads them into a preview; with none, lets the
     * user choose. Files dropped on the window come here; so do files given on the command line
     * and, from any thread, files a launcher or a second instance hands over.
     */
    public void importFiles(List<Path> files) {
        if (!Platform.isFxApplicationThread()) {
            List<Path> copy = List.copyOf(files);
            Platform.runLater(() -> importFiles(copy));
            return;
        }
        if (window == null || importVm == null) {
            pendingImport = List.copyOf(files);
            return;
        }
        pendingImport = List.of();
        window.show("import");
        if (files.isEmpty()) {
            importVm.chooseFiles();
        } else {
            importVm.start(files);
        }
    }

    /** The user's own database in the data folder needs no name in the title; any other file does. */
    private static boolean isDefault(Path file) {
        return file.equals(DatabaseLocation.dataFolder().resolve(DatabaseLocation.FILE_NAME).toAbsolutePath().normalize());
    }

    /** Opens the sample network in its own database beside the user's, writing it on first use. */
    void openSample() {
        Path sample = ownDatabase.toAbsolutePath().resolveSibling(DatabaseLocation.SAMPLE_FILE_NAME);
        if (services != null && services.file().equals(sample)) {
            return;
        }
        try (TendServices s = TendServices.open(sample, Clock.systemDefaultZone(), osLocale)) {
            if (s.contacts().count(dev.tend.domain.ContactQuery.all()) == 0) {
                s.sampleNetwork().write();
                services.settings().language().ifPresent(s.settings()::setLanguage);
            }
        } catch (DatabaseException | IllegalStateException e) {
            LOG.warn("Cannot open the sample network", e);
        }
        open(sample);
    }

    /**
     * Opens "Log interaction", with the contact open in the detail pane (if any) already among
     * the participants; the relationship section shows the new entries when it closes.
     */
    private void logInteraction(I18n i18n, Long contactId, RelationshipViewModel relationship) {
        LogInteractionViewModel vm = new LogInteractionViewModel(services.ledger(), services.contacts(),
                services.events(), i18n);
        if (contactId != null) {
            vm.addParticipant(contactId);
        }
        new LogInteractionDialog(stage, vm, i18n).showAndWait().ifPresent(id -> relationship.reload());
    }

    private void openSettings(I18n i18n) {
        SettingsViewModel vm = new SettingsViewModel(services.settings());
        new SettingsDialog(stage, vm, i18n).showAndWait().filter(Boolean::booleanValue)
                .ifPresent(changed -> showMainWindow());
    }

    private void restoreBounds() {
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        services.settings().window()
                .filter(b -> !Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height()).isEmpty())
                .ifPresentOrElse(b -> {
                    stage.setX(b.x());
                    stage.setY(b.y());
                    stage.setWidth(b.width());
                    stage.setHeight(b.height());
                    stage.setMaximized(b.maximized());
                }, stage::centerOnScreen);
    }

    /** Remembers where the window is while it moves, since on exit it may already be hidden. */
    private void trackBounds() {
        javafx.beans.InvalidationListener remember = o -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
                bounds = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        for (var p : java.util.List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty(), stage.showingProperty())) {
            p.addListener(remember);
        }
        stage.maximizedProperty().addListener(remember);
    }

    private void saveBounds() {
        if (services != null && bounds != null) {
            services.settings().setWindow(new WindowBounds(bounds.x(), bounds.y(), bounds.width(), bounds.height(),
                    stage.isMaximized()));
        }
    }

    @Override
    public void stop() {
        if (digest != null) {
            digest.stop();
        }
        if (notifier != null) {
            notifier.close();
        }
        if (changeWatch != null) {
            changeWatch.shutdownNow();
        }
        if (importVm != null) {
            importVm.cancel(); // a running import rolls back rather than racing the close below
        }
        background.shutdown();
        cancelPendingBackup();
        if (services != null) {
            saveBounds();
            // Hidden first, so nothing still queued on the FX thread (a pending search) uses the closed database.
            stage.hide();
            services.close();
        }
        releaseWindowLock();
    }

    /** The services of the open database; for tests. */
    TendServices services() {
        return services;
    }
}
