package org.supracluster.ui.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Region;
import org.supracluster.store.Database;
import org.supracluster.store.SchemeRepository;
import org.supracluster.ui.explorer.ExplorerView;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;
import org.supracluster.ui.Workspace;
import org.supracluster.ui.files.FileMenu;
import org.supracluster.ui.files.RecentFilesStore;
import org.supracluster.ui.map.NetworkGraphTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The scheme chooser and editor in the explorer window, headless (Monocle), over a real database file. */
@ExtendWith(ApplicationExtension.class)
class SchemeViewsTest {

    /** Remembers the schemes the window was asked to show, instead of rebuilding it. */
    private static final class RecordingWorkspace implements Workspace {
        final Path db;
        final List<ClusterScheme> shown = new CopyOnWriteArrayList<>();

        RecordingWorkspace(Path db) {
            this.db = db;
        }

        @Override
        public Optional<Path> database() {
            return Optional.of(db);
        }

        @Override
        public void open(Path database) {
        }

        @Override
        public void showScheme(ClusterScheme scheme) {
            shown.add(scheme);
        }
    }

    /** The program's dialogs and threads, but a recent list in memory: the user's own list is never touched. */
    private static final FileMenu.Services FILES = FileMenu.Services.defaults()
            .withRecentStore(RecentFilesStore.inMemory());

    @TempDir
    Path dir;
    private RecordingWorkspace workspace;
    private ExplorerView view;

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        Fonts.load();
        Path db = dir.resolve("explorer.db");
        Database.open(db).close(); // a new database holds the default scheme
        workspace = new RecordingWorkspace(db);
        view = new ExplorerView(new ExplorerViewModel(NetworkGraphTest.network(), ClusterScheme.defaultFive()),
                workspace, FILES);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeMap() {
        WaitForAsyncUtils.asyncFx(() -> view.map().close());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(ComboBox.class);
    }

    @Test
    void editingJejuIntoTheSoutheastSavesTheSchemeAndShowsIt(FxRobot robot) throws Exception {
        robot.clickOn("#" + SchemeBar.EDIT_ID);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<SchemeEditorViewModel.ClusterRow> jeju = combo(robot,
                SchemeEditorDialog.REGION_ID_PREFIX + Region.JEJU.iso());
        assertEquals(SchemeEditorViewModel.OTHER, jeju.getValue(), "Jeju is outside the five by default");
        WaitForAsyncUtils.asyncFx(() -> jeju.getSelectionModel().select(4)).get(); // Other, then cluster 4 = Southeast
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Southeast", jeju.getButtonCell().getText());
        TextField name = robot.lookup("#" + SchemeEditorDialog.NAME_ID).queryAs(TextField.class);
        robot.doubleClickOn(name).eraseText(name.getText().length()).write("with jeju");
        Label problem = robot.lookup("#" + SchemeEditorDialog.PROBLEM_ID).queryAs(Label.class);
        assertEquals("", problem.getText());
        robot.clickOn("#" + SchemeEditorDialog.SAVE_ID);
        // Saving runs on its own thread; the dialog hands the saved scheme on when it closes.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !workspace.shown.isEmpty());
        ClusterScheme shown = workspace.shown.get(0);
        assertEquals("with jeju", shown.name());
        assertEquals(3, shown.clusterOf(Region.JEJU));
        assertEquals(0, shown.clusterOf(Region.SEOUL));
        assertEquals(ClusterScheme.OTHER, shown.clusterOf(Region.GANGWON));
        try (Database db = Database.open(workspace.db, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            assertEquals(shown, SchemeRepository.of(db).load("with jeju").orElseThrow());
            assertEquals(ClusterScheme.defaultFive(), SchemeRepository.of(db).load("default").orElseThrow(),
                    "the default stays as it was");
        }
        assertTrue(robot.lookup("#" + SchemeEditorDialog.NAME_ID).tryQuery().isEmpty(), "the dialog closed");
    }

    @Test
    void anInvalidSchemeCannotBeSavedAndSaysWhy(FxRobot robot) throws Exception {
        robot.clickOn("#" + SchemeBar.EDIT_ID);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + SchemeEditorDialog.REMOVE_ID_PREFIX + "1"); // Capital region
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<SchemeEditorViewModel.ClusterRow> seoul = combo(robot,
                SchemeEditorDialog.REGION_ID_PREFIX + Region.SEOUL.iso());
        assertEquals(SchemeEditorViewModel.OTHER, seoul.getValue());
        robot.clickOn("#" + SchemeEditorDialog.ADD_ID);
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#" + SchemeEditorDialog.PROBLEM_ID).queryAs(Label.class);
        assertEquals("Cluster “Cluster 5” has no province: assign one or remove the cluster.", problem.getText());
        assertTrue(robot.lookup("#" + SchemeEditorDialog.SAVE_ID).queryAs(Button.class).isDisabled());
        snapshot(robot.lookup("#" + SchemeEditorDialog.NAME_ID).queryAs(TextField.class).getScene(),
                "target/scheme-editor.png");
        robot.clickOn(I18n.get("common.cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(workspace.shown.isEmpty(), "cancelled: nothing shown");
    }

    @Test
    void choosingCommunitiesOrCoordinatesShowsTheDerivedScheme(FxRobot robot) throws Exception {
        ComboBox<SchemeChoice> choice = combo(robot, SchemeBar.CHOICE_ID);
        assertEquals(SchemeChoice.DEFAULT, choice.getValue());
        WaitForAsyncUtils.asyncFx(() -> choice.setValue(SchemeChoice.COMMUNITIES)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !workspace.shown.isEmpty());
        assertEquals("communities", workspace.shown.get(0).name());
        // The recording workspace does not rebuild the window: the default is still the one shown.
        Spinner<Integer> k = robot.lookup("#" + SchemeBar.K_ID).queryAs(Spinner.class);
        WaitForAsyncUtils.asyncFx(() -> {
            choice.setValue(SchemeChoice.DEFAULT);
            k.getValueFactory().setValue(3);
        }).get();
        assertEquals(1, workspace.shown.size(), "K alone chooses nothing");
        WaitForAsyncUtils.asyncFx(() -> choice.setValue(SchemeChoice.GEO)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.shown.size() == 2);
        assertEquals("geo:3", workspace.shown.get(1).name());
        assertEquals(3, workspace.shown.get(1).clusterCount());
        snapshot(view.getScene(), "target/scheme-chooser.png");
    }

    @Test
    void theUnweightedToggleShowsTheUnweightedCommunities(FxRobot robot) throws Exception {
        ComboBox<SchemeChoice> choice = combo(robot, SchemeBar.CHOICE_ID);
        javafx.scene.control.CheckBox unweighted = robot.lookup("#" + SchemeBar.UNWEIGHTED_ID)
                .queryAs(javafx.scene.control.CheckBox.class);
        assertFalse(unweighted.isVisible(), "only beside the communities");
        WaitForAsyncUtils.asyncFx(() -> choice.setValue(SchemeChoice.COMMUNITIES)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !workspace.shown.isEmpty());
        assertTrue(unweighted.isVisible());
        assertEquals("Unweighted: each linked pair counts once", unweighted.getText());
        WaitForAsyncUtils.asyncFx(() -> unweighted.setSelected(true)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.shown.size() == 2);
        assertEquals("communities:unweighted", workspace.shown.get(1).name());
    }

    /** A window under the communities names the modularity's weighting with Q (a star: one community, Q = 0). */
    @Test
    void underTheCommunitiesTheBarShowsTheirModularityNamedByItsWeighting() throws Exception {
        org.supracluster.model.Network n = NetworkGraphTest.network();
        ClusterScheme communities = org.supracluster.analysis.DerivedSchemes.communities(n,
                org.supracluster.analysis.LinkGraph.of(org.supracluster.model.NetworkView.of(n,
                        org.supracluster.model.Filter.all())), false, 1, org.supracluster.model.Progress.NONE);
        SchemeBar bar = WaitForAsyncUtils.asyncFx(() -> new SchemeBar(new SchemeChooserViewModel(n, communities,
                Optional.empty()), new org.supracluster.ui.RecordingNotices().tasks(), s -> { })).get();
        assertTrue(bar.modularity().isVisible());
        assertEquals("Unweighted modularity Q = 0.000", bar.modularity().getText());
        assertTrue(bar.unweighted().isSelected());
    }

    @Test
    void aSchemeThatCannotBeFormedIsExplainedAndTheChoiceGoesBack(FxRobot robot) throws Exception {
        ComboBox<SchemeChoice> choice = combo(robot, SchemeBar.CHOICE_ID);
        // Four firms cannot form five clusters (K = 5 by default).
        WaitForAsyncUtils.asyncFx(() -> choice.setValue(SchemeChoice.GEO)).get();
        String message = "The firms have fewer than 5 distinct locations, so they cannot form 5 clusters: "
                + "choose a smaller K.";
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(
                n -> n instanceof Label l && message.equals(l.getText())).tryQuery().isPresent());
        assertEquals(SchemeChoice.DEFAULT, choice.getValue());
        assertTrue(workspace.shown.isEmpty());
        Label shownMessage = robot.lookup(n -> n instanceof Label l && message.equals(l.getText())).query();
        WaitForAsyncUtils.asyncFx(() -> shownMessage.getScene().getWindow().hide()).get();
    }

    @Test
    void aWindowShownUnderAStoredSchemeListsItAsChosen(FxRobot robot) throws Exception {
        // What the workspace does after a choice: a new view for the new scheme.
        ClusterScheme mine = new ClusterScheme("mine", List.of(new ClusterScheme.Cluster("North", "북부")),
                java.util.Map.of(Region.GANGWON, 0), java.util.Map.of());
        try (Database db = Database.open(workspace.db, false, Database.BUSY_TIMEOUT_MS_DEFAULT)) {
            SchemeRepository.of(db).save(mine);
        }
        ExplorerView old = view;
        WaitForAsyncUtils.asyncFx(() -> {
            old.map().close();
            view = new ExplorerView(new ExplorerViewModel(NetworkGraphTest.network(), mine), workspace, FILES);
            old.getScene().setRoot(view);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<SchemeChoice> choice = combo(robot, SchemeBar.CHOICE_ID);
        assertEquals(SchemeChoice.stored("mine"), choice.getValue());
        // The stored names arrive from the file in the background.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> choice.getItems().size() == 4);
        assertEquals(List.of(SchemeChoice.DEFAULT, SchemeChoice.stored("mine"), SchemeChoice.GEO,
                SchemeChoice.COMMUNITIES), choice.getItems());
        assertEquals(SchemeChoice.stored("mine"), choice.getValue());
        // The closed list shows its value in a cell of its own (the popup's cells are elsewhere).
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("mine", choice.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?>)
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getText()).findFirst().orElseThrow());
        assertFalse(robot.lookup("#" + SchemeBar.K_ID).queryAs(Spinner.class).getParent().isVisible(),
                "K only for coordinates");
        assertTrue(workspace.shown.isEmpty());
    }

    private static void snapshot(Scene scene, String file) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        new File("target").mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(file));
    }
}
