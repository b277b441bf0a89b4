package org.supracluster.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.supracluster.ingest.Importer;
import org.supracluster.ui.I18n;
import org.supracluster.ui.Notices;
import org.supracluster.ui.UiTasks;
import org.supracluster.ui.Workspace;

/**
 * The File menu's import commands ({@link FileCommandsViewModel} delegates to them): files chosen
 * or dropped on the window open the import dialog ({@link #dialogProperty()}, which the menu
 * shows); a user's import never lands in the synthetic sample by accident, so with the sample open
 * the user is asked to start a new database first, and the dialog imports into that one. After an
 * import that changed the data the window reloads the database. No {@code Node}.
 */
final class ImportCommands {

    private final FileChoice choice;
    private final Notices notices;
    private final UiTasks tasks;
    private final Workspace workspace;
    private final FileCommandsViewModel.Screen screen;
    private final BiConsumer<Path, Consumer<Path>> create;
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ImportDialogViewModel> dialog = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canImport;
    /** The database this dialog's import reloaded the window with, so closing it does not open it twice. */
    private Path reloaded;

    /**
     * @param create creates an empty database file in the background, then hands it on
     */
    ImportCommands(FileChoice choice, Notices notices, UiTasks tasks, Workspace workspace,
                   FileCommandsViewModel.Screen screen, BiConsumer<Path, Consumer<Path>> create) {
        this.choice = choice;
        this.notices = notices;
        this.tasks = tasks;
        this.workspace = workspace;
        this.screen = screen;
        this.create = create;
        // A database to import into, one import at a time, one dialog at a time.
        this.canImport = Bindings.createBooleanBinding(() -> workspace.database().isPresent() && !importing.get()
                && dialog.get() == null, importing, dialog);
    }

    BooleanBinding canImport() {
        return canImport;
    }

    ReadOnlyBooleanProperty importing() {
        return importing.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ImportDialogViewModel> dialog() {
        return dialog.getReadOnlyProperty();
    }

    /** Asks for files, then opens the import dialog with them. */
    void chooseAndOpen() {
        if (canImport.get()) {
            open(choice.importFiles());
        }
    }

    /**
     * Opens the import dialog with {@code files} for the open database; when that is the
     * synthetic sample, asks whether to start a new database and imports into that one instead
     * (or into nothing, when the user says no).
     */
    void open(List<Path> files) {
        Optional<Path> db = workspace.database();
        if (db.isEmpty() || files.isEmpty() || !canImport.get()) {
            return;
        }
        tasks.task(work -> DatabaseImport.isSample(db.get())).onSuccess(sample -> {
            if (!sample) {
                show(db.get(), files);
            } else if (choice.startNewDatabaseForImport()) {
                choice.newDatabase().ifPresent(fresh -> create.accept(fresh, made -> show(made, files)));
            }
        }).onFailureSay(I18n.format("app.openFailed", db.get().getFileName())).start();
    }

    private void show(Path target, List<Path> files) {
        reloaded = null;
        dialog.set(new ImportDialogViewModel(target, files, choice, notices, tasks, this::imported));
    }

    /** An import of the dialog stored data: the window shows it. */
    private void imported(DatabaseImport.Outcome outcome) {
        if (outcome.changedData() || !outcome.database().equals(workspace.database().orElse(null))) {
            reloaded = outcome.database();
            workspace.open(outcome.database());
        }
    }

    /**
     * The dialog was closed: a new database made for it is opened even when nothing was imported
     * (the user asked for it).
     */
    void dialogClosed() {
        ImportDialogViewModel closed = dialog.get();
        if (closed == null) {
            return;
        }
        dialog.set(null);
        closed.close();
        Path target = closed.database();
        if (!target.equals(reloaded) && !target.equals(workspace.database().orElse(null))) {
            workspace.open(target);
        }
    }

    /**
     * Imports {@code files} at once, without the dialog, in the background, shown in the status
     * bar; then shows the import report, and reloads the database when its data changed. Cancel
     * asks the importer to stop: it stops unless it is already committing, and the import's own
     * end (stored or not) is what the user is told, never a guess.
     */
    void importNow(List<Path> files, Importer.Options options) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(options, "options");
        Optional<Path> db = workspace.database();
        if (db.isEmpty() || importing.get() || files.isEmpty()) {
            return;
        }
        importing.set(true);
        tasks.task(work -> DatabaseImport.run(db.get(), files, options, work))
                .shownAs("task.import").cancelAsksWork()
                .onSuccess(outcome -> {
                    importing.set(false);
                    screen.showImportReport(outcome);
                    if (outcome.changedData()) {
                        workspace.open(db.get());
                    }
                })
                .onCancelled(() -> {
                    importing.set(false);
                    notices.notice(() -> I18n.get("import.cancelled"));
                })
                .onFailure(t -> {
                    importing.set(false);
                    notices.error(I18n.get("import.failed"), Notices.reason(t));
                })
                .start();
    }
}
