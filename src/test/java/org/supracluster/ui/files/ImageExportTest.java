package org.supracluster.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.supracluster.export.MapScene;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Progress;
import org.supracluster.model.Region;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * File › Export image… in a real window (headless Monocle): PNG at a scale, SVG of what is shown,
 * Hangul and the font inside, and no half file when writing fails. The file choice is the test's.
 */
@ExtendWith(ApplicationExtension.class)
class ImageExportTest {

    @TempDir
    static Path dir;

    private ExplorerView view;
    private ExplorerViewModel model;
    /** What the fake export question answers next, and the defaults it was offered. */
    private FileChoice.ImageTarget answer;
    private final List<String> offered = new ArrayList<>();
    /** The colours the question offered first, last time (the theme on screen). */
    private boolean offeredDark;
    /** The file name the question offered last. */
    private String suggested;

    private final FileChoice choice = new NoFileChoice() {
        @Override
        public Optional<ImageTarget> imageTarget(String suggestedName, String title, String subtitle,
                                                     boolean dark) {
            suggested = suggestedName;
            offered.add(title);
            offered.add(subtitle);
            offeredDark = dark;
            return Optional.ofNullable(answer);
        }
    };

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.KOREAN);
        Fonts.load();
        model = new ExplorerViewModel(NetworkGraphTest.network(), ClusterScheme.defaultFive());
        view = new ExplorerView(model, Workspace.NONE,
                new FileMenu.Services(choice, RecentFilesStore.inMemory(), Runnable::run, () -> { }));
        Scene scene = new Scene(view, 1100, 760);
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(() -> {
            view.map().close();
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != view.getScene().getWindow()) {
                    w.hide();
                }
            }
            I18n.setLocale(Locale.ENGLISH);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until GraphStream has drawn the map once (its camera knows the scale). */
    private void waitForMap() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            var camera = view.map().graphView().getCamera();
            return camera != null && camera.getMetrics().ratioPx2Gu > 0 && view.map().getWidth() > 0;
        }).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void exportAs(FileChoice.ImageTarget target) throws Exception {
        answer = target;
        MenuItem item = null;
        for (Menu m : view.menuBar().getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (FileMenu.EXPORT_IMAGE_ID.equals(i.getId())) {
                    item = i;
                }
            }
        }
        assertTrue(item != null, "File › Export image… exists");
        assertEquals(FileMenu.EXPORT_IMAGE_KEYS, item.getAccelerator());
        WaitForAsyncUtils.asyncFx(item::fire).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pngAtTwiceTheScaleHasTwiceTheMapSizeAndIsNotBlank(FxRobot robot) throws Exception {
        waitForMap();
        Path file = dir.resolve("map-2x.png");
        exportAs(new FileChoice.ImageTarget(file, ImageExport.Format.PNG, 2, "반도체 협력망", "수도권 · 2020–2022", false));
        assertTrue(Files.isRegularFile(file), "the PNG is written");
        BufferedImage png = ImageIO.read(file.toFile());
        double w = WaitForAsyncUtils.asyncFx(() -> view.map().getWidth()).get();
        double h = WaitForAsyncUtils.asyncFx(() -> view.map().getHeight()).get();
        assertEquals((int) Math.ceil(2 * w), png.getWidth());
        double header = org.supracluster.ui.map.MapPicture.headerHeight("반도체 협력망", "수도권 · 2020–2022");
        assertTrue(header > 0);
        assertEquals((int) Math.ceil(2 * (h + header)), png.getHeight(), "the map and the title header above it");
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < png.getHeight(); y += 3) {
            for (int x = 0; x < png.getWidth(); x += 3) {
                colours.add(png.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "background, land, borders, firms, legend and text: " + colours.size());
        // The offered title is the program's, the subtitle the filter in words (Korean here).
        assertEquals(I18n.get("app.title"), offered.get(0));
        assertTrue(offered.get(1).matches(".*[\\uAC00-\\uD7A3].*"), offered.get(1));
        String notice = robot.lookup("#" + org.supracluster.ui.status.StatusBar.NOTICE_ID).queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(notice.contains(file.getFileName().toString()), notice);
        new File("target").mkdirs();
        Files.copy(file, Path.of("target/image-export-2x.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        // Without a title, the picture is exactly the map at the scale: 4× here.
        Path bare = dir.resolve("map-4x.png");
        exportAs(new FileChoice.ImageTarget(bare, ImageExport.Format.PNG, 4, " ", "", false));
        BufferedImage png4 = ImageIO.read(bare.toFile());
        assertEquals((int) Math.ceil(4 * w), png4.getWidth());
        assertEquals((int) Math.ceil(4 * h), png4.getHeight());
    }

    @Test
    void svgHasOneCircleElementPerVisibleFirmAndFollowsTheFilter() throws Exception {
        waitForMap();
        EnumSet<Region> noJeju = EnumSet.allOf(Region.class);
        noJeju.remove(Region.JEJU);
        WaitForAsyncUtils.asyncFx(() -> model.setFilter(Filter.all().withRegions(noJeju))).get();
        WaitForAsyncUtils.waitForFxEvents();
        Path file = dir.resolve("map-filtered.svg");
        exportAs(new FileChoice.ImageTarget(file, ImageExport.Format.SVG, 1, "제목", "", false));
        Document doc = org.supracluster.export.SvgWriterTest.parse(Files.readAllBytes(file));
        assertEquals(Set.of("S", "G", "B"), firmIds(doc), "Jeju's firm is filtered out");
        assertEquals(3, view.map().networkGraph().shownNodeCount());

        WaitForAsyncUtils.asyncFx(() -> model.setFilter(Filter.all())).get();
        // Wait for a frame with Jeju inside the view (the camera may refit to the firms shown).
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            Object[] xy = (Object[]) view.map().networkGraph().graph().getNode("J").getAttribute("xy");
            var p = view.map().graphView().getCamera().transformGuToPx(((Number) xy[0]).doubleValue(),
                    ((Number) xy[1]).doubleValue(), 0);
            return p.y >= 0 && p.y <= view.map().getHeight();
        }).get());
        WaitForAsyncUtils.waitForFxEvents();
        Path all = dir.resolve("map-all.svg");
        exportAs(new FileChoice.ImageTarget(all, ImageExport.Format.SVG, 1, "제목", "", false));
        assertEquals(Set.of("S", "G", "B", "J"), firmIds(parseSvg(all)));
    }

    @Test
    void svgCarriesTheLabelledFirmsHangulNameAndTheTitleAsOutlinesOfTheBundledFont() throws Exception {
        waitForMap();
        int busan = model.network().indexOf("B");
        WaitForAsyncUtils.asyncFx(() -> model.selectedFirmProperty().set(busan)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Path file = dir.resolve("map-selected.svg");
        exportAs(new FileChoice.ImageTarget(file, ImageExport.Format.SVG, 1, "한국 반도체 <협력> & 거래", "부제", false));
        Document doc = parseSvg(file);
        List<String> texts = org.supracluster.export.SvgWriterTest.texts(doc);
        assertTrue(texts.contains("부산 소재 003"), texts.toString());
        assertTrue(texts.contains("한국 반도체 <협력> & 거래"), texts.toString());
        assertTrue(texts.contains("부제"), texts.toString());
        assertTrue(texts.contains(I18n.get("legend.trade")), "the legend is in the picture: " + texts);
        assertEquals(0, doc.getElementsByTagName("text").getLength(), "every text drawn as NanumGothic's outlines");
        assertEquals(0, doc.getElementsByTagName("style").getLength(), "no font embedded");
        assertTrue(Files.size(file) < 1_000_000, "far smaller than the 6 MB font: " + Files.size(file));
        assertTrue(doc.getElementsByTagName("polygon").getLength() > 17, "the provinces are drawn");
        assertTrue(doc.getElementsByTagName("line").getLength() >= 4, "the four links and the legend's");
        Files.copy(file, Path.of("target/image-export.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theFirmMapsPictureHasTheCircleSizeRowWhenCirclesAreSized() throws Exception {
        waitForMap();
        Path plain = dir.resolve("map-unsized.svg");
        exportAs(new FileChoice.ImageTarget(plain, ImageExport.Format.SVG, 1, "", "", false));
        assertFalse(org.supracluster.export.SvgWriterTest.texts(parseSvg(plain)).contains("Circle size: degree"));
        WaitForAsyncUtils.asyncFx(() -> view.map().setSizeMeaning("Circle size: degree")).get();
        WaitForAsyncUtils.waitForFxEvents();
        Path sized = dir.resolve("map-sized.svg");
        exportAs(new FileChoice.ImageTarget(sized, ImageExport.Format.SVG, 1, "", "", false));
        List<String> texts = org.supracluster.export.SvgWriterTest.texts(parseSvg(sized));
        assertTrue(texts.contains("Circle size: degree"), "the legend says what sizes mean: " + texts);
        Files.copy(sized, Path.of("target/image-export-sized.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void withTheSuperClusterMapShownThePictureIsThatMap(FxRobot robot) throws Exception {
        waitForMap();
        WaitForAsyncUtils.asyncFx(() -> view.superMap().modeProperty().set(
                org.supracluster.ui.supermap.SuperMapViewModel.Mode.GROUPS)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Path file = dir.resolve("super.svg");
        exportAs(new FileChoice.ImageTarget(file, ImageExport.Format.SVG, 1, "초광역", "", false));
        Document doc = parseSvg(file);
        NodeList all = doc.getElementsByTagName("circle");
        for (int i = 0; i < all.getLength(); i++) {
            assertEquals("", ((Element) all.item(i)).getAttribute("data-firm"), "groups and rings, not firms");
        }
        List<String> texts = org.supracluster.export.SvgWriterTest.texts(doc);
        assertTrue(texts.containsAll(List.of("초광역", "수도권", "동남권", I18n.get("supermap.legend.title"))),
                "title, the groups' names in Korean and the super-cluster legend: " + texts);
        assertTrue(texts.contains(I18n.get("supermap.legend.size")), "the circle-size row: " + texts);
        assertFalse(texts.contains(I18n.get("supermap.legend.click")),
                "no hint to click in a static picture: " + texts);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> robot.lookup(".label").queryAll().stream()
                .anyMatch(n -> n.isVisible() && n instanceof javafx.scene.control.Label l
                        && l.getText().equals(I18n.get("supermap.legend.click")))).get(),
                "the hint is back on screen after the export");
        // Capital region → Southeast trade is an arc: a curved path.
        int curves = 0;
        NodeList paths = doc.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            curves += ((Element) paths.item(i)).getAttribute("class").equals("text") ? 0 : 1;
        }
        assertTrue(curves >= 1, "arcs are curves");
        int groupDiscs = 0;
        NodeList circles = doc.getElementsByTagName("circle");
        for (int i = 0; i < circles.getLength(); i++) {
            Element c = (Element) circles.item(i);
            groupDiscs += !c.getAttribute("fill").equals("none") && Double.parseDouble(c.getAttribute("r")) > 6 ? 1 : 0;
        }
        long shown = WaitForAsyncUtils.asyncFx(() -> robot.lookup("." + org.supracluster.ui.supermap.SuperMapView.GROUP_CLASS)
                .queryAll().size()).get();
        assertTrue(groupDiscs >= shown, "one disc per group shown (" + shown + "): " + groupDiscs);

        assertEquals("network-super-clusters", suggested, "the file name offered says which map it is");
        Path png = dir.resolve("super.png");
        exportAs(new FileChoice.ImageTarget(png, ImageExport.Format.PNG, 2, "초광역", "", false));
        BufferedImage image = ImageIO.read(png.toFile());
        double w = WaitForAsyncUtils.asyncFx(() -> robot.lookup(".super-map").query().getLayoutBounds().getWidth()).get();
        assertEquals((int) Math.ceil(2 * w), image.getWidth(), "the super-cluster map's width at 2×");
        WaitForAsyncUtils.asyncFx(() -> view.superMap().modeProperty().set(
                org.supracluster.ui.supermap.SuperMapViewModel.Mode.FIRMS)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void thePresentersOwnTitleAndSubtitleAreOffered() throws Exception {
        waitForMap();
        WaitForAsyncUtils.asyncFx(() -> {
            view.presenter().editTitle("2024 협력 지도", "");
            view.presenter().editSubtitle("발표용", "");
        }).get();
        offered.clear();
        exportAs(null); // the question is asked, then cancelled
        assertEquals(List.of("2024 협력 지도", "발표용"), offered);
        WaitForAsyncUtils.asyncFx(() -> {
            view.presenter().editTitle("", I18n.get("app.title"));
            view.presenter().editSubtitle("", "");
        }).get();
    }

    @Test
    void theColoursOfferedFirstAreTheScreensAndTheChosenOnesArePainted() throws Exception {
        waitForMap();
        WaitForAsyncUtils.asyncFx(() -> {
            view.presenter().enter();
            view.presenter().toggleTheme();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        Path dark = dir.resolve("dark.svg");
        exportAs(new FileChoice.ImageTarget(dark, ImageExport.Format.SVG, 1, "어두운 지도", "", true));
        assertTrue(offeredDark, "in presenter mode's dark theme the dark colours are offered first");
        Path lightFromDark = dir.resolve("light-from-dark.svg");
        exportAs(new FileChoice.ImageTarget(lightFromDark, ImageExport.Format.SVG, 1, "밝은 지도", "", false));
        WaitForAsyncUtils.asyncFx(() -> {
            view.presenter().toggleTheme();
            view.presenter().leave();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        Path light = dir.resolve("light.svg");
        exportAs(new FileChoice.ImageTarget(light, ImageExport.Format.SVG, 1, "밝은 지도", "", false));
        assertFalse(offeredDark, "outside presenter mode the light colours are offered first");
        Path darkFromLight = dir.resolve("dark-from-light.svg");
        exportAs(new FileChoice.ImageTarget(darkFromLight, ImageExport.Format.SVG, 1, "어두운 지도", "", true));
        assertEquals("#15181d", background(parseSvg(dark)), "the dark sea, as on screen");
        assertEquals("#fbfaf6", background(parseSvg(lightFromDark)), "light colours chosen while the screen is dark");
        assertEquals("#fbfaf6", background(parseSvg(light)), "the usual light one outside presenter mode");
        assertEquals("#15181d", background(parseSvg(darkFromLight)), "dark colours chosen on a light screen");
        List<String> darkTexts = org.supracluster.export.SvgWriterTest.texts(parseSvg(darkFromLight));
        assertTrue(darkTexts.contains("어두운 지도"), "the title: " + darkTexts);
        assertFalse(WaitForAsyncUtils.asyncFx(() -> view.map().isDark()).get(), "the screen stays light");

        // The super-cluster map too: its shapes are restyled for the picture and back.
        WaitForAsyncUtils.asyncFx(() -> view.superMap().modeProperty().set(
                org.supracluster.ui.supermap.SuperMapViewModel.Mode.GROUPS)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Path superDark = dir.resolve("super-dark.svg");
        exportAs(new FileChoice.ImageTarget(superDark, ImageExport.Format.SVG, 1, "초광역", "", true));
        assertFalse(offeredDark);
        String sea = background(parseSvg(superDark));
        assertEquals(org.supracluster.ui.map.DarkTheme.SEA.toLowerCase(java.util.Locale.ROOT),
                sea.toLowerCase(java.util.Locale.ROOT), "the super-cluster map's dark sea");
        assertFalse(WaitForAsyncUtils.asyncFx(() -> view.isDark()).get(), "and the screen stays light");
        Path superLight = dir.resolve("super-light.svg");
        exportAs(new FileChoice.ImageTarget(superLight, ImageExport.Format.SVG, 1, "초광역", "", false));
        assertFalse(sea.equalsIgnoreCase(background(parseSvg(superLight))), "light after dark");
        WaitForAsyncUtils.asyncFx(() -> view.superMap().modeProperty().set(
                org.supracluster.ui.supermap.SuperMapViewModel.Mode.FIRMS)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String background(Document doc) {
        return ((Element) doc.getElementsByTagName("rect").item(0)).getAttribute("fill");
    }

    @Test
    void aFailedWriteLeavesNoFileUnderTheFinalNameAndSaysWhichFile(FxRobot robot) throws Exception {
        waitForMap();
        Path folder = Files.createDirectories(dir.resolve("failing"));
        Path target = folder.resolve("half.svg");
        MapScene scene = new MapScene(10, 10, "#ffffff", List.of());
        ViewExport.ExportException e = assertThrows(ViewExport.ExportException.class,
                () -> ImageExport.atomically(target, Progress.NONE, out -> {
                    out.write("<svg>half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }));
        assertEquals(target.toAbsolutePath(), e.file());
        assertFalse(Files.exists(target), "no half file under the final name");
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(0, left.count(), "no temporary file left either");
        }
        assertTrue(scene.elements().isEmpty());

        // From the menu: a file under a "folder" that is a file cannot be written; an Alert names it.
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        Path impossible = notAFolder.resolve("map.png");
        exportAs(new FileChoice.ImageTarget(impossible, ImageExport.Format.PNG, 1, "", "", false));
        assertFalse(Files.exists(impossible));
        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(alert.getHeaderText().contains(impossible.toString()), alert.getHeaderText());
    }

    @Test
    void theDialogAsksFormatScaleColoursTitleAndSubtitle(FxRobot robot) throws Exception {
        javafx.scene.control.Dialog<ImageExportDialog.Settings> dialog = WaitForAsyncUtils.asyncFx(() -> {
            var d = ImageExportDialog.create(view.getScene().getWindow(), "기본 제목", "모든 기업과 연결", false);
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<?> scale = robot.lookup("#" + ImageExportDialog.SCALE_ID)
                .queryAs(javafx.scene.control.ComboBox.class);
        assertFalse(scale.isDisabled(), "PNG first, with a scale");
        assertEquals(2, scale.getValue());
        robot.clickOn("#" + ImageExportDialog.SVG_ID);
        assertTrue(scale.isDisabled(), "an SVG has no pixels to scale");
        javafx.scene.control.TextField title = robot.lookup("#" + ImageExportDialog.TITLE_ID)
                .queryAs(javafx.scene.control.TextField.class);
        assertEquals("기본 제목", title.getText());
        javafx.scene.control.RadioButton light = robot.lookup("#" + ImageExportDialog.LIGHT_ID)
                .queryAs(javafx.scene.control.RadioButton.class);
        assertTrue(light.isSelected(), "the screen's light colours first");
        assertEquals("밝게", light.getText());
        robot.clickOn("#" + ImageExportDialog.DARK_ID);
        WaitForAsyncUtils.asyncFx(() -> title.setText("새 제목")).get();
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new ImageExportDialog.Settings(ImageExport.Format.SVG, 2, "새 제목", "모든 기업과 연결", true),
                dialog.getResult());
    }

    private static Document parseSvg(Path file) throws Exception {
        return org.supracluster.export.SvgWriterTest.parse(Files.readAllBytes(file));
    }

    private static Set<String> firmIds(Document doc) {
        NodeList circles = doc.getElementsByTagName("circle");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < circles.getLength(); i++) {
            ids.add(((Element) circles.item(i)).getAttribute("data-firm"));
        }
        assertEquals(circles.getLength(), ids.size(), "exactly one circle per firm");
        return ids;
    }
}
