package org.supracluster.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.export.MapScene;
import org.supracluster.ingest.Importer;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Network;
import org.supracluster.store.Database;
import org.supracluster.store.ImportCounts;
import org.supracluster.store.NetworkStore;
import org.supracluster.ui.BackgroundWork;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.RecordingNotices;
import org.supracluster.ui.UiTasks;
import org.supracluster.ui.Workspace;
import org.supracluster.ui.map.NetworkGraphTest;
import org.supracluster.ui.presenter.PresenterViewModel;

/**
 * The File menu's commands as a view model: no window, no toolkit, no thread. The file dialogs,
 * the workspace and the window's screen are the test's; work runs at once (or waits in a queue
 * when the test presses Cancel first); what the user would be told is recorded.
 */
class FileCommandsViewModelTest {

    @TempDir
    Path dir;

    private Path db;
    private final RecordingNotices notices = new RecordingNotices();
    private final List<Path> opened = new ArrayList<>();
    private final List<DatabaseImport.Outcome> reports = new ArrayList<>();

    /** The file dialogs, answering what each test sets. */
    private final AnsweringFileChoice choice = new AnsweringFileChoice();

    /** The open database is {@link #db}; opening another is remembered, not done. */
    private final Workspace workspace = new Workspace() {
        @Override
        public Optional<Path> database() {
            return Optional.ofNullable(db);
        }

        @Override
        public void open(Path database) {
            opened.add(database);
        }

        @Override
        public void showScheme(ClusterScheme scheme) {
        }
    };

    private final FileCommandsViewModel.Screen screen = new FileCommandsViewModel.Screen() {
        private final ExplorerViewModel model = new ExplorerViewModel(NetworkGraphTest.network(),
                ClusterScheme.defaultFive());
        private final PresenterViewModel presenter = new PresenterViewModel();

        @Override
        public ExplorerViewModel model() {
            return model;
        }

        @Override
        public PresenterViewModel presenter() {
            return presenter;
        }

        @Override
        public boolean showsSuperClusters() {
            return false;
        }

        @Override
        public MapScene mapPicture(String title, String subtitle, boolean dark) {
            throw new IllegalStateException("no map drawn in this test");
        }

        @Override
        public boolean isDark() {
            return false;
        }

        @Override
        public BufferedImage paint(MapScene scene, double scale) {
            throw new AssertionError("nothing to paint in this test");
        }

        @Override
        public void showImportReport(DatabaseImport.Outcome outcome) {
            reports.add(outcome);
        }

        @Override
        public String filterWords() {
            return "Filter: none";
        }
    };

    @BeforeEach
    void setUp() {
        I18n.setLocale(Locale.ENGLISH);
        db = DatabaseImportTest.emptyDatabase(dir);
    }

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private FileCommandsViewModel commands(UiTasks tasks) {
        return new FileCommandsViewModel(choice, notices, tasks, workspace,
                new RecentFiles(RecentFilesStore.inMemory()), screen);
    }

    private FileCommandsViewModel commands() {
        return commands(notices.tasks());
    }

    private List<Path> dataFiles() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        return List.of(DatabaseImportTest.write(data, "firms.csv", DatabaseImportTest.FIRMS),
                DatabaseImportTest.write(data, "links.csv", DatabaseImportTest.LINKS));
    }

    private Network stored() {
        try (Database d = Database.open(db, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            return NetworkStore.of(d).load();
        }
    }

    @Test
    void openAsksForADatabaseAndOpensTheOneChosen() throws IOException {
        FileCommandsViewModel commands = commands();
        commands.openDatabase();
        assertEquals(List.of(), opened, "the dialog was cancelled: nothing opens");
        choice.openAnswer = Files.writeString(dir.resolve("other.db"), "");
        commands.openDatabase();
        assertEquals(List.of(choice.openAnswer), opened);
        assertEquals(List.of(), notices.told());
    }

    @Test
    void theOpenDatabaseGoesFirstInTheRecentListAndARecentOneOpens() {
        FileCommandsViewModel commands = commands();
        assertEquals(List.of(db.toAbsolutePath().normalize()), commands.recentFiles().files());
        commands.open(commands.recentFiles().files().get(0));
        assertEquals(List.of(db.toAbsolutePath().normalize()), opened);
    }

    @Test
    void importAsksForFilesOpensTheDialogWithThemAndItsImportReloadsTheMap() throws IOException {
        FileCommandsViewModel commands = commands();
        assertTrue(commands.canImportProperty().get());
        choice.importAnswer = dataFiles();
        commands.importFiles();
        ImportDialogViewModel dialog = commands.importDialogProperty().get();
        assertEquals(db, dialog.database());
        assertEquals(List.of("firms.csv", "links.csv"), dialog.files().stream().map(ImportFile::name).toList());
        assertFalse(commands.canImportProperty().get(), "one import dialog at a time");
        assertEquals(0, choice.askedAboutSample, "the user's own database: no question");
        dialog.importFiles();
        DatabaseImport.Outcome outcome = dialog.results().outcome();
        assertTrue(outcome.stored());
        assertEquals(new ImportCounts(3, 0, 0, 2, 0, 0), outcome.counts());
        assertEquals(3, stored().firmCount());
        assertEquals(List.of(db), opened, "the map reloads the database to show the new firms");
        commands.importDialogClosed();
        assertEquals(List.of(db), opened, "closing does not reload again");
        assertEquals(null, commands.importDialogProperty().get());
        assertEquals(List.of(), notices.told());
        assertTrue(commands.canImportProperty().get(), "the next import may start");
    }

    @Test
    void filesDroppedOnTheWindowOpenTheSameDialog() throws IOException {
        FileCommandsViewModel commands = commands();
        commands.importDropped(dataFiles());
        assertEquals(2, commands.importDialogProperty().get().files().size());
    }

    @Test
    void withTheSampleOpenAnImportAsksForANewDatabaseAndGoesThere() throws IOException {
        markSynthetic(db);
        FileCommandsViewModel commands = commands();
        choice.startNew = true;
        choice.newAnswer = dir.resolve("mine.db");
        commands.importDropped(dataFiles());
        assertEquals(1, choice.askedAboutSample);
        ImportDialogViewModel dialog = commands.importDialogProperty().get();
        assertEquals(choice.newAnswer, dialog.database(), "the dialog imports into the new database");
        assertEquals(List.of(), opened, "the window keeps the sample until the import");
        dialog.importFiles();
        assertEquals(List.of(choice.newAnswer), opened, "then it shows the new database");
        try (Database d = Database.open(choice.newAnswer, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            assertEquals(3, NetworkStore.of(d).load().firmCount());
            assertEquals(null, NetworkStore.of(d).metadata().get("synthetic"), "the user's data is not synthetic");
        }
        assertEquals(1, stored().firmCount(), "the sample is as it was");
    }

    @Test
    void aNewDatabaseMadeForAnImportOpensWhenTheDialogClosesWithoutImporting() throws IOException {
        markSynthetic(db);
        FileCommandsViewModel commands = commands();
        choice.startNew = true;
        choice.newAnswer = dir.resolve("mine.db");
        commands.importDropped(dataFiles());
        commands.importDialogClosed();
        assertEquals(List.of(choice.newAnswer), opened);
    }

    @Test
    void decliningANewDatabaseImportsNothingIntoTheSample() throws IOException {
        markSynthetic(db);
        FileCommandsViewModel commands = commands();
        choice.importAnswer = dataFiles();
        commands.importFiles();
        assertEquals(1, choice.askedAboutSample);
        assertEquals(null, commands.importDialogProperty().get());
        assertEquals(1, stored().firmCount(), "only the sample's own firm");
        assertEquals(List.of(), opened);
    }

    @Test
    void newDatabaseAsksForAFileCreatesItEmptyAndOpensIt() {
        FileCommandsViewModel commands = commands();
        commands.newDatabase();
        assertEquals(List.of(), opened, "the dialog was cancelled: nothing is made");
        choice.newAnswer = dir.resolve("fresh.db");
        commands.newDatabase();
        assertEquals(List.of(choice.newAnswer), opened);
        assertTrue(Files.isRegularFile(choice.newAnswer));
        assertEquals(false, DatabaseImport.isSample(choice.newAnswer), "a user's new database is not the sample");
    }

    /** Makes {@code file} look like a database made from the sample: one firm, marked synthetic. */
    private void markSynthetic(Path file) throws IOException {
        Path firm = DatabaseImportTest.write(Files.createDirectories(dir.resolve("sample")), "firms.csv",
                "id,name,region\ns1,가상 표본 기업,경기\n");
        try (Database d = Database.open(file, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            assertTrue(Importer.importFiles(d, List.of(firm), new Importer.Options(null, null, false,
                    java.util.Map.of("synthetic", "true"))).stored());
        }
        assertTrue(DatabaseImport.isSample(file));
    }

    @Test
    void importWithOptionsStoresAsTold() throws IOException {
        // The options the command line's flags give; here metadata stored with the data.
        Importer.Options options = new Importer.Options(null, null, false, java.util.Map.of("source", "survey 2024"));
        commands().importFiles(dataFiles(), options);
        assertTrue(reports.get(0).stored(), reports.get(0).problems().toString());
        try (Database d = Database.open(db, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            assertEquals("survey 2024", NetworkStore.of(d).metadata().get("source"));
        }
    }

    @Test
    void anImportThatFailsSaysWhyInPlainWordsAndReloadsNothing() throws IOException {
        db = dir.resolve("gone.db"); // the open database went missing: the import cannot open it
        FileCommandsViewModel commands = commands();
        commands.importFiles(dataFiles(), Importer.Options.defaults());
        assertEquals(List.of(new RecordingNotices.Told(RecordingNotices.Kind.ERROR,
                "The import failed: nothing was stored", "No database at " + db + ".")), notices.told());
        assertEquals(List.of(), reports);
        assertEquals(List.of(), opened);
        assertTrue(commands.canImportProperty().get());
    }

    @Test
    void filesWithErrorsAreReportedAndNothingIsReloaded() throws IOException {
        Path bad = DatabaseImportTest.write(dir, "bad-firms.csv", "id,name,region\nx1,어딘가 001,Atlantis\n");
        commands().importFiles(List.of(bad), Importer.Options.defaults());
        assertFalse(reports.get(0).stored());
        assertEquals(1, reports.get(0).errorCount());
        assertEquals(List.of(), opened, "nothing stored: nothing to reload");
        assertEquals(0, stored().firmCount());
    }

    @Test
    void cancelInTheStatusBarStopsTheImportBeforeAnythingIsStored() throws IOException {
        Queue<Runnable> work = new ArrayDeque<>();
        BackgroundWork statusBar = new BackgroundWork();
        FileCommandsViewModel commands = commands(new UiTasks(work::add, Runnable::run, statusBar, notices));
        commands.importFiles(dataFiles(), Importer.Options.defaults());
        assertTrue(statusBar.runningProperty().get());
        assertEquals("task.import", statusBar.labelKeyProperty().get());
        assertFalse(commands.canImportProperty().get(), "one import at a time");
        statusBar.cancel();
        assertTrue(statusBar.runningProperty().get(), "the importer decides when it has stopped");
        work.remove().run();
        assertFalse(statusBar.runningProperty().get());
        assertEquals(List.of("The import was stopped: nothing was stored"), notices.notices());
        assertEquals(List.of(), notices.errors());
        assertEquals(List.of(), reports);
        assertEquals(List.of(), opened);
        assertEquals(0, stored().firmCount());
        assertTrue(commands.canImportProperty().get());
    }

    @Test
    void cancellingTheFileDialogImportsNothing() {
        FileCommandsViewModel commands = commands();
        commands.importFiles();
        assertEquals(null, commands.importDialogProperty().get());
        assertEquals(List.of(), reports);
        assertEquals(List.of(), notices.told());
    }

    @Test
    void withoutAnOpenDatabaseThereIsNothingToImportInto() throws IOException {
        db = null;
        FileCommandsViewModel commands = commands();
        assertFalse(commands.canImportProperty().get());
        commands.importFiles(dataFiles(), Importer.Options.defaults());
        assertEquals(List.of(), reports);
    }

    @Test
    void aNewDatabaseIsCreatedEmptyAndOpened() {
        Path fresh = dir.resolve("new").resolve("fresh.db");
        commands().createDatabase(fresh);
        assertEquals(List.of(fresh), opened);
        try (Database d = Database.open(fresh, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            assertEquals(0, NetworkStore.of(d).load().firmCount());
        }
        assertEquals(List.of(), notices.told());
    }

    @Test
    void aNewDatabaseNeverReplacesAFile() throws IOException {
        Path taken = Files.writeString(dir.resolve("taken.db"), "notes");
        commands().createDatabase(taken);
        assertEquals(List.of(), opened);
        assertEquals(List.of(new RecordingNotices.Told(RecordingNotices.Kind.ERROR,
                "Could not create the database " + taken,
                "A file named taken.db is already there. A new database never replaces a file: choose another name.")),
                notices.told());
        assertEquals("notes", Files.readString(taken));
    }

    @Test
    void anImageOfAMapNotDrawnYetIsRefusedWithASentence() {
        FileChoice imageChoice = new NoFileChoice() {
            @Override
            public Optional<ImageTarget> imageTarget(String suggestedName, String title, String subtitle,
                                                     boolean dark) {
                return Optional.of(new ImageTarget(dir.resolve(suggestedName + ".svg"), ImageExport.Format.SVG, 1,
                        title, subtitle, false));
            }
        };
        new FileCommandsViewModel(imageChoice, notices, notices.tasks(), workspace,
                new RecentFiles(RecentFilesStore.inMemory()), screen).exportImage();
        assertEquals(1, notices.errors().size());
        assertEquals("Could not export to " + dir.resolve("test-map.svg"), notices.errors().get(0).header());
    }
}
