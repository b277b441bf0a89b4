package org.supracluster.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.analysis.FirmMetrics;
import org.supracluster.model.ClusterScheme;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;
import org.supracluster.ui.RecordingNotices;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector panel, headless (Monocle), on the 1,500-firm sample. */
@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {

    private ExplorerViewModel explorer;
    private FirmMetricsViewModel metrics;
    private InspectorView view;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        Fonts.load();
        explorer = new ExplorerViewModel(InspectorFixtures.sample(), ClusterScheme.defaultFive());
        metrics = new FirmMetricsViewModel(explorer, new RecordingNotices().tasks());
        view = new InspectorView(new InspectorViewModel(explorer, metrics));
        Scene scene = new Scene(view, 380, 780);
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private int selectHub() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int hub = InspectorFixtures.hub(metrics.metricsProperty().get());
        InspectorFixtures.fx(() -> explorer.selectedFirmProperty().set(hub));
        return hub;
    }

    @Test
    void saysWhatToDoUntilAFirmIsSelected(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label empty = robot.lookup("#" + InspectorView.EMPTY_ID).queryAs(Label.class);
        assertTrue(empty.isVisible());
        assertEquals("Click a firm on the map to see it here.", empty.getText());
    }

    @Test
    void selectingAHubShowsItsNameAndRole(FxRobot robot) throws Exception {
        int hub = selectHub();
        FirmMetrics m = metrics.metricsProperty().get();
        CartographyRole role = m.role(hub);
        assertTrue(role.isHub(), "the sample has a hub: " + role);
        Label name = robot.lookup("#" + InspectorView.NAME_ID).queryAs(Label.class);
        Label roleLabel = robot.lookup("#" + InspectorView.ROLE_ID).queryAs(Label.class);
        assertEquals(explorer.network().firmName(hub), name.getText());
        assertTrue(name.isVisible());
        assertEquals(FirmText.roleName(role), roleLabel.getText());
        assertFalse(robot.lookup("#" + InspectorView.EMPTY_ID).queryAs(Label.class).isVisible());
        InspectorFixtures.snapshot(view, "inspector.png");
    }

    @Test
    void clickingAPartnerMovesTheSelection(FxRobot robot) throws Exception {
        java.util.List<Integer> centred = new java.util.ArrayList<>();
        InspectorFixtures.fx(() -> view.viewModel().setOnPartnerChosen(centred::add));
        int hub = selectHub();
        // The inspector scrolls (more figure rows push the partners down): bring the partners into
        // view, as a user would, and click one that lies wholly inside the window.
        InspectorFixtures.fx(() -> view.lookupAll(".scroll-pane").forEach(n -> {
            if (n instanceof javafx.scene.control.ScrollPane sp && !(sp.getParent() instanceof javafx.scene.control.TreeView)) {
                sp.setVvalue(sp.getVmax());
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
        // A cell the tree keeps below its visible rows is clipped: only one wholly inside the tree's
        // own area (and the window) can be clicked.
        javafx.scene.Node tree = robot.lookup("#" + InspectorView.PARTNERS_ID).query();
        javafx.geometry.Bounds shown = tree.localToScene(tree.getBoundsInLocal());
        double height = view.getScene().getHeight();
        @SuppressWarnings("unchecked")
        TreeCell<InspectorView.PartnerItem> partner = robot.lookup(".tree-cell").match(n -> {
            TreeCell<InspectorView.PartnerItem> c = (TreeCell<InspectorView.PartnerItem>) n;
            javafx.geometry.Bounds b = c.localToScene(c.getBoundsInLocal());
            return c.isVisible() && !c.isEmpty() && c.getItem() != null && c.getItem().firm() >= 0
                    && b.getMinY() >= shown.getMinY() && b.getMaxY() <= Math.min(shown.getMaxY(), height);
        }).queryAs(TreeCell.class);
        int firm = partner.getItem().firm();
        assertNotEquals(hub, firm);
        robot.clickOn(partner);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(firm, explorer.selectedFirmProperty().get());
        assertEquals(explorer.network().firmName(firm),
                robot.lookup("#" + InspectorView.NAME_ID).queryAs(Label.class).getText());
        assertEquals(java.util.List.of(firm), centred, "the window is told, to centre the map on the partner");
        assertEquals(0, view.scrollPosition(), 1e-9, "the partner opens at its name, not scrolled down");
    }

    /** The label of the inspector row named {@code text}. */
    private Label rowLabel(FxRobot robot, String text) {
        return robot.lookup(".label").match(n -> n instanceof Label l && text.equals(l.getText())).queryAs(Label.class);
    }

    @Test
    void figureAndBrokerageRowsExplainThemselvesInBothLanguages(FxRobot robot) throws Exception {
        selectHub();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(rowLabel(robot, "Participation coefficient P").getTooltip().getText()
                .startsWith("Participation coefficient P = 1 − Σ (κ_t / k)²"));
        assertTrue(rowLabel(robot, "Betweenness").getTooltip().getText().contains("Brandes 2001"));
        assertEquals("Broker and customer in one cluster, the supplier in another",
                rowLabel(robot, "Gatekeeper").getTooltip().getText());
        assertTrue(rowLabel(robot, "All open two-paths").getTooltip().getText().contains("Gould & Fernandez 1989"));
        try {
            InspectorFixtures.fx(() -> I18n.setLocale(Locale.KOREAN));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(rowLabel(robot, "참여 계수 P").getTooltip().getText().startsWith("참여 계수 P = 1 − Σ (κ_t / k)²"));
            assertEquals("중개 기업과 구매 기업은 한 클러스터, 공급 기업은 다른 클러스터",
                    rowLabel(robot, "문지기").getTooltip().getText());
        } finally {
            InspectorFixtures.fx(() -> I18n.setLocale(Locale.ENGLISH));
        }
    }

    @Test
    void newPartnersAndALanguageSwitchRestyleNoHiddenRow(FxRobot robot) throws Exception {
        // The tree keeps hidden rows in reserve; giving it a new root restyled them, and each
        // logged a ClassCastException from modena's lookups.
        try (org.supracluster.ui.CssFailures css = org.supracluster.ui.CssFailures.watch()) {
            int hub = selectHub();
            WaitForAsyncUtils.waitForFxEvents();
            InspectorFixtures.fx(() -> explorer.selectedFirmProperty().set(hub == 0 ? 1 : 0));
            InspectorFixtures.fx(() -> explorer.selectedFirmProperty().set(hub));
            InspectorFixtures.fx(() -> I18n.setLocale(Locale.KOREAN));
            WaitForAsyncUtils.waitForFxEvents();
            InspectorFixtures.fx(() -> I18n.setLocale(Locale.ENGLISH));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(java.util.List.of(), css.firstFew());
        } finally {
            InspectorFixtures.fx(() -> I18n.setLocale(Locale.ENGLISH));
        }
        assertTrue(robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .anyMatch(c -> c.getText() != null && !c.getText().isEmpty()), "the partners show");
    }

    @Test
    void aLongClusterNameShowsWholeAndAFirmOpensAtTheTop(FxRobot robot) throws Exception {
        selectHub();
        // Scrolled to the partners, as a user reading them would be.
        InspectorFixtures.fx(() -> view.lookupAll(".scroll-pane").forEach(n -> {
            if (n instanceof javafx.scene.control.ScrollPane sp && !(sp.getParent() instanceof javafx.scene.control.TreeView)) {
                sp.setVvalue(sp.getVmax());
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.scrollPosition() > 0, "the facts and partners are taller than the panel");
        int chungcheong = -1;
        for (int f = 0; f < explorer.network().firmCount() && chungcheong < 0; f++) {
            chungcheong = explorer.partition().of(f) == 1 ? f : -1;
        }
        int firm = chungcheong;
        InspectorFixtures.fx(() -> explorer.selectedFirmProperty().set(firm));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, view.scrollPosition(), 1e-9, "a newly selected firm opens at the top");
        Label cluster = robot.lookup(".label").match(n -> n instanceof Label l
                && "Chungcheong–Daejeon".equals(l.getText())).queryAs(Label.class);
        // What the label draws is the whole name (wrapped if need be), not "Chungcheong–…".
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) cluster.lookup(".text");
        assertEquals("Chungcheong–Daejeon", drawn.getText().replace("\n", ""));
        assertEquals("Chungcheong–Daejeon", cluster.getTooltip().getText());
    }

    @Test
    void thePartnerListIsTallerThanFiveRows(FxRobot robot) throws Exception {
        selectHub();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TreeView<?> tree = robot.lookup("#" + InspectorView.PARTNERS_ID).queryAs(
                javafx.scene.control.TreeView.class);
        double row = robot.lookup(".tree-cell").queryAs(TreeCell.class).getHeight();
        assertTrue(row > 0);
        assertTrue(tree.getHeight() >= InspectorView.PARTNERS_MIN_HEIGHT && tree.getHeight() > 9 * row,
                "partner list " + tree.getHeight() + " px, rows " + row + " px");
    }
}
