package org.supracluster.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ui.explorer.ExplorerView;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;
import org.supracluster.ui.Workspace;
import org.supracluster.ui.map.NetworkGraphTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File and Help menus in a real window (headless Monocle): shortcuts, the About dialog, and
 * import and export run from the keyboard with file choices given by the test and tasks run at once.
 */
@ExtendWith(ApplicationExtension.class)
class FileMenuTest {

    @TempDir
    static Path dir;

    private ExplorerView view;
    private Path db;
    private Path missing;
    private final List<Path> opened = new ArrayList<>();
    private final AtomicBoolean quit = new AtomicBoolean();

    /** The file dialogs, answering what each test sets. */
    private final AnsweringFileChoice choice = new AnsweringFileChoice();

    @Start
    void start(Stage stage) throws IOException {
        I18n.setLocale(Locale.ENGLISH);
        Fonts.load();
        Path here = Files.createTempDirectory(dir, "case");
        db = DatabaseImportTest.emptyDatabase(here);
        missing = here.resolve("gone.db");
        RecentFilesStore store = RecentFilesStore.inMemory();
        store.save(List.of(missing));
        Workspace workspace = new Workspace() {
            @Override
            public Optional<Path> database() {
                return Optional.of(db);
            }

            @Override
            public void open(Path database) {
                opened.add(database);
            }

            @Override
            public void showScheme(ClusterScheme scheme) {
            }
        };
        view = new ExplorerView(new ExplorerViewModel(NetworkGraphTest.network(), ClusterScheme.defaultFive()),
                workspace, new FileMenu.Services(choice, store, Runnable::run, () -> quit.set(true)));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeViewAndDialogs(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != view.getScene().getWindow()) {
                    w.hide();
                }
            }
            // The whole view, not only its map: language listeners would keep it (and its
            // graph) for the rest of the test run.
            view.dispose();
            I18n.setLocale(Locale.ENGLISH);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem item(String id) {
        for (Menu m : view.menuBar().getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (id.equals(i.getId())) {
                    return i;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private static Optional<DialogPane> dialog(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQueryAs(DialogPane.class);
    }

    private static void snapshot(Node node, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.getScene().snapshot(null)).get();
        new File("target").mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File("target/" + name + ".png"));
    }

    @Test
    void fileAndHelpMenusAreThereWithTheirShortcuts() {
        // Edit (undo, redo) and Scenes sit between File and Help.
        assertEquals(List.of(FileMenu.FILE_MENU_ID, org.supracluster.ui.history.EditMenu.EDIT_MENU_ID,
                        org.supracluster.ui.scenes.SceneMenu.MENU_ID, FileMenu.HELP_MENU_ID),
                view.menuBar().getMenus().stream().map(Menu::getId).toList());
        assertEquals("File", view.menuBar().getMenus().get(0).getText());
        assertEquals(KeyCombination.keyCombination("Shortcut+N"), item(FileMenu.NEW_DATABASE_ID).getAccelerator());
        assertEquals(KeyCombination.keyCombination("Shortcut+O"), item(FileMenu.OPEN_ID).getAccelerator());
        assertEquals(KeyCombination.keyCombination("Shortcut+I"), item(FileMenu.IMPORT_ID).getAccelerator());
        assertEquals(KeyCombination.keyCombination("Shortcut+E"), item(FileMenu.EXPORT_ID).getAccelerator());
        assertEquals(KeyCombination.keyCombination("Shortcut+Q"), item(FileMenu.QUIT_ID).getAccelerator());
        // F1 is help: the definitions (it opened About before Help ▸ Definitions existed).
        assertEquals(KeyCombination.keyCombination("F1"), item(FileMenu.DEFINITIONS_ID).getAccelerator());
        assertEquals(null, item(FileMenu.ABOUT_ID).getAccelerator());
        assertFalse(item(FileMenu.IMPORT_ID).isDisable(), "a database is open: import is possible");
    }

    @Test
    void theMenusSpeakKoreanAfterASwitch() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> I18n.setLocale(Locale.KOREAN)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("파일", view.menuBar().getMenus().get(0).getText());
        assertEquals("가져오기…", item(FileMenu.IMPORT_ID).getText());
        assertEquals("편집", view.menuBar().getMenus().get(1).getText());
        assertEquals("장면", view.menuBar().getMenus().get(2).getText());
        assertEquals("도움말", view.menuBar().getMenus().get(3).getText());
    }

    @Test
    void openRecentListsTheOpenDatabaseFirstAndGreysAMissingOne() {
        Menu recent = (Menu) item(FileMenu.RECENT_ID);
        MenuItem first = recent.getItems().get(0);
        MenuItem second = recent.getItems().get(1);
        assertTrue(first.getText().startsWith("test.db — "), first.getText());
        assertFalse(first.isDisable());
        assertTrue(second.getText().startsWith("gone.db — ") && second.getText().endsWith("(not found)"),
                second.getText());
        assertTrue(second.isDisable());
        WaitForAsyncUtils.asyncFx(first::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(db), opened);
    }

    @Test
    void ctrlOOpensTheChosenDatabase(FxRobot robot) throws IOException {
        choice.openAnswer = Files.writeString(dir.resolve("other.db"), "");
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(choice.openAnswer), opened);
    }

    @Test
    void aboutShowsVersionAndLicences(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> item(FileMenu.ABOUT_ID).fire());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane about = dialog(robot, AboutDialog.DIALOG_ID).orElseThrow(() -> new AssertionError("no About"));
        String text = robot.from(about).lookup((java.util.function.Predicate<Node>) n -> n instanceof Label).queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + "\n" + b);
        // Run from the build folder there is no jar manifest: the version says so.
        assertTrue(text.contains("Version development"), text);
        assertTrue(text.contains("synthetic"), text);
        assertTrue(text.contains("NanumGothic") && text.contains("Open Font License"), text);
        assertTrue(text.contains("Natural Earth"), text);
        snapshot(about, "about-en");
    }

    @Test
    void f1OpensTheDefinitionsWithEveryFigureInEnglishAndKorean(FxRobot robot) throws Exception {
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        String english = dialogText(robot, DefinitionsDialog.DIALOG_ID);
        assertTrue(english.contains("Participation coefficient P"), english);
        assertTrue(english.contains("P = 1 − Σ (κ_t / k)²") && english.contains("Guimerà & Amaral 2005"), english);
        assertTrue(english.contains("E-I index = (E − I) / (E + I)") && english.contains("Krackhardt & Stern 1988"),
                english);
        assertTrue(english.contains("R6 Connector hub") && english.contains("Gatekeeper"), english);
        assertTrue(english.contains("Fair share 1/K"), english);
        closeDialog(robot, DefinitionsDialog.DIALOG_ID);
        WaitForAsyncUtils.asyncFx(() -> I18n.setLocale(Locale.KOREAN)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("용어 정의", item(FileMenu.DEFINITIONS_ID).getText());
        WaitForAsyncUtils.asyncFx(() -> item(FileMenu.DEFINITIONS_ID).fire());
        WaitForAsyncUtils.waitForFxEvents();
        String korean = dialogText(robot, DefinitionsDialog.DIALOG_ID);
        assertTrue(korean.contains("참여 계수 P"), korean);
        assertTrue(korean.contains("P = 1 − Σ (κ_t / k)²"), korean);
        assertTrue(korean.contains("공정 몫 1/K") && korean.contains("문지기"), korean);
        snapshot(dialog(robot, DefinitionsDialog.DIALOG_ID).orElseThrow(), "definitions-ko");
        closeDialog(robot, DefinitionsDialog.DIALOG_ID);
    }

    private static String dialogText(FxRobot robot, String id) {
        DialogPane pane = dialog(robot, id).orElseThrow(() -> new AssertionError("no dialog " + id));
        return robot.from(pane).lookup((java.util.function.Predicate<Node>) n -> n instanceof Label)
                .queryAllAs(Label.class).stream().map(Label::getText).reduce("", (a, b) -> a + "\n" + b);
    }

    private static void closeDialog(FxRobot robot, String id) throws Exception {
        DialogPane pane = dialog(robot, id).orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> pane.getScene().getWindow().hide()).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importFromTheKeyboardOpensTheDialogWhoseImportStoresAndReloads(FxRobot robot) throws Exception {
        choice.importAnswer = List.of(DatabaseImportTest.write(dir, "firms.csv", DatabaseImportTest.FIRMS),
                DatabaseImportTest.write(dir, "links.csv", DatabaseImportTest.LINKS));
        robot.push(KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = dialog(robot, ImportDialog.DIALOG_ID).orElseThrow(() -> new AssertionError("no import dialog"));
        assertTrue(item(FileMenu.IMPORT_ID).isDisable(), "one import dialog at a time");
        robot.clickOn(robot.from(pane).lookup("#" + ImportDialog.IMPORT_ID).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        Label summary = robot.from(pane).lookup("#" + ImportDialog.SUMMARY_ID).queryAs(Label.class);
        assertTrue(summary.getText().startsWith("Stored in test.db: firms 3 added"), summary.getText());
        assertEquals(List.of(db), opened, "the map reloads the database to show the new firms");
        robot.clickOn(pane.lookupButton(pane.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(item(FileMenu.IMPORT_ID).isDisable(), "closed: the next import may start");
    }

    @Test
    void aBadFileShowsItsErrorsInTheDialogsTableAndNothingIsReloaded(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> I18n.setLocale(Locale.KOREAN)).get();
        choice.importAnswer = List.of(DatabaseImportTest.write(dir, "bad-firms.csv", """
                id,name,region
                x1,어딘가 001,Atlantis
                x2,어딘가 002,
                """));
        robot.push(KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = dialog(robot, ImportDialog.DIALOG_ID).orElseThrow(() -> new AssertionError("no import dialog"));
        robot.clickOn(robot.from(pane).lookup("#" + ImportDialog.CHECK_ID).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        Label summary = robot.from(pane).lookup("#" + ImportDialog.SUMMARY_ID).queryAs(Label.class);
        assertTrue(summary.getText().startsWith("오류 2건과 경고 0건이 있습니다"), summary.getText());
        @SuppressWarnings("unchecked")
        TableView<org.supracluster.ingest.ImportReport.Problem> table = robot.from(pane)
                .lookup("#" + ImportDialog.PROBLEMS_ID).queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        assertEquals("bad-firms.csv", table.getItems().get(0).file());
        assertEquals(2, table.getItems().get(0).line());
        assertEquals("종류", table.getColumns().get(0).getText());
        assertEquals(List.of(), opened, "nothing stored: nothing to reload");
        snapshot(pane, "import-problems-ko");
    }

    @Test
    void ctrlNCreatesTheNamedDatabaseAndOpensIt(FxRobot robot) {
        choice.newAnswer = dir.resolve("new-" + System.nanoTime() + ".db");
        assertEquals(KeyCombination.keyCombination("Shortcut+N"), item(FileMenu.NEW_DATABASE_ID).getAccelerator());
        robot.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(choice.newAnswer), opened);
        assertTrue(Files.isRegularFile(choice.newAnswer));
        assertFalse(DatabaseImport.isSample(choice.newAnswer));
    }

    @Test
    void filesDroppedOnTheWindowOpenTheImportDialogWithThem(FxRobot robot) throws Exception {
        List<Path> dropped = List.of(DatabaseImportTest.write(dir, "firms.csv", DatabaseImportTest.FIRMS),
                DatabaseImportTest.write(dir, "links.csv", DatabaseImportTest.LINKS));
        DroppedFiles.drop(view, dropped);
        WaitForAsyncUtils.waitForFxEvents();
        dialog(robot, ImportDialog.DIALOG_ID).orElseThrow(() -> new AssertionError("no import dialog"));
        @SuppressWarnings("unchecked")
        TableView<ImportFile> files = robot.lookup("#" + ImportDialog.FILES_ID).queryAs(TableView.class);
        assertEquals(List.of("firms.csv", "links.csv"), files.getItems().stream().map(ImportFile::name).toList());
        assertEquals("Automatic (Firms)", files.getColumns().get(1).getCellData(0));
    }

    @Test
    void exportFromTheKeyboardWritesTheShownViewAndSaysSo(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.model().copatentProperty().set(false)).get();
        Path out = dir.resolve("shown.gexf");
        choice.exportAnswer = new FileChoice.ExportTarget(out, ExportFormat.GEXF);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isRegularFile(out));
        org.supracluster.ingest.ImportReport r = new org.supracluster.ingest.ImportReport();
        var back = new org.supracluster.ingest.GexfReader().read(out, r);
        assertEquals(3, back.links().size(), "the three trade rows; co-patent links were switched off");
        Label notice = robot.lookup("#" + org.supracluster.ui.status.StatusBar.NOTICE_ID).queryAs(Label.class);
        assertEquals("· Exported 4 firms and 3 links to " + out, notice.getText());
    }

    @Test
    void exportOverAFileNamedLikeTheCsvFolderShowsAnErrorNamingIt(FxRobot robot) throws Exception {
        Path taken = Files.writeString(dir.resolve("taken"), "x");
        choice.exportAnswer = new FileChoice.ExportTarget(taken, ExportFormat.CSV);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane alert = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getHeaderText() != null && p.getHeaderText().startsWith("Could not export"))
                .findFirst().orElseThrow(() -> new AssertionError("no error shown"));
        assertEquals("Could not export to " + taken, alert.getHeaderText());
        assertTrue(alert.getContentText().startsWith("A file named taken already exists."), alert.getContentText());
    }

    @Test
    void ctrlQQuits(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(quit.get());
    }
}
