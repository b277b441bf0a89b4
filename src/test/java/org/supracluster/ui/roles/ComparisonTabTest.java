package org.supracluster.ui.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.Progress;
import org.supracluster.analysis.TradeCopatentComparison;
import org.supracluster.export.AnalysisTables;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.NetworkView;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;
import org.supracluster.ui.RecordingNotices;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Trade vs co-patent" tab in the cluster tabs, headless (Monocle), on the generated sample
 * (1,500 firms): nothing computed while hidden; shown, the figures are the analysis module's for
 * the same view, seed and permutations (as {@code analyze} writes them), in either language.
 * Saves {@code target/comparison-tab.png} and {@code target/comparison-tab-ko.png}.
 */
@ExtendWith(ApplicationExtension.class)
class ComparisonTabTest {

    private RolesTabs roles;
    private TabPane tabs;
    private Scene scene;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        Fonts.load();
        roles = new RolesTabs(new ExplorerViewModel(RolesTabsTest.sample(), ClusterScheme.defaultFive()),
                new RecordingNotices().tasks());
        tabs = new TabPane();
        tabs.getTabs().addAll(roles.tabs());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        scene = new Scene(new VBox(tabs), 1150, 560);
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx(() -> {
            I18n.setLocale(Locale.ENGLISH);
            roles.dispose();
            return null;
        });
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        T t = WaitForAsyncUtils.asyncFx(call).get();
        WaitForAsyncUtils.waitForFxEvents();
        return t;
    }

    private void snapshot(String file) throws Exception {
        new File("target").mkdirs();
        WritableImage image = fx(() -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(file));
    }

    @Test
    void shownTheTabHoldsTheAnalysisModulesFigures() throws Exception {
        ComparisonView view = roles.comparisonView();
        assertNull(view.model().resultProperty().get(), "hidden: nothing computed");
        fx(() -> {
            tabs.getSelectionModel().select(roles.comparisonTab());
            return null;
        });
        LinkGraph graph = LinkGraph.of(NetworkView.of(RolesTabsTest.sample(), Filter.all()));
        TradeCopatentComparison.Result expected = TradeCopatentComparison.compute(graph,
                Partition.of(ClusterScheme.defaultFive(), RolesTabsTest.sample()), false,
                AnalysisTables.PERMUTATIONS_DEFAULT, AnalysisTables.SEED_DEFAULT, Progress.NONE);
        assertEquals(expected, view.model().resultProperty().get());
        Locale en = Locale.ENGLISH;
        assertEquals(ComparisonViewModel.decimal(expected.densityQap().observed(), en), fx(() -> view.valueText(7)));
        assertEquals(ComparisonViewModel.decimal(expected.densityQap().pAtLeast(), en), fx(() -> view.valueText(8)));
        assertEquals("120, every one (exact)", fx(() -> view.valueText(10)));
        assertEquals(ComparisonViewModel.decimal(expected.firmQap().observed(), en), fx(() -> view.valueText(13)));
        assertEquals("Trade vs co-patent", roles.comparisonTab().getText());
        snapshot("target/comparison-tab.png");
        fx(() -> {
            I18n.setLocale(Locale.KOREAN);
            return null;
        });
        assertEquals("거래와 공동특허", roles.comparisonTab().getText());
        assertEquals("120개 전부 (정확 검정)", fx(() -> view.valueText(10)));
        snapshot("target/comparison-tab-ko.png");
    }
}
