package org.supracluster.ui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.supracluster.ingest.FileKind;
import org.supracluster.ingest.ImportPreview;
import org.supracluster.ingest.Importer;
import org.supracluster.ui.I18n;
import org.supracluster.ui.Notices;
import org.supracluster.ui.UiTasks;

/**
 * The import dialog's state and commands: the files to import into one database, each with its
 * kind, encoding and sheet (recognised, or chosen) and its preview, whose column drop-downs say
 * what each column is read as; the options (strict, fractional patent weight, trade weight); a
 * check (a dry run: everything read and counted, nothing stored) and the import itself, both in
 * the background ({@link UiTasks}) with Cancel; then the results ({@link ImportResultsViewModel}).
 * It never sees a {@code Node}: tested without a window. Used on the JavaFX thread.
 */
public final class ImportDialogViewModel {

    /** What the dialog is doing. */
    public enum Activity { IDLE, CHECKING, IMPORTING }

    private final Path database;
    private final FileChoice choice;
    private final Notices notices;
    private final UiTasks tasks;
    private final Consumer<DatabaseImport.Outcome> imported;
    private final ObservableList<ImportFile> files = FXCollections.observableArrayList();
    private final ObservableList<ImportFile> filesReadOnly = FXCollections.unmodifiableObservableList(files);
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<ImportFile> current = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty strict = new SimpleBooleanProperty();
    private final BooleanProperty fractionalPatents = new SimpleBooleanProperty();
    private final BooleanProperty tradeWeightIsCount = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Activity> activity = new ReadOnlyObjectWrapper<>(Activity.IDLE);
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper();
    private final ImportResultsViewModel results;
    private UiTasks.Run<DatabaseImport.Outcome> run;
    /** How many times each file was asked to be read: only the newest reading is shown. */
    private final Map<Path, Integer> readings = new LinkedHashMap<>();

    /**
     * @param database the database to import into
     * @param files the files to start with (chosen, or dropped on the window)
     * @param choice asks for more files, and where to export the unmatched names
     * @param imported hears of an import that stored data (the window reloads the map)
     */
    public ImportDialogViewModel(Path database, List<Path> files, FileChoice choice, Notices notices, UiTasks tasks,
                                 Consumer<DatabaseImport.Outcome> imported) {
        this.database = Objects.requireNonNull(database, "database");
        this.choice = Objects.requireNonNull(choice, "choice");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.imported = Objects.requireNonNull(imported, "imported");
        this.results = new ImportResultsViewModel(new AcceptedAliases(database), choice, notices, tasks);
        selected.addListener((o, was, now) -> current.set(at(now.intValue())));
        activity.addListener((o, was, now) -> updateCanRun());
        strict.addListener((o, was, now) -> results.clear());
        fractionalPatents.addListener((o, was, now) -> results.clear());
        tradeWeightIsCount.addListener((o, was, now) -> results.clear());
        addFiles(files);
    }

    /** The database the files go into. */
    public Path database() {
        return database;
    }

    /** Adds files (a file already listed is not added twice) and reads them; the first new one is selected. */
    public void addFiles(List<Path> paths) {
        if (activity.get() != Activity.IDLE) {
            return;
        }
        int first = -1;
        for (Path p : paths) {
            Path file = p.toAbsolutePath().normalize();
            if (files.stream().anyMatch(f -> f.path().equals(file))) {
                continue;
            }
            files.add(ImportFile.of(file));
            first = first < 0 ? files.size() - 1 : first;
            read(files.get(files.size() - 1));
        }
        if (first >= 0) {
            select(first);
        }
        changed();
    }

    /** Asks for more files and adds them. */
    public void chooseFiles() {
        addFiles(choice.importFiles());
    }

    /** Takes the selected file off the list. */
    public void removeSelected() {
        int i = selected.get();
        if (i < 0 || i >= files.size() || activity.get() != Activity.IDLE) {
            return;
        }
        files.remove(i);
        select(Math.min(i, files.size() - 1));
        changed();
    }

    public void select(int index) {
        selected.set(index);
        current.set(at(index));
    }

    /** The selected file read as this kind ({@code null}: recognised). */
    public void setKind(FileKind kind) {
        change(f -> Objects.equals(f.kind(), kind) ? f : f.withKind(kind));
    }

    public void setEncoding(ImportFile.Encoding encoding) {
        change(f -> f.encoding() == encoding ? f : f.withEncoding(encoding));
    }

    /** The selected workbook's sheet to read ({@code null}: the first). */
    public void setSheet(String sheet) {
        change(f -> Objects.equals(f.sheet(), sheet) ? f : f.withSheet(sheet));
    }

    /**
     * The selected file's column {@code column} read as {@code field} (or kept as an attribute,
     * {@link ImportFile#ATTRIBUTE}); the preview is read again to show what the import will read.
     */
    public void setColumn(int column, String field) {
        change(f -> {
            if (f.preview() == null || column < 0 || column >= f.preview().header().size()
                    || f.preview().fields().get(column).equals(field)) {
                return f;
            }
            return f.withColumn(f.preview().header().get(column), field);
        });
    }

    private void change(UnaryOperator<ImportFile> how) {
        int i = selected.get();
        ImportFile f = at(i);
        if (f == null || activity.get() != Activity.IDLE) {
            return;
        }
        ImportFile changed = how.apply(f);
        if (changed != f) {
            files.set(i, changed);
            current.set(changed);
            read(changed);
            changed();
        }
    }

    /** Reads a file's preview in the background; the newest reading of a file wins. */
    private void read(ImportFile f) {
        int n = readings.merge(f.path(), 1, Integer::sum);
        Importer.Options reading = f.reading(common());
        tasks.task(work -> ImportPreview.of(f.path(), reading))
                .onSuccess(p -> {
                    if (readings.get(f.path()) != n) {
                        return;
                    }
                    for (int i = 0; i < files.size(); i++) {
                        if (files.get(i).path().equals(f.path())) {
                            ImportFile read = files.get(i).withPreview(p);
                            files.set(i, read);
                            if (i == selected.get()) {
                                current.set(read);
                            }
                        }
                    }
                })
                .start();
    }

    /** The files or choices changed: what a check found no longer holds. */
    private void changed() {
        results.clear();
        updateCanRun();
    }

    private void updateCanRun() {
        canRun.set(!files.isEmpty() && activity.get() == Activity.IDLE);
    }

    /** Checks everything (a dry run) in the background: errors, unmatched names, placements; nothing is stored. */
    public void check() {
        start(true);
    }

    /** Imports the files in the background; Cancel stops it before anything is stored. */
    public void importFiles() {
        start(false);
    }

    private void start(boolean dryRun) {
        if (!canRun.get()) {
            return;
        }
        List<ImportFile> chosen = List.copyOf(files);
        Importer.Options common = common().withDryRun(dryRun);
        AcceptedAliases aliases = results.aliases();
        activity.set(dryRun ? Activity.CHECKING : Activity.IMPORTING);
        run = tasks.task(work -> {
            List<Path> paths = new ArrayList<>();
            Map<Path, Importer.Options> reading = new LinkedHashMap<>();
            for (ImportFile f : chosen) {
                paths.add(f.path());
                reading.put(f.path(), f.reading(common));
            }
            aliases.pendingFile().ifPresent(paths::add);
            return DatabaseImport.run(database, paths, common, reading, work);
        }).shownAs(dryRun ? "task.check" : "task.import").cancelAsksWork()
                .onSuccess(outcome -> {
                    activity.set(Activity.IDLE);
                    if (outcome.stored()) {
                        aliases.pendingStored();
                    }
                    results.show(outcome);
                    if (outcome.stored()) {
                        imported.accept(outcome);
                    }
                })
                .onCancelled(() -> {
                    activity.set(Activity.IDLE);
                    notices.notice(() -> I18n.get(dryRun ? "importDialog.checkCancelled" : "import.cancelled"));
                })
                .onFailure(t -> {
                    activity.set(Activity.IDLE);
                    notices.error(I18n.get(dryRun ? "importDialog.checkFailed.header" : "import.failed"),
                            Notices.reason(t));
                })
                .start();
    }

    /** Asks the check or import under way to stop; it stops unless it is already storing. */
    public void cancel() {
        if (run != null && activity.get() != Activity.IDLE) {
            run.stop();
        }
    }

    /** The options common to every file, as the check boxes say. */
    Importer.Options common() {
        return new Importer.Options(null, null, tradeWeightIsCount.get(), Map.of()).withStrict(strict.get())
                .withFractionalPatents(fractionalPatents.get());
    }

    private ImportFile at(int i) {
        return i >= 0 && i < files.size() ? files.get(i) : null;
    }

    /** The files, in the order they were added. */
    public ObservableList<ImportFile> files() {
        return filesReadOnly;
    }

    /** The index of the file whose choices and preview are shown, -1 for none. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** The selected file with its preview (null for none). */
    public ReadOnlyObjectProperty<ImportFile> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Whether a party of a raw record that matches no firm is an error (else it is left out and listed). */
    public BooleanProperty strictProperty() {
        return strict;
    }

    /** Whether a co-patent pair of an n-applicant patent weighs 1/(n−1) (else 1). */
    public BooleanProperty fractionalPatentsProperty() {
        return fractionalPatents;
    }

    /** Whether a trade link's weight is its number of records (else the summed amount). */
    public BooleanProperty tradeWeightIsCountProperty() {
        return tradeWeightIsCount;
    }

    public ReadOnlyObjectProperty<Activity> activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** Whether Check and Import can start: files are listed and nothing runs. */
    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    /** What the last check or import found. */
    public ImportResultsViewModel results() {
        return results;
    }

    /** The dialog closed: stops what runs, lets go of the language and the waiting aliases' file. */
    public void close() {
        cancel();
        results.dispose();
        results.aliases().close();
    }
}
