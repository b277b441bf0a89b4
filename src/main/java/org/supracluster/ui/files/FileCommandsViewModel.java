package org.supracluster.ui.files;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.supracluster.export.MapScene;
import org.supracluster.ingest.Importer;
import org.supracluster.model.NetworkView;
import org.supracluster.store.Database;
import org.supracluster.store.StoreException;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.Notices;
import org.supracluster.ui.UiTasks;
import org.supracluster.ui.Workspace;
import org.supracluster.ui.presenter.PresenterViewModel;

/**
 * The File menu's commands: open a database (chosen, or from the recent list), create an empty
 * one, import files into the open one (through the import dialog, see {@link ImportCommands}),
 * export the view shown (GraphML, GEXF, CSV), a picture of the map, the HTML report and the
 * analysis tables. Each asks its question through the
 * {@link FileChoice}, runs its work through the {@link UiTasks} (shown in the status bar, where
 * Cancel stops it) and tells the outcome through the {@link Notices}; the {@link Workspace} opens
 * databases. It never sees a {@code Stage} or a {@code Node}: what only the window can do (paint
 * the map, show the import report) it asks of its {@link Screen}. Tested without a window.
 * Used on the JavaFX thread.
 */
public final class FileCommandsViewModel {

    /**
     * The window the commands work for: what it shows, and what only it can do.
     */
    public interface Screen {
        /** The view model of the view shown (its links, filter, scheme). */
        ExplorerViewModel model();

        /** Presenter mode's own title and subtitle, which a picture or report takes when set. */
        PresenterViewModel presenter();

        /** Whether the super-cluster map is shown instead of the firm map. */
        boolean showsSuperClusters();

        /**
         * A picture of the map shown, under a title band (on the JavaFX thread), in the light
         * colours or presenter mode's dark ones whatever the screen shows.
         *
         * @throws IllegalStateException when the map has not been drawn yet
         */
        MapScene mapPicture(String title, String subtitle, boolean dark);

        /** Whether the map is shown in the dark theme now (presenter mode's), the picture's first offer. */
        boolean isDark();

        /** {@code scene} painted at {@code scale} as pixels, as the screen draws it (on the JavaFX thread). */
        BufferedImage paint(MapScene scene, double scale);

        /** Shows what an import did: what was stored, the errors and warnings ({@link ImportReportDialog}). */
        void showImportReport(DatabaseImport.Outcome outcome);

        /** The filter in words, as the status bar shows it: a picture's subtitle unless the presenter has one. */
        String filterWords();
    }

    private final FileChoice choice;
    private final Notices notices;
    private final UiTasks tasks;
    private final Workspace workspace;
    private final Screen screen;
    private final RecentFiles recent;
    private final ReportActions reports;
    private final ImportCommands imports;

    /**
     * @param choice asks the user for files
     * @param notices tells the user what was done, or why it could not be
     * @param tasks runs the work in the background, shown in the status bar
     * @param workspace the open database; opens another
     * @param recent the recently opened databases; the open one goes first
     * @param screen the window's pictures and dialogs
     */
    public FileCommandsViewModel(FileChoice choice, Notices notices, UiTasks tasks, Workspace workspace,
                                 RecentFiles recent, Screen screen) {
        this.choice = Objects.requireNonNull(choice, "choice");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.screen = Objects.requireNonNull(screen, "screen");
        this.reports = new ReportActions(choice, notices, tasks, workspace, screen);
        this.imports = new ImportCommands(choice, notices, tasks, workspace, screen, this::createDatabase);
        // The window builds new commands for every database it opens: the one it shows is the one
        // that opened, so it goes first in the list (a file that failed to open is not listed).
        workspace.database().ifPresent(recent::add);
    }

    /** The open database file; empty when none is open or it is open read-only. */
    public Optional<Path> database() {
        return workspace.database();
    }

    /** The recently opened databases, for the Open recent menu. */
    public RecentFiles recentFiles() {
        return recent;
    }

    /** Asks for a database file and opens it. */
    public void openDatabase() {
        choice.database().ifPresent(workspace::open);
    }

    /** Opens a database file (from the recent list). */
    public void open(Path database) {
        workspace.open(Objects.requireNonNull(database, "database"));
    }

    /** Asks for a new database file, creates it empty and opens it. */
    public void newDatabase() {
        choice.newDatabase().ifPresent(this::createDatabase);
    }

    /**
     * Creates an empty database in {@code file} (in the background) and opens it. A file already
     * there is never replaced: that is told, and nothing changes.
     */
    public void createDatabase(Path file) {
        createDatabase(file, workspace::open);
    }

    /** Creates an empty database in {@code file} (in the background), then hands it to {@code then}. */
    void createDatabase(Path file, Consumer<Path> then) {
        Objects.requireNonNull(file, "file");
        tasks.task(work -> {
            if (Files.exists(file)) {
                throw new StoreException(I18n.format("newDatabase.exists", file.getFileName()));
            }
            Database.open(file, true, Database.BUSY_TIMEOUT_MS_DEFAULT).close();
            return file;
        }).onSuccess(then::accept)
                .onFailureSay(I18n.format("newDatabase.failed", file))
                .start();
    }

    /**
     * Whether an import can start: a database is open for writing, no import runs and no import
     * dialog is open.
     */
    public BooleanBinding canImportProperty() {
        return imports.canImport();
    }

    /** Whether an import without the dialog runs. */
    public ReadOnlyBooleanProperty importingProperty() {
        return imports.importing();
    }

    /**
     * The import dialog to show, or null: set when files were chosen or dropped (and, with the
     * synthetic sample open, a new database was made for them); the view shows it and says when
     * it closed ({@link #importDialogClosed()}).
     */
    public ReadOnlyObjectProperty<ImportDialogViewModel> importDialogProperty() {
        return imports.dialog();
    }

    /** Asks for files and opens the import dialog with them. */
    public void importFiles() {
        imports.chooseAndOpen();
    }

    /** Files dropped on the window: the import dialog opens with them. */
    public void importDropped(List<Path> files) {
        imports.open(Objects.requireNonNull(files, "files"));
    }

    /** The import dialog closed (a new database made for it is opened now if no import did). */
    public void importDialogClosed() {
        imports.dialogClosed();
    }

    /**
     * Imports {@code files} into the open database at once, without the dialog, in the
     * background, shown in the status bar; then shows the import report, and reloads the database
     * when its data changed. Cancel asks the importer to stop: it stops unless it is already
     * committing, and the import's own end (stored or not) is what the user is told.
     */
    public void importFiles(List<Path> files, Importer.Options options) {
        imports.importNow(files, options);
    }

    /** Asks where and how to export the view shown, and writes it in the background. */
    public void exportView() {
        NetworkView shown = screen.model().linksProperty().get().view();
        Optional<FileChoice.ExportTarget> target = choice.exportTarget(fileStem() + "-view");
        if (target.isEmpty()) {
            return;
        }
        Path where = target.get().location();
        tasks.task(work -> ViewExport.write(shown, target.get().format(), where, work))
                .shownAs("task.export").cancelAsksWork()
                .onSuccess(w -> notices.notice(() -> I18n.format("export.done", w.firms(), w.links(), w.location())))
                .onCancelled(() -> notices.notice(() -> I18n.get("export.cancelled")))
                .onFailure(t -> notices.error(I18n.format("export.failed", where),
                        t instanceof ViewExport.ExportException x && x.failure() == ViewExport.Failure.NOT_A_FOLDER
                                ? I18n.format("export.notAFolder", where.getFileName())
                                : I18n.format("export.cannotWrite", Notices.reason(t))))
                .start();
    }

    /**
     * Asks for a picture export, takes the picture of the map as it is now (on this thread, the
     * JavaFX one: PNG pixels are painted here), then writes the file in the background.
     */
    public void exportImage() {
        String subtitle = screen.filterWords();
        String suggested = fileStem() + (screen.showsSuperClusters() ? "-super-clusters" : "-map");
        // The presenter's title and subtitle when set (a scene's, or written on screen): the
        // picture then reads as the slide shown.
        String ownTitle = screen.presenter().titleProperty().get();
        String ownSubtitle = screen.presenter().subtitleProperty().get();
        Optional<FileChoice.ImageTarget> target = choice.imageTarget(suggested,
                ownTitle == null || ownTitle.isBlank() ? I18n.get("app.title") : ownTitle,
                ownSubtitle == null || ownSubtitle.isBlank() ? subtitle : ownSubtitle, screen.isDark());
        if (target.isEmpty()) {
            return;
        }
        FileChoice.ImageTarget t = target.get();
        MapScene scene;
        try {
            scene = screen.mapPicture(t.title(), t.subtitle(), t.dark());
        } catch (IllegalStateException notDrawn) {
            notices.error(I18n.format("export.failed", t.location()), I18n.get("imageExport.notDrawn"));
            return;
        }
        BufferedImage png = t.format() == ImageExport.Format.PNG ? screen.paint(scene, t.scale()) : null;
        tasks.task(work -> png != null ? ImageExport.writePng(png, t.location(), work)
                        : ImageExport.writeSvg(scene, t.location(), work))
                .shownAs("task.exportImage").cancelAsksWork()
                .onSuccess(written -> notices.notice(() -> I18n.format("imageExport.done", written)))
                .onCancelled(() -> notices.notice(() -> I18n.get("export.cancelled")))
                .onFailure(x -> notices.error(I18n.format("export.failed", t.location()),
                        I18n.format("export.cannotWrite", Notices.reason(x))))
                .start();
    }

    /** Asks for an HTML file and writes the report of the view shown into it, in the background. */
    public void exportReport() {
        reports.exportReport();
    }

    /** Asks for a folder and writes the analysis tables of the view shown into it, in the background. */
    public void exportTables() {
        reports.exportTables();
    }

    /** The open database's name without its extension ("network" without one), to suggest file names. */
    private String fileStem() {
        return workspace.database().map(FileCommandsViewModel::stem).orElse("network");
    }

    private static String stem(Path p) {
        String n = String.valueOf(p.getFileName());
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
