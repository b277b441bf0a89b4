package org.supracluster.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.supracluster.model.NetworkView;
import org.supracluster.ui.ExplorerView;
import org.supracluster.ui.I18n;

/**
 * The File menu (open database, open recent, import, export current view, image, report and
 * analysis tables, quit) and the Help menu (about) of the explorer window, with the shortcuts
 * Gephi and Cytoscape users expect.
 * Import and export run in background tasks shown in the status bar, where Cancel stops them
 * before anything is stored or written.
 */
public final class FileMenu {

    /** Ids of the menus and items, so tests and other menus find them. */
    public static final String FILE_MENU_ID = "menu-file";
    public static final String HELP_MENU_ID = "menu-help";
    public static final String OPEN_ID = "menu-file-open";
    public static final String RECENT_ID = "menu-file-recent";
    public static final String IMPORT_ID = "menu-file-import";
    public static final String EXPORT_ID = "menu-file-export";
    public static final String EXPORT_IMAGE_ID = "menu-file-export-image";
    public static final String EXPORT_REPORT_ID = "menu-file-export-report";
    public static final String EXPORT_TABLES_ID = "menu-file-export-tables";
    public static final String QUIT_ID = "menu-file-quit";
    public static final String ABOUT_ID = "menu-help-about";

    static final KeyCombination OPEN_KEYS = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination IMPORT_KEYS = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EXPORT_KEYS = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EXPORT_IMAGE_KEYS = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination EXPORT_REPORT_KEYS = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination QUIT_KEYS = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ABOUT_KEYS = new KeyCodeCombination(KeyCode.F1);

    /**
     * What the menus need from outside, injected so tests answer file dialogs themselves, keep the
     * recent list in memory and run tasks at once.
     *
     * @param executor runs the import and export tasks
     * @param quit ends the program
     */
    public record Services(FileChoice choice, RecentFilesStore recentStore, Executor executor, Runnable quit) {
        public Services {
            Objects.requireNonNull(choice, "choice");
            Objects.requireNonNull(recentStore, "recentStore");
            Objects.requireNonNull(executor, "executor");
            Objects.requireNonNull(quit, "quit");
        }

        /**
         * The program's: system file dialogs, the list in the user's folder, a daemon thread per task.
         * The dialogs are shared by every view, so the folder last used survives a reload.
         */
        public static Services defaults() {
            return new Services(SYSTEM_DIALOGS, RecentFilesStore.inUserFolder(), org.supracluster.ui.UiTasks.daemonThreads(),
                    Platform::exit);
        }

        /** The same with another recent-files store. */
        public Services withRecentStore(RecentFilesStore store) {
            return new Services(choice, store, executor, quit);
        }
    }

    /** The window builds a new view (and so a new menu) for every database it opens. */
    private static final FileChoice SYSTEM_DIALOGS = new FxFileChoice();

    private final ExplorerView view;
    private final Services services;
    private final RecentFiles recent;
    private final Menu file = new Menu();
    private final Menu help = new Menu();
    private final MenuItem open = new MenuItem();
    private final Menu openRecent = new Menu();
    private final MenuItem importItem = new MenuItem();
    private final MenuItem export = new MenuItem();
    private final MenuItem exportImage = new MenuItem();
    private final MenuItem exportReport = new MenuItem();
    private final MenuItem exportTables = new MenuItem();
    private final ReportActions reports;
    private final MenuItem quit = new MenuItem();
    private final MenuItem about = new MenuItem();
    private final BooleanProperty importing = new SimpleBooleanProperty();

    private final I18n.Subscription language;

    public FileMenu(ExplorerView view, Services services) {
        this.view = Objects.requireNonNull(view, "view");
        this.services = Objects.requireNonNull(services, "services");
        this.recent = new RecentFiles(services.recentStore());
        this.reports = new ReportActions(this, view, services);
        // The window builds a new view for every database it opens: the one it shows is the one
        // that opened, so it goes first in the list (a file that failed to open is not listed).
        view.workspace().database().ifPresent(recent::add);
        createMenus();
        texts();
        language = I18n.addListener(locale -> texts());
    }

    private void createMenus() {
        file.setId(FILE_MENU_ID);
        help.setId(HELP_MENU_ID);
        open.setId(OPEN_ID);
        openRecent.setId(RECENT_ID);
        importItem.setId(IMPORT_ID);
        export.setId(EXPORT_ID);
        exportImage.setId(EXPORT_IMAGE_ID);
        exportReport.setId(EXPORT_REPORT_ID);
        exportTables.setId(EXPORT_TABLES_ID);
        quit.setId(QUIT_ID);
        about.setId(ABOUT_ID);
        open.setAccelerator(OPEN_KEYS);
        importItem.setAccelerator(IMPORT_KEYS);
        export.setAccelerator(EXPORT_KEYS);
        exportImage.setAccelerator(EXPORT_IMAGE_KEYS);
        exportReport.setAccelerator(EXPORT_REPORT_KEYS);
        quit.setAccelerator(QUIT_KEYS);
        about.setAccelerator(ABOUT_KEYS);
        // Importing needs a database to import into, and one import at a time.
        importItem.disableProperty().bind(importing.or(new SimpleBooleanProperty(
                view.workspace().database().isEmpty())));
        open.setOnAction(e -> openDatabase());
        importItem.setOnAction(e -> importFiles());
        export.setOnAction(e -> exportView());
        exportImage.setOnAction(e -> exportImage());
        exportReport.setOnAction(e -> reports.exportReport());
        exportTables.setOnAction(e -> reports.exportTables());
        quit.setOnAction(e -> services.quit().run());
        about.setOnAction(e -> showAbout());
        // Rebuilt when shown: a file may have gone missing (or come back) since.
        file.setOnShowing(e -> fillRecent());
        fillRecent();
        file.getItems().setAll(open, openRecent, new SeparatorMenuItem(), importItem, export,
                exportImage, exportReport, exportTables, new SeparatorMenuItem(), quit);
        help.getItems().setAll(about);
    }

    private void texts() {
        file.setText(I18n.get("menu.file"));
        help.setText(I18n.get("menu.help"));
        open.setText(I18n.get("menu.file.open"));
        openRecent.setText(I18n.get("menu.file.openRecent"));
        importItem.setText(I18n.get("menu.file.import"));
        export.setText(I18n.get("menu.file.export"));
        exportImage.setText(I18n.get("menu.file.exportImage"));
        exportReport.setText(I18n.get("menu.file.exportReport"));
        exportTables.setText(I18n.get("menu.file.exportTables"));
        quit.setText(I18n.get("menu.file.quit"));
        about.setText(I18n.get("menu.help.about"));
        fillRecent();
    }

    /** The recent files, missing ones greyed, then "Clear list"; "No recent files" when empty. */
    void fillRecent() {
        List<MenuItem> items = new java.util.ArrayList<>();
        for (Path p : recent.files()) {
            boolean there = recent.isAvailable(p);
            String label = p.getFileName() + " — " + (p.getParent() == null ? "" : p.getParent());
            MenuItem item = new MenuItem(there ? label : I18n.format("menu.file.openRecent.missing", label));
            item.setMnemonicParsing(false);
            item.setDisable(!there);
            item.setOnAction(e -> view.workspace().open(p));
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(I18n.get("menu.file.openRecent.none"));
            none.setDisable(true);
            items.add(none);
        } else {
            MenuItem clear = new MenuItem(I18n.get("menu.file.openRecent.clear"));
            clear.setOnAction(e -> {
                recent.clear();
                fillRecent();
            });
            items.add(new SeparatorMenuItem());
            items.add(clear);
        }
        openRecent.getItems().setAll(items);
    }

    private void openDatabase() {
        services.choice().database(window()).ifPresent(p -> view.workspace().open(p));
    }

    private void importFiles() {
        Optional<Path> db = view.workspace().database();
        if (db.isEmpty() || importing.get()) {
            return;
        }
        List<Path> files = services.choice().importFiles(window());
        if (files.isEmpty()) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        Task<DatabaseImport.Outcome> task = new Task<>() {
            @Override
            protected DatabaseImport.Outcome call() {
                return DatabaseImport.run(db.get(), files, stop::get);
            }
        };
        // Cancel asks the importer to stop; it stops unless it is already committing, and the
        // task's own end (stored or not) is what the user is told, never a guess.
        view.background().track("task.import", task.runningProperty(), task.progressProperty(),
                () -> stop.set(true));
        importing.set(true);
        task.setOnSucceeded(e -> {
            importing.set(false);
            DatabaseImport.Outcome outcome = task.getValue();
            ImportReportDialog.create(window(), outcome, view.tableActions()).show();
            if (outcome.changedData()) {
                view.workspace().open(db.get());
            }
        });
        task.setOnFailed(e -> {
            importing.set(false);
            Throwable t = task.getException();
            if (t instanceof CancellationException) {
                view.notice(() -> I18n.get("import.cancelled"));
            } else {
                error(I18n.get("import.failed"), reason(t));
            }
        });
        services.executor().execute(task);
    }

    private void exportView() {
        NetworkView shown = view.model().linksProperty().get().view();
        String suggested = view.workspace().database().map(FileMenu::stem).orElse("network") + "-view";
        Optional<FileChoice.ExportTarget> target = services.choice().exportTarget(window(), suggested);
        if (target.isEmpty()) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        Task<ViewExport.Written> task = new Task<>() {
            @Override
            protected ViewExport.Written call() throws ViewExport.ExportException {
                return ViewExport.write(shown, target.get().format(), target.get().location(), stop::get);
            }
        };
        view.background().track("task.export", task.runningProperty(), task.progressProperty(), () -> stop.set(true));
        task.setOnSucceeded(e -> {
            ViewExport.Written w = task.getValue();
            view.notice(() -> I18n.format("export.done", w.firms(), w.links(), w.location()));
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            if (t instanceof CancellationException) {
                view.notice(() -> I18n.get("export.cancelled"));
                return;
            }
            Path where = target.get().location();
            String text = t instanceof ViewExport.ExportException x && x.failure() == ViewExport.Failure.NOT_A_FOLDER
                    ? I18n.format("export.notAFolder", where.getFileName())
                    : I18n.format("export.cannotWrite", reason(t));
            error(I18n.format("export.failed", where), text);
        });
        services.executor().execute(task);
    }

    /**
     * Asks for a picture export, takes the picture of the map as it is now (on this thread, the
     * JavaFX one: PNG pixels are painted here), then writes the file in the background.
     */
    private void exportImage() {
        var model = view.model();
        var f = model.filters();
        String subtitle = org.supracluster.ui.filter.FilterDescription.of(model.filterProperty().get(), model.scheme(),
                f.hasYears() ? f.minYear() : null, f.hasYears() ? f.maxYear() : null);
        boolean superMap = view.superMap().modeProperty().get() == org.supracluster.ui.supermap.SuperMapViewModel.Mode.GROUPS;
        String suggested = view.workspace().database().map(FileMenu::stem).orElse("network")
                + (superMap ? "-super-clusters" : "-map");
        // The presenter's title and subtitle when set (a scene's, or written on screen): the
        // picture then reads as the slide shown.
        String ownTitle = view.presenter().titleProperty().get();
        String ownSubtitle = view.presenter().subtitleProperty().get();
        Optional<FileChoice.ImageTarget> target = services.choice().imageTarget(window(), suggested,
                ownTitle == null || ownTitle.isBlank() ? I18n.get("app.title") : ownTitle,
                ownSubtitle == null || ownSubtitle.isBlank() ? subtitle : ownSubtitle);
        if (target.isEmpty()) {
            return;
        }
        FileChoice.ImageTarget t = target.get();
        org.supracluster.export.MapScene scene;
        try {
            scene = view.mapPicture(t.title(), t.subtitle());
        } catch (IllegalStateException notDrawn) {
            error(I18n.format("export.failed", t.location()), I18n.get("imageExport.notDrawn"));
            return;
        }
        java.awt.image.BufferedImage png = t.format() == ImageExport.Format.PNG
                ? javafx.embed.swing.SwingFXUtils.fromFXImage(org.supracluster.ui.map.MapPainter.paint(scene, t.scale()),
                        null)
                : null;
        AtomicBoolean stop = new AtomicBoolean();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws ViewExport.ExportException {
                return png != null ? ImageExport.writePng(png, t.location(), stop::get)
                        : ImageExport.writeSvg(scene, t.location(), stop::get);
            }
        };
        view.background().track("task.exportImage", task.runningProperty(), task.progressProperty(),
                () -> stop.set(true));
        task.setOnSucceeded(e -> {
            // Read here, on the JavaFX thread: the notice is worded again whenever the language changes.
            Path written = task.getValue();
            view.notice(() -> I18n.format("imageExport.done", written));
        });
        task.setOnFailed(e -> {
            Throwable x = task.getException();
            if (x instanceof CancellationException) {
                view.notice(() -> I18n.get("export.cancelled"));
                return;
            }
            error(I18n.format("export.failed", t.location()), I18n.format("export.cannotWrite", reason(x)));
        });
        services.executor().execute(task);
    }

    private void showAbout() {
        AboutDialog.create(window(), view.workspace().database()).show();
    }

    void error(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setTitle(I18n.get("dialog.error.title"));
        alert.setHeaderText(header);
        Window w = window();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.show();
    }

    /** What went wrong, as the sentence the lower layers wrote (they name the file), never a stack trace. */
    static String reason(Throwable t) {
        Throwable cause = t;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    private static String stem(Path p) {
        String n = String.valueOf(p.getFileName());
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    Window window() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    public Menu fileMenu() {
        return file;
    }

    public Menu helpMenu() {
        return help;
    }

    /** The recent database files behind the Open recent menu. */
    public RecentFiles recentFiles() {
        return recent;
    }

    /** Stops following the language (the window's view is being replaced). */
    public void dispose() {
        language.close();
    }
}
