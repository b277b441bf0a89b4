package org.supracluster.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.ingest.ImportReport;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;
import org.supracluster.ui.RecordingNotices;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import dialog in a real window (headless Monocle), on the README's worked example
 * (invented firms): the preview's column drop-downs change what the check reads, the check lists
 * the problems and the unmatched names, and one click accepts a "did you mean". Work runs at once
 * on the JavaFX thread. Saves pictures of the dialog in Korean and English under target/.
 */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {

    @TempDir
    Path dir;

    private Stage owner;
    private ImportDialogViewModel model;
    private Dialog<Void> dialog;
    private final RecordingNotices notices = new RecordingNotices();

    @Start
    void start(Stage stage) {
        Fonts.load();
        owner = stage;
        Scene scene = new Scene(new StackPane(new Label("explorer")), 400, 300);
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void english() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> I18n.setLocale(Locale.ENGLISH)).get();
    }

    @AfterEach
    void closeDialogs() {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != owner) {
                    w.hide();
                }
            }
            I18n.setLocale(Locale.ENGLISH);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the dialog on the example files for an empty database, in {@code locale}. */
    private DialogPane open(Locale locale) throws Exception {
        Path db = DatabaseImportTest.emptyDatabase(dir);
        List<Path> example = ExampleFiles.copy(dir);
        WaitForAsyncUtils.asyncFx(() -> {
            I18n.setLocale(locale);
            model = new ImportDialogViewModel(db, example, new NoFileChoice(), notices, notices.tasks(), o -> { });
            ImportDialogViewModel shown = model;
            dialog = ImportDialog.show(owner, shown, shown::close);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return dialog.getDialogPane();
    }

    private static <T extends Node> T find(FxRobot robot, String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    /** Chooses a field in a column's drop-down above the preview, as a click on the list would. */
    private static void choose(FxRobot robot, int column, String field) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<String> box = robot.lookup("#" + ImportDialog.COLUMN_ID_PREFIX + column).queryAs(ComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> box.getSelectionModel().select(field)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ImportReport.Problem> problems(FxRobot robot) {
        return robot.lookup("#" + ImportDialog.PROBLEMS_ID).queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ImportResultsViewModel.UnmatchedRow> unmatched(FxRobot robot) {
        return robot.lookup("#" + ImportDialog.UNMATCHED_ID).queryAs(TableView.class);
    }

    /** Clicks a file's row in the file list. */
    private static void selectFile(FxRobot robot, String name) {
        robot.clickOn(robot.from(robot.lookup("#" + ImportDialog.FILES_ID).queryAs(TableView.class))
                .lookup((javafx.scene.control.TableCell<?, ?> c) -> name.equals(c.getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCheckListsEachProblemWithFileLineAndColumnBeforeAnythingIsStored(FxRobot robot) throws Exception {
        open(Locale.ENGLISH);
        robot.clickOn("#" + ImportDialog.CHECK_ID);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ImportReport.Problem> table = problems(robot);
        ImportReport.Problem first = table.getItems().get(0);
        assertEquals(ImportReport.Severity.ERROR, first.severity());
        assertEquals(ExampleFiles.TRADES, first.file());
        assertEquals(1, first.line(), "the header names no kind");
        assertTrue(first.message().startsWith("cannot tell what kind of file this is"), first.message());
        Label summary = find(robot, ImportDialog.SUMMARY_ID, Label.class);
        assertTrue(summary.getText().startsWith("The check found 1 error"), summary.getText());
        assertEquals(List.of("File", "Line", "Column"), table.getColumns().subList(1, 4).stream()
                .map(c -> c.getText()).toList());
        assertFalse(model.results().outcome().stored());
    }

    @Test
    void changingAColumnsDropDownChangesWhatTheCheckReads(FxRobot robot) throws Exception {
        open(Locale.ENGLISH);
        selectFile(robot, ExampleFiles.TRADES);
        assertEquals(ExampleFiles.TRADES, model.currentProperty().get().name());
        choose(robot, 0, "supplier");
        choose(robot, 1, "customer");
        choose(robot, 2, "amount");
        choose(robot, 3, "year");
        @SuppressWarnings("unchecked")
        ComboBox<String> first = robot.lookup("#" + ImportDialog.COLUMN_ID_PREFIX + 0).queryAs(ComboBox.class);
        assertEquals("supplier", first.getValue(), "the preview was read again with the mapping");
        assertEquals("Supplier", first.getConverter().toString(first.getValue()));
        snapshot(dialog.getDialogPane(), "import-preview-en");
        robot.clickOn("#" + ImportDialog.CHECK_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.results().outcome().valid(), model.results().outcome().problems().toString());
        assertEquals(List.of(), problems(robot).getItems().stream()
                .filter(p -> p.severity() == ImportReport.Severity.ERROR).toList());
        assertEquals(4, unmatched(robot).getItems().size());
        assertEquals("Firms placed: 0 by their given coordinates, 10 at their municipality’s office, 0 only at their "
                + "province’s centre.", find(robot, ImportDialog.PLACEMENTS_ID, Label.class).getText());
        snapshot(dialog.getDialogPane(), "import-dialog-en");
    }

    @Test
    void oneClickAcceptsADidYouMeanAndTheNextCheckFindsTheName(FxRobot robot) throws Exception {
        open(Locale.KOREAN);
        selectFile(robot, ExampleFiles.TRADES);
        choose(robot, 0, "supplier");
        choose(robot, 1, "customer");
        choose(robot, 2, "amount");
        choose(robot, 3, "year");
        snapshot(dialog.getDialogPane(), "import-preview-ko");
        robot.clickOn("#" + ImportDialog.CHECK_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("기업과 맞지 않은 이름 (4)", ((javafx.scene.control.TabPane) robot.lookup("#"
                + ImportDialog.TABS_ID).query()).getSelectionModel().getSelectedItem().getText());
        snapshot(dialog.getDialogPane(), "import-dialog-ko");
        Button suggestion = robot.lookup("." + ImportDialog.ACCEPT_CLASS).queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("한빛반도체(주)")).findFirst()
                .orElseThrow(() -> new AssertionError("no did-you-mean button"));
        robot.clickOn(suggestion);
        WaitForAsyncUtils.waitForFxEvents();
        Label message = find(robot, ImportResultsPane.MESSAGE_ID, Label.class);
        assertTrue(message.getText().startsWith("‘한빛반도채’ 이름은 가져올 때 한빛반도체(주)의 별칭으로"), message.getText());
        assertTrue(unmatched(robot).getItems().stream().anyMatch(r -> r.accepted()));
        robot.clickOn("#" + ImportDialog.CHECK_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("9999999999", "가상연구원", "미래대학교 산학협력단"), unmatched(robot).getItems().stream()
                .map(r -> r.name().name()).sorted().toList());
    }

    private static void snapshot(Node node, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.getScene().snapshot(null)).get();
        new File("target").mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File("target/" + name + ".png"));
    }
}
