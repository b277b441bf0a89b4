package org.supracluster.ui.explorer;

import org.supracluster.ui.Fonts;
import org.supracluster.ui.UiTasks;
import org.supracluster.ui.FxNotices;
import org.supracluster.ui.Notices;
import org.supracluster.ui.BackgroundWork;
import org.supracluster.ui.Workspace;
import org.supracluster.ui.I18n;
import org.supracluster.ui.ExplorerViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.supracluster.ui.Settings;
import org.supracluster.ui.layout.LayoutOptions;
import org.supracluster.ui.files.FileMenu;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.supracluster.ingest.SampleDatabase;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Network;
import org.supracluster.store.Database;
import org.supracluster.store.NetworkStore;
import org.supracluster.store.SchemeRepository;
import org.supracluster.store.SessionLock;
import org.supracluster.store.UserDataFolder;

/**
 * The explorer window. Opens the user's database (created from the bundled synthetic sample on
 * first start) off the JavaFX thread, with a progress indicator, then shows the map. A database
 * given with {@code --db FILE} is opened instead. As the {@link Workspace} it opens other
 * databases and re-shows the network under another cluster scheme.
 */
public final class ExplorerApp extends Application implements Workspace {

    private Stage stage;
    private Scene scene;
    /** Errors over the window; notices in the status bar of the view shown. */
    private Notices notices;
    /** Opens the databases; the view's own tasks build it under another scheme. */
    private UiTasks tasks;
    private ExplorerView view;
    private Path database;
    /** The open database's session lock; not held when the file is open elsewhere or read-only. */
    private SessionLock session;
    private boolean readOnly;
    /** What the window remembers between runs; read at start, written at the end. */
    private Settings settings;

    /** What the background task prepares: the view model and the map's graph, ready to show. */
    private record Loaded(Path db, ExplorerViewModel model, org.supracluster.ui.map.NetworkGraph graph,
                          SessionLock lock, boolean sample) { }

    @Override
    public void start(Stage primary) {
        Fonts.load();
        this.stage = primary;
        settings = Settings.inUserFolder();
        settings.get(Settings.LANGUAGE).map(Locale::forLanguageTag).filter(I18n.SUPPORTED_LOCALES::contains)
                .ifPresent(I18n::setLocale);
        settings.get(Settings.LAST_FOLDER).map(Path::of).ifPresent(FileMenu.Services.defaults().choice()::startIn);
        this.notices = new FxNotices(() -> stage, text -> {
            if (view != null) {
                view.notice(text);
            }
        });
        // A bug in the window leaves a trace and a sentence, as one in the command line does.
        Thread.currentThread().setUncaughtExceptionHandler(new CrashReporter(notices, CrashReporter.version(),
                System::currentTimeMillis));
        // Nothing is shown in a status bar while a database opens: the loading screen says so.
        this.tasks = new UiTasks(UiTasks.daemonThreads(), UiTasks.fxThread(), new BackgroundWork(), notices);
        boolean given = getParameters().getNamed().containsKey("db");
        Path db = given ? Path.of(getParameters().getNamed().get("db")) : UserDataFolder.defaultDatabase();
        Rectangle2D place = WindowPlace.of(settings.numbers(Settings.WINDOW),
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
        scene = new Scene(new VBox(), place.getWidth(), place.getHeight());
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setMaximized(settings.get(Settings.MAXIMIZED).map(Boolean::parseBoolean).orElse(false));
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setTitle(I18n.get("app.title"));
        stage.setScene(scene);
        stage.show();
        load(db, !given);
    }

    /** Loads a database in the background behind a progress indicator, then shows it. */
    private void load(Path db, boolean createSample) {
        ProgressIndicator progress = new ProgressIndicator();
        Label message = new Label(I18n.format("app.opening", db.getFileName()));
        VBox loading = new VBox(12, progress, message);
        loading.setStyle("-fx-alignment: center; -fx-padding: 40;");
        ExplorerView previous = view;
        scene.setRoot(loading);
        SessionLock current = session;
        tasks.task(work -> {
            if (createSample) {
                SampleDatabase.ensure(db);
            }
            // Reopening this window's own file keeps its lock (a second one would find the first);
            // a window that had it read-only tries again: the other window may have closed.
            SessionLock lock = current != null && current.held() && current.file().equals(SessionLock.lockFile(db))
                    ? current : SessionLock.tryAcquire(db);
            try {
                return read(db, lock, work);
            } catch (RuntimeException e) {
                if (lock != current) {
                    lock.close();
                }
                throw e;
            }
        }).onMessage(message::setText).onSuccess(loaded -> {
            // An import shows the same database again: the user stays where they were.
            WindowState kept = previous == null ? null : WindowState.of(previous);
            boolean sameData = loaded.db().equals(database);
            if (previous != null) {
                previous.dispose();
            }
            database = loaded.db();
            if (session != null && session != loaded.lock()) {
                session.close();
            }
            session = loaded.lock();
            readOnly = !session.held();
            // The sample says what it is; a user's database never does (its metadata is not synthetic).
            stage.setTitle(I18n.get("app.title") + " — " + database.getFileName()
                    + (loaded.sample() ? " (" + I18n.get("app.sample") + ")" : "")
                    + (readOnly ? " (" + I18n.get("app.readOnly.title") + ")" : ""));
            show(loaded.model(), loaded.graph());
            if (kept != null) {
                kept.restore(view, sameData);
            } else {
                settings.numbers(Settings.DIVIDERS).filter(d -> d.length == 2)
                        .ifPresent(d -> view.analysisArea().setDividers(new double[][] {{d[0]}, {d[1]}}));
                settings.numbers(Settings.LAYOUT_OPTIONS).filter(o -> o.length == 2).ifPresent(o -> view
                        .networkLayout().optionsProperty().set(new LayoutOptions(o[0] != 0, o[1] != 0)));
            }
            if (readOnly) {
                // Said at once, rather than letting an import or a scheme edit fail later.
                notices.inform(I18n.get("app.readOnly.title"), I18n.format(session.elsewhere()
                        ? "app.readOnly.elsewhere" : "app.readOnly.folder", database.getFileName()));
            }
        }).onFailure(t -> {
            progress.setVisible(false);
            message.setText(Notices.reason(t));
            if (previous != null) {
                // The open network stays: say why the other file could not be opened, then go back.
                scene.setRoot(previous);
                notices.error(I18n.format("app.openFailed", db.getFileName()), message.getText());
            } else {
                // Nothing open yet: offer a way on rather than a dead end.
                javafx.scene.control.Button other = new javafx.scene.control.Button(I18n.get("app.openOther"));
                other.setDefaultButton(true);
                other.setOnAction(a -> new org.supracluster.ui.files.FxFileChoice().database()
                        .ifPresent(p -> load(p, false)));
                javafx.scene.control.Button mine = new javafx.scene.control.Button(I18n.get("app.openDefault"));
                mine.setOnAction(a -> load(UserDataFolder.defaultDatabase(), true));
                mine.setVisible(!db.equals(UserDataFolder.defaultDatabase()));
                mine.setManaged(mine.isVisible());
                javafx.scene.control.Button quit = new javafx.scene.control.Button(I18n.get("app.quit"));
                quit.setOnAction(a -> javafx.application.Platform.exit());
                javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(8, other, mine, quit);
                buttons.setAlignment(javafx.geometry.Pos.CENTER);
                message.setWrapText(true);
                loading.getChildren().setAll(message, buttons);
            }
        }).start();
    }

    /**
     * Reads the database: read-write with the lock; read-only when another window has the file or
     * its folder is read-only. The view model and the map's graph are plain objects until shown:
     * building them here keeps the window responsive on large networks.
     */
    private static Loaded read(Path db, SessionLock lock, UiTasks.Context work) {
        try (Database d = lock.held() ? Database.open(db, false, Database.BUSY_TIMEOUT_MS_DEFAULT)
                : Database.openReadOnly(db)) {
            ClusterScheme scheme = SchemeRepository.of(d).load(ClusterScheme.DEFAULT_NAME)
                    .orElse(ClusterScheme.defaultFive());
            Network network = NetworkStore.of(d).load();
            work.message(I18n.format("app.preparing", network.firmCount(), network.linkCount()));
            ExplorerViewModel model = new ExplorerViewModel(network, scheme);
            boolean sample = "true".equals(NetworkStore.of(d).metadata().get(SampleDatabase.SYNTHETIC));
            return new Loaded(db, model, MapWiring.graphOf(model), lock, sample);
        }
    }

    private void show(ExplorerViewModel model) {
        show(model, null);
    }

    private void show(ExplorerViewModel model, org.supracluster.ui.map.NetworkGraph graph) {
        view = new ExplorerView(model, this, org.supracluster.ui.files.FileMenu.Services.defaults(), graph);
        scene.setRoot(view);
    }

    @Override
    public Optional<Path> database() {
        // No file to write to while read-only: the menus then offer no import and no scheme editing.
        return readOnly ? Optional.empty() : Optional.ofNullable(database);
    }

    @Override
    public void open(Path db) {
        load(db, false);
    }

    @Override
    public void showScheme(ClusterScheme scheme) {
        if (view == null) {
            return;
        }
        ExplorerView current = view;
        ExplorerViewModel old = current.model();
        org.supracluster.model.Filter filter = old.filterProperty().get();
        int selected = old.selectedFirmProperty().get();
        // The current view stays usable while the new one is built (seconds at 100,000 links);
        // Cancel in its status bar drops the new one.
        current.tasks().task(work -> {
            ExplorerViewModel model = new ExplorerViewModel(old.network(), scheme);
            // Set here too, so the map's graph is built showing them.
            model.setFilter(filter);
            model.selectedFirmProperty().set(selected);
            work.checkCancelled();
            return new Loaded(database, model, MapWiring.graphOf(model), session, false);
        }).shownAs("work.scheme").onSuccess(loaded -> {
            if (view == current) {
                WindowState kept = WindowState.of(current);
                current.dispose();
                show(loaded.model(), loaded.graph());
                kept.restore(view, true);
            }
        }).onFailureSay(I18n.get("app.schemeFailed")).start();
    }

    /** Writes what the next run starts from: language, window, dividers, the folder last used. */
    private void remember() {
        settings.set(Settings.LANGUAGE, I18n.locale().getLanguage());
        settings.set(Settings.MAXIMIZED, Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isFullScreen()) {
            settings.setNumbers(Settings.WINDOW, stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
        if (view != null) {
            view.presenter().leave(); // presenter mode takes the map out of its split pane
            double[][] d = view.analysisArea().dividers();
            if (d[0].length == 1 && d[1].length == 1) {
                settings.setNumbers(Settings.DIVIDERS, d[0][0], d[1][0]);
            }
            LayoutOptions o = view.networkLayout().optionsProperty().get();
            settings.setNumbers(Settings.LAYOUT_OPTIONS, o.linLog() ? 1 : 0, o.preventOverlap() ? 1 : 0);
        }
        FileMenu.Services.defaults().choice().lastFolder()
                .ifPresent(f -> settings.set(Settings.LAST_FOLDER, f.toString()));
        settings.save();
    }

    @Override
    public void stop() {
        remember();
        if (view != null) {
            view.dispose();
        }
        if (session != null) {
            session.close();
        }
    }
}
