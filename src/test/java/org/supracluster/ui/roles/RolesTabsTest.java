package org.supracluster.ui.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableCell;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.analysis.ClusterMetrics;
import org.supracluster.analysis.ClusterRole;
import org.supracluster.analysis.ClusterRoles;
import org.supracluster.analysis.DistanceBand;
import org.supracluster.analysis.InterClusterMatrix;
import org.supracluster.analysis.LinkGeography;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.ingest.ParsedData;
import org.supracluster.ingest.SampleGenerator;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The finding and the three cluster tabs, headless (Monocle), on the generated sample (1,500
 * firms): the tables and the heat map show the analysis module's figures for the same filter, the
 * finding names the core hubs, Korean shows Korean role names. Saves a snapshot of each tab under
 * {@code target/}.
 */
@ExtendWith(ApplicationExtension.class)
class RolesTabsTest {

    private static Network sample;

    private ExplorerViewModel model;
    private RolesTabs roles;
    private TabPane tabs;
    private Scene scene;

    static synchronized Network sample() {
        if (sample == null) {
            ParsedData d = new SampleGenerator(SampleGenerator.DEFAULT_SEED, 1500).generate();
            Network.Builder b = Network.builder();
            for (Firm f : d.firms()) {
                b.addFirm(f);
            }
            for (Link l : d.links()) {
                b.addLink(l);
            }
            sample = b.build();
        }
        return sample;
    }

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        Fonts.load();
        model = new ExplorerViewModel(sample(), ClusterScheme.defaultFive());
        roles = new RolesTabs(model, new org.supracluster.ui.RecordingNotices().tasks());
        tabs = new TabPane();
        tabs.getTabs().addAll(roles.tabs());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        scene = new Scene(new VBox(roles.finding(), tabs), 1150, 560);
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

    /** Whether two boxes share more than an edge (stacked names touch). */
    private static boolean overlap(javafx.geometry.Bounds a, javafx.geometry.Bounds b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0.5 && h > 0.5;
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        T t = WaitForAsyncUtils.asyncFx(call).get();
        WaitForAsyncUtils.waitForFxEvents();
        return t;
    }

    private ClusterRoles analysis(Filter filter) {
        return ClusterRoles.of(LinkGraph.of(NetworkView.of(sample(), filter)),
                Partition.of(ClusterScheme.defaultFive(), sample()));
    }

    /** The text every cell of the table shows, row by row in the columns' order. */
    private List<List<String>> tableText() throws Exception {
        return fx(() -> {
            ClusterTable table = roles.clusterRolesView().table();
            table.layout();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < table.getItems().size(); r++) {
                List<String> row = new ArrayList<>();
                for (String id : ClusterTable.COLUMN_IDS) {
                    row.add(cellText(table, id, r));
                }
                rows.add(row);
            }
            return rows;
        });
    }

    private static String cellText(ClusterTable table, String columnId, int row) {
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> c && c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                    && c.getIndex() == row && !c.isEmpty()) {
                return c.getText();
            }
        }
        return null;
    }

    /**
     * The table as the analysis module's figures read, written independently of the view's code:
     * the clusters, then "other" (no shares, no role) when a firm in no cluster is shown.
     */
    private static List<List<String>> expected(ClusterRoles r, Locale locale) {
        ClusterScheme scheme = ClusterScheme.defaultFive();
        List<List<String>> rows = new ArrayList<>();
        List<ClusterMetrics> all = new ArrayList<>(r.clusters());
        if (r.otherFirms() > 0) {
            all.add(r.other());
        }
        for (ClusterMetrics m : all) {
            rows.add(List.of(m.isOther() ? I18n.getIn(locale, "roles.other")
                            : scheme.clusters().get(m.cluster()).displayName(locale),
                    String.format(Locale.ENGLISH, "%,d", m.firms()),
                    String.format(Locale.ENGLISH, "%,d", m.internalLinks()),
                    String.format(Locale.ENGLISH, "%,d", m.externalLinks()),
                    m.hasEiIndex() ? String.format(Locale.ENGLISH, "%.2f", m.eiIndex()) : "—",
                    m.isOther() ? "—" : String.format(Locale.ENGLISH, "%.1f%%", m.internalShare() * 100),
                    m.isOther() ? "—" : String.format(Locale.ENGLISH, "%.1f%%", m.externalShare() * 100),
                    m.isOther() ? "—" : I18n.name(m.role())));
        }
        return rows;
    }

    @Test
    void theClusterRolesTableListsTheAnalysisModulesFiguresForTheSameFilter() throws Exception {
        assertEquals(expected(analysis(Filter.all()), Locale.ENGLISH), tableText());
        fx(() -> {
            model.copatentProperty().set(false);
            return null;
        });
        List<List<String>> trade = tableText();
        assertEquals(expected(analysis(Filter.all().withLinkTypes(EnumSet.of(LinkType.TRADE))), Locale.ENGLISH), trade);
        assertEquals(6, trade.size()); // five clusters and "other"
        QuadrantChart chart = roles.clusterRolesView().chart();
        ClusterRoles r = analysis(Filter.all().withLinkTypes(EnumSet.of(LinkType.TRADE)));
        List<XYChart.Data<Number, Number>> points = chart.points();
        for (int c = 0; c < 5; c++) {
            assertEquals(r.cluster(c).internalShare(), points.get(c).getXValue().doubleValue(), 1e-12);
            assertEquals(r.cluster(c).externalShare(), points.get(c).getYValue().doubleValue(), 1e-12);
        }
        // Names stay readable: no cluster's name over another's, nor over a quadrant's name shown.
        List<javafx.geometry.Bounds> names = fx(() -> {
            chart.layout();
            return chart.pointLabels().stream().map(javafx.scene.Node::getBoundsInParent).toList();
        });
        List<javafx.geometry.Bounds> quadrants = fx(() -> chart.lookupAll("." + QuadrantChart.QUADRANT_LABEL_STYLE_CLASS)
                .stream().filter(javafx.scene.Node::isVisible).map(javafx.scene.Node::getBoundsInParent).toList());
        assertTrue(quadrants.size() >= 2, "quadrant names give way only where a cluster's name is: " + quadrants.size());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                assertFalse(overlap(names.get(i), names.get(j)), "cluster names " + i + " and " + j + " overlap: "
                        + names.get(i) + " " + names.get(j));
            }
            for (javafx.geometry.Bounds q : quadrants) {
                assertFalse(overlap(names.get(i), q), "cluster name " + i + " over a quadrant's name");
            }
        }
    }

    @Test
    void theFindingNamesTheCoreHubs(FxRobot robot) {
        String text = robot.lookup("#" + FindingView.ID).queryAs(FindingView.class).getText();
        ClusterRoles r = analysis(Filter.all());
        List<String> hubs = r.clusters().stream().filter(m -> m.role() == ClusterRole.CORE_HUB)
                .map(m -> ClusterScheme.defaultFive().clusters().get(m.cluster()).englishName()).toList();
        assertFalse(hubs.isEmpty(), "the sample has core hubs");
        String first = text.split("\n")[0];
        assertTrue(first.startsWith("In trade and co-patent links together"), first);
        assertTrue(first.contains(hubs.size() == 1 ? "is a core hub" : "are core hubs"), first);
        hubs.forEach(h -> assertTrue(first.contains(h), h + " in " + first));
        assertEquals(3, text.split("\n").length, "one more sentence per link type when both are shown");
        assertTrue(text.split("\n")[1].startsWith("In trade links"), text);
        assertTrue(text.split("\n")[2].startsWith("In co-patent links"), text);
    }

    @Test
    void switchingToKoreanShowsKoreanRoleNames() throws Exception {
        fx(() -> {
            I18n.setLocale(Locale.KOREAN);
            return null;
        });
        List<List<String>> rows = tableText();
        // The five clusters' roles; the last row is "other", which has none.
        List<String> roleNames = rows.subList(0, 5).stream().map(row -> row.get(row.size() - 1)).toList();
        assertEquals(List.of("기타 (클러스터 밖)", "—"), List.of(rows.get(5).get(0), rows.get(5).get(rows.get(5).size() - 1)));
        assertTrue(roleNames.contains("핵심 허브"), roleNames.toString());
        assertTrue(roleNames.stream().allMatch(s -> s.matches(".*[\\uAC00-\\uD7A3].*")), roleNames.toString());
        assertEquals("수도권", rows.get(0).get(0));
        assertEquals(expected(analysis(Filter.all()), Locale.KOREAN), rows);
        assertEquals("클러스터 역할", roles.clusterRolesTab().getText());
        assertEquals("역할", roles.clusterRolesView().table().header(ClusterTable.ROLE_COLUMN_ID));
        String finding = roles.finding().getText();
        assertTrue(finding.startsWith("거래와 공동특허 연결 전체에서"), finding);
        assertTrue(finding.contains("핵심 허브는 "), finding);
        new File("target").mkdirs();
        WritableImage image = fx(() -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File("target/roles-tab-ko.png"));
    }

    @Test
    void theHeatMapShowsTheMatrixCounts(FxRobot robot) throws Exception {
        fx(() -> {
            tabs.getSelectionModel().select(roles.betweenClustersTab());
            return null;
        });
        Partition p = Partition.of(ClusterScheme.defaultFive(), sample());
        LinkGraph all = LinkGraph.of(NetworkView.of(sample(), Filter.all()));
        assertMatrixShown(InterClusterMatrix.of(all, p, LinkType.TRADE));
        robot.clickOn("#" + InterClusterView.COPATENT_TOGGLE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertMatrixShown(InterClusterMatrix.of(all, p, LinkType.COPATENT));
        new File("target").mkdirs();
        WritableImage image = fx(() -> scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File("target/matrix-tab-copatent.png"));
        assertEquals(fx(() -> roles.interClusterView().cellText(1, 3)), fx(() -> roles.interClusterView().cellText(3, 1)),
                "co-patent is symmetric");
    }

    private void assertMatrixShown(InterClusterMatrix m) throws Exception {
        InterClusterView view = roles.interClusterView();
        assertEquals(m, view.model().matrixProperty().get());
        for (int r = 0; r < m.size(); r++) {
            for (int c = 0; c < m.size(); c++) {
                int row = r;
                int col = c;
                assertEquals(String.format(Locale.ENGLISH, "%,d", m.count(r, c)), fx(() -> view.cellText(row, col)),
                        m.type() + " [" + r + "][" + c + "]");
            }
        }
    }

    @Test
    void theGeographyChartsShowTheAnalysisModulesShares() throws Exception {
        LinkGeography g = LinkGeography.of(LinkGraph.of(NetworkView.of(sample(), Filter.all())),
                Partition.of(ClusterScheme.defaultFive(), sample()));
        GeographyView view = roles.geographyView();
        List<XYChart.Series<String, Number>> bands = fx(() -> List.copyOf(view.bandsChart().getData()));
        assertEquals(2, bands.size());
        for (int s = 0; s < 2; s++) {
            LinkType t = LinkType.values()[s];
            assertEquals(I18n.name(t), bands.get(s).getName());
            for (DistanceBand b : DistanceBand.values()) {
                assertEquals(g.byType(t).share(b) * 100, bands.get(s).getData().get(b.ordinal()).getYValue().doubleValue(),
                        1e-9);
            }
        }
        List<XYChart.Series<Number, String>> supra = fx(() -> List.copyOf(view.supraRegionalChart().getData()));
        for (int s = 0; s < 2; s++) {
            for (int c = 0; c < 5; c++) {
                XYChart.Data<Number, String> bar = supra.get(s).getData().get(c);
                assertEquals(ClusterScheme.defaultFive().clusters().get(c).englishName(), bar.getYValue());
                assertEquals(g.byCluster(c, LinkType.values()[s]).supraRegionalShare() * 100, bar.getXValue().doubleValue(),
                        1e-9);
            }
        }
    }

    /** The tick labels an axis draws, as the user sees them (after layout), in the axis' order. */
    private static List<String> tickLabels(javafx.scene.chart.Axis<?> axis) {
        axis.layout();
        return axis.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text && n.isVisible())
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList();
    }

    @Test
    void theGeographyChartsRelabelOnALanguageSwitch() throws Exception {
        GeographyView view = roles.geographyView();
        fx(() -> {
            tabs.getSelectionModel().select(roles.geographyTab());
            return null;
        });
        assertTrue(fx(() -> tickLabels(view.supraRegionalChart().getYAxis())).contains("Capital region"));
        assertTrue(fx(() -> tickLabels(view.bandsChart().getXAxis())).contains("Over 200 km"));
        fx(() -> {
            I18n.setLocale(Locale.KOREAN);
            return null;
        });
        fx(() -> {
            view.layout();
            return null;
        });
        List<String> clusters = fx(() -> tickLabels(view.supraRegionalChart().getYAxis()));
        List<String> bands = fx(() -> tickLabels(view.bandsChart().getXAxis()));
        assertEquals(List.of("호남권", "동남권", "대구·경북", "충청·대전", "수도권"), clusters);
        assertEquals(List.of("0–10km", "10–30km", "30–100km", "100–200km", "200km 초과"), bands);
        assertEquals("거래", fx(() -> view.bandsChart().getData().get(0).getName()));
    }

    @Test
    void aHiddenGeographyTabShowsTheNewLanguageWhenShown() throws Exception {
        GeographyView view = roles.geographyView();
        fx(() -> {
            tabs.getSelectionModel().select(roles.clusterRolesTab());
            I18n.setLocale(Locale.KOREAN);
            return null;
        });
        fx(() -> {
            tabs.getSelectionModel().select(roles.geographyTab());
            return null;
        });
        fx(() -> {
            view.layout();
            return null;
        });
        assertEquals(List.of("호남권", "동남권", "대구·경북", "충청·대전", "수도권"),
                fx(() -> tickLabels(view.supraRegionalChart().getYAxis())));
        assertTrue(fx(() -> tickLabels(view.bandsChart().getXAxis())).contains("200km 초과"));
    }

    @Test
    void aHiddenTabCatchesUpWithTheFilterWhenShown() throws Exception {
        GeographyView view = roles.geographyView();
        assertEquals(2, fx(() -> view.bandsChart().getData().size()));
        fx(() -> {
            tabs.getSelectionModel().select(roles.clusterRolesTab());
            model.copatentProperty().set(false);
            return null;
        });
        fx(() -> {
            tabs.getSelectionModel().select(roles.geographyTab());
            return null;
        });
        List<XYChart.Series<String, Number>> bands = fx(() -> List.copyOf(view.bandsChart().getData()));
        assertEquals(1, bands.size(), "co-patent off while the tab was hidden: only trade once shown");
        assertEquals(I18n.name(LinkType.TRADE), bands.get(0).getName());
    }

    @Test
    void snapshotsOfEachTab() throws Exception {
        new File("target").mkdirs();
        String[] files = {"target/roles-tab.png", "target/matrix-tab.png", "target/geography-tab.png"};
        for (int i = 0; i < files.length; i++) {
            int tab = i;
            fx(() -> {
                tabs.getSelectionModel().select(tab);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents(5);
            WritableImage image = fx(() -> scene.snapshot(null));
            assertNotNull(image);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(files[i]));
        }
    }
}
