package org.supracluster.ui.supermap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.export.MapScene;
import org.supracluster.ingest.ParsedData;
import org.supracluster.ingest.SampleGenerator;
import org.supracluster.model.Firm;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.ui.I18n;
import org.supracluster.ui.explorer.ExplorerView;
import org.supracluster.ui.explorer.ExplorerWindow;
import org.supracluster.ui.supermap.SuperMapGeometry.Arc;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The super-cluster map of the program's sample (1,500 invented firms), headless: the capital
 * region's and Chungcheong–Daejeon's circles, which overlap at their own places, are drawn apart
 * so that the largest flow between clusters shows, and the link counts can be written on the arcs.
 */
@ExtendWith(ApplicationExtension.class)
class SuperMapSampleTest {

    private static Network sample;
    private ExplorerView view;

    static synchronized Network sample() {
        if (sample == null) {
            ParsedData d = new SampleGenerator(SampleGenerator.DEFAULT_SEED, SampleGenerator.DEFAULT_FIRMS).generate();
            Network.Builder b = Network.builder();
            d.firms().forEach(b::addFirm);
            d.links().forEach(b::addLink);
            sample = b.build();
        }
        return sample;
    }

    @Start
    void start(Stage stage) {
        view = ExplorerWindow.show(stage, sample());
    }

    @AfterEach
    void close() {
        ExplorerWindow.close(view);
    }

    private SuperMapView map(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".super-map").queryAs(SuperMapView.class);
    }

    /** Whether an arc joins the capital region and Chungcheong–Daejeon, either way. */
    private static boolean capitalChungcheong(Arc a) {
        return a.from() + a.to() == SuperMapGeometryTest.CAPITAL + SuperMapGeometryTest.CHUNGCHEONG
                && Math.min(a.from(), a.to()) == SuperMapGeometryTest.CAPITAL;
    }

    /** The drawn arcs between the capital region and Chungcheong–Daejeon: trade both ways and co-patent. */
    private static List<Node> capitalChungcheongArcs(FxRobot robot) {
        return robot.lookup("." + SuperMapView.ARC_CLASS).queryAll().stream()
                .filter(n -> capitalChungcheong((Arc) n.getUserData())).toList();
    }

    @Test
    void theArcsBetweenCapitalAndChungcheongShowBetweenCirclesDrawnApart(FxRobot robot) {
        SuperMapView map = map(robot);
        var drawing = map.drawing();
        var capital = drawing.circle(SuperMapGeometryTest.CAPITAL);
        var chungcheong = drawing.circle(SuperMapGeometryTest.CHUNGCHEONG);
        assertTrue(Math.hypot(capital.homeX() - chungcheong.homeX(), capital.homeY() - chungcheong.homeY())
                < capital.outerRadius() + chungcheong.outerRadius(), "at their own places the two circles overlap");
        List<Node> arcs = capitalChungcheongArcs(robot);
        assertEquals(3, arcs.size(), "trade both ways and co-patent");
        long pair = 0;
        for (Node node : arcs) {
            assertTrue(node.isVisible() && node.getScene() != null);
            Arc arc = (Arc) node.getUserData();
            double visible = CircleSpacing.visibleLength(arc, drawing.circles());
            assertTrue(visible >= SuperMapGeometry.arrowHead(arc.width()) + CircleSpacing.MIN_SHAFT,
                    arc + ": its head and some line show, " + visible + " px");
            pair += arc.links();
        }
        // The headline flow: no other pair of clusters has as many links between them.
        Map<java.util.Set<Integer>, Long> byPair = drawing.arcs().stream().collect(Collectors.groupingBy(
                a -> java.util.Set.of(a.from(), a.to()), Collectors.summingLong(Arc::links)));
        assertEquals(byPair.values().stream().mapToLong(Long::longValue).max().orElseThrow(), pair);
        assertTrue(CircleSpacing.moved(chungcheong), "Chungcheong's circle was moved off its place");
        assertEquals(2 * drawing.circles().stream().filter(CircleSpacing::moved).count(),
                robot.lookup("." + SuperMapView.HOME_CLASS).queryAll().size(), "a dot and a line per moved circle");
    }

    @Test
    void theLinkCountsToggleWritesEachArcsLinksOnScreenAndInThePicture(FxRobot robot) throws Exception {
        SuperMapView map = map(robot);
        assertTrue(robot.lookup("." + SuperMapView.COUNT_CLASS).queryAll().isEmpty(), "off at first");
        robot.clickOn("#" + SuperMapSwitch.ARC_COUNTS_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.superMap().arcCountsProperty().get());
        Map<Arc, String> counts = robot.lookup("." + SuperMapView.COUNT_CLASS).queryAllAs(Label.class).stream()
                .collect(Collectors.toMap(l -> (Arc) l.getUserData(), Label::getText));
        assertEquals(map.drawing().arcs().size(), counts.size(), "one figure per arc");
        var graph = view.superMap().figuresProperty().get().graph();
        long back = graph.links(LinkType.TRADE).count(SuperMapGeometryTest.CHUNGCHEONG, SuperMapGeometryTest.CAPITAL);
        assertTrue(back > 99, "a three-digit flow: " + back);
        String figure = String.format(Locale.ENGLISH, "%,d", back);
        Arc arc = capitalChungcheongArcs(robot).stream().map(n -> (Arc) n.getUserData())
                .filter(a -> a.type() == LinkType.TRADE && a.from() == SuperMapGeometryTest.CHUNGCHEONG).findFirst()
                .orElseThrow();
        assertEquals(figure, counts.get(arc), "Chungcheong → capital: its trade links");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(I18n.get("supermap.legend.counts"))), "the legend says what they are");

        MapScene picture = WaitForAsyncUtils.asyncFx(() -> view.mapPicture("Super-clusters", "", false)).get();
        assertTrue(texts(picture.elements()).containsAll(counts.values()), "the exported picture carries the figures");
        var image = WaitForAsyncUtils.asyncFx(() -> view.paint(picture, 1)).get();
        Files.createDirectories(Path.of("target"));
        ImageIO.write(image, "png", Path.of("target/super-map-counts.png").toFile());

        robot.clickOn("#" + SuperMapSwitch.ARC_COUNTS_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("." + SuperMapView.COUNT_CLASS).queryAll().isEmpty(), "toggled off: gone");
        MapScene without = WaitForAsyncUtils.asyncFx(() -> view.mapPicture("Super-clusters", "", false)).get();
        assertFalse(texts(without.elements()).contains(figure));
    }

    private static List<String> texts(List<MapScene.Element> elements) {
        List<String> out = new java.util.ArrayList<>();
        for (MapScene.Element e : elements) {
            if (e instanceof MapScene.Text t) {
                out.add(t.text());
            } else if (e instanceof MapScene.Group g) {
                out.addAll(texts(g.elements()));
            }
        }
        return out;
    }
}
