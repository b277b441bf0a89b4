package org.supracluster.ui.filter;

import org.supracluster.ui.FilterViewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeCell;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Firm;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;
import org.supracluster.ui.Fonts;
import org.supracluster.ui.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The filter panel, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class FilterViewTest {

    /** Within Monocle's headless screen (1280×800): a larger stage is not painted. */
    private static final double SCENE_HEIGHT = 780;
    private static final Pattern HANGUL = Pattern.compile(".*\\p{IsHangul}.*");

    private FilterViewModel model;
    private FilterView view;

    /** One firm in each of five provinces; links in every year 2015–2024, weights 1–50. */
    static Network network() {
        Network.Builder b = Network.builder();
        Region[] places = {Region.SEOUL, Region.GYEONGGI, Region.DAEJEON, Region.BUSAN, Region.JEJU};
        for (int i = 0; i < places.length; i++) {
            b.addFirm(new Firm("F" + i, "기업 " + i, places[i], "", places[i].centreLat(), places[i].centreLon(),
                    Segment.values()[i], -1, Map.of()));
        }
        for (int year = 2015; year <= 2024; year++) {
            int k = year - 2015;
            b.addLink(k % 5, (k + 1) % 5, k % 3 == 0 ? LinkType.COPATENT : LinkType.TRADE, 1 + k * 49.0 / 9, year);
        }
        return b.build();
    }

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        Fonts.load();
        model = new FilterViewModel(network(), ClusterScheme.defaultFive());
        view = new FilterView(model);
        Scene scene = new Scene(view, FilterView.PREF_WIDTH, SCENE_HEIGHT);
        scene.getStylesheets().add(Fonts.baseStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void restore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            I18n.setLocale(Locale.ENGLISH);
            view.dispose();
        }).get();
    }

    /** The check box of the tree row showing {@code text}. */
    private static Node checkBoxOfRow(FxRobot robot, String text) {
        TreeCell<?> cell = robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> text.equals(c.getText()) || c.getItem() != null && text.equals(c.getItem().toString()))
                .findFirst().orElseThrow(() -> new AssertionError("no tree row " + text));
        return robot.from(cell).lookup(".check-box").query();
    }

    /** Scrolls the tree to a province's row (the tree is shorter than its rows at this height). */
    private void scrollTo(Region region) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.tree().scrollTo(view.tree().getRow(view.tree().regionItem(region)))).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> rowTexts(FxRobot robot) {
        return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getItem() != null).map(c -> c.getItem().toString()).collect(Collectors.toList());
    }

    @Test
    void playMovesTheYearWindowForwardAndPauseStopsIt(FxRobot robot) throws Exception {
        Button play = robot.lookup("#" + FilterView.PLAY_ID).queryAs(Button.class);
        assertEquals("▶ Play years", play.getText());
        WaitForAsyncUtils.asyncFx(() -> view.playback().secondsPerYearProperty().set(0.5)).get();
        robot.clickOn(play);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Integer.valueOf(2015), model.getFilter().yearFrom(), "from the whole span: the first year");
        assertEquals(Integer.valueOf(2015), model.getFilter().yearTo());
        assertEquals("Pause", play.getText());
        // The timer moves the window on by itself (waiting for it, not timing it).
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> model.getFilter().yearFrom() != null && model.getFilter().yearFrom() >= 2016);
        robot.clickOn(play);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.playback().playingProperty().get());
        assertEquals("▶ Play years", play.getText());
        Integer stoppedAt = model.getFilter().yearFrom();
        assertEquals(stoppedAt, model.getFilter().yearTo(), "one year at a time");
    }

    @Test
    void clickingCoPatentRemovesCoPatentFromTheFilter(FxRobot robot) {
        ToggleButton copatent = robot.lookup("#" + FilterView.COPATENT_ID).queryAs(ToggleButton.class);
        assertTrue(copatent.isSelected());
        robot.clickOn(copatent);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(copatent.isSelected());
        assertEquals(EnumSet.of(LinkType.TRADE), model.getFilter().linkTypes());
        robot.clickOn("#" + FilterView.TRADE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.getFilter().linkTypes().isEmpty());
    }

    @Test
    void uncheckingAProvinceInTheTreeRemovesItsRegion(FxRobot robot) {
        robot.clickOn(checkBoxOfRow(robot, "Gyeonggi"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.getFilter().regions().contains(Region.GYEONGGI));
        assertEquals(16, model.getFilter().regions().size());
        CheckBox capital = (CheckBox) checkBoxOfRow(robot, "Capital region");
        assertTrue(capital.isIndeterminate(), "the cluster shows that some of its provinces are off");
        CheckBox all = (CheckBox) checkBoxOfRow(robot, "All");
        assertTrue(all.isIndeterminate());
    }

    @Test
    void uncheckingAClusterInTheTreeRemovesAllItsProvinces(FxRobot robot) throws Exception {
        // The weight spinners leave the tree too short for the Southeast row at this height.
        scrollTo(Region.GYEONGBUK);
        robot.clickOn(checkBoxOfRow(robot, "Southeast"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.getFilter().regions().contains(Region.BUSAN));
        assertFalse(model.getFilter().regions().contains(Region.ULSAN));
        assertFalse(model.getFilter().regions().contains(Region.GYEONGNAM));
        assertEquals(14, model.getFilter().regions().size());
        assertFalse(((CheckBox) checkBoxOfRow(robot, "Busan")).isSelected());
        // Clicking the indeterminate root checks everything again.
        WaitForAsyncUtils.asyncFx(() -> view.tree().scrollTo(0)).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(checkBoxOfRow(robot, "All"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EnumSet.allOf(Region.class), model.getFilter().regions());
        scrollTo(Region.GYEONGBUK);
        assertTrue(((CheckBox) checkBoxOfRow(robot, "Busan")).isSelected());
    }

    @Test
    void theYearSliderAndItsLabelsFollowTheModel(FxRobot robot) throws Exception {
        RangeSlider years = robot.lookup("#" + FilterView.YEARS_ID).queryAs(RangeSlider.class);
        assertEquals(2015, years.getLowValue());
        assertEquals(2024, years.getHighValue());
        WaitForAsyncUtils.asyncFx(() -> model.setYearRange(2018, 2020)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2018, years.getLowValue());
        assertEquals(2020, years.getHighValue());
        assertEquals("2018", robot.lookup("#" + FilterView.YEAR_FROM_ID).queryAs(Label.class).getText());
        assertEquals("2020", robot.lookup("#" + FilterView.YEAR_TO_ID).queryAs(Label.class).getText());
        WaitForAsyncUtils.asyncFx(() -> years.setHighValue(2022.4)).get();
        assertEquals(2022, model.getFilter().yearTo());
        assertFalse(model.getFilter().includeUndated());
    }

    @Test
    void typingAWeightSetsTheMinimumAndNonsenseIsIgnored(FxRobot robot) {
        javafx.scene.control.TextField editor = robot.lookup("#" + FilterView.minWeightId(LinkType.TRADE))
                .queryAs(javafx.scene.control.Spinner.class).getEditor();
        robot.doubleClickOn(editor).eraseText(3).write("7.5").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7.5, model.getFilter().minWeight(LinkType.TRADE));
        robot.doubleClickOn(editor).eraseText(3).write("abc").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7.5, model.getFilter().minWeight(LinkType.TRADE));
        assertEquals(0, model.getFilter().minWeight(LinkType.COPATENT), "the co-patent minimum is its own");
    }

    @Test
    void aCoPatentMinimumDoesNotHideTradeLinks(FxRobot robot) {
        // Co-patent links weigh 1, 17.3, 33.7 and 50; the six trade links 6.4 to 44.6.
        Network network = network();
        javafx.scene.control.Spinner<?> copatent = robot.lookup("#" + FilterView.minWeightId(LinkType.COPATENT))
                .queryAs(javafx.scene.control.Spinner.class);
        robot.doubleClickOn(copatent.getEditor()).eraseText(3).write("20").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20, model.getFilter().minWeight(LinkType.COPATENT));
        assertEquals(0, model.getFilter().minWeight(LinkType.TRADE));
        assertEquals("0", robot.lookup("#" + FilterView.minWeightId(LinkType.TRADE))
                .queryAs(javafx.scene.control.Spinner.class).getEditor().getText());
        NetworkView view = NetworkView.of(network, model.getFilter());
        int trade = 0;
        int copatents = 0;
        for (int l = view.nextLink(0); l >= 0; l = view.nextLink(l + 1)) {
            if (network.linkType(l) == LinkType.TRADE) {
                trade++;
            } else {
                copatents++;
            }
        }
        assertEquals(6, trade, "every trade link stays");
        assertEquals(2, copatents, "33.7 and 50");
    }

    @Test
    void eachWeightSpinnerNamesItsUnitAndAHiddenTypesSpinnerIsOff(FxRobot robot) throws Exception {
        assertEquals("Trade (amount)", unitLabel(robot, LinkType.TRADE));
        assertEquals("Co-patent (patents)", unitLabel(robot, LinkType.COPATENT));
        javafx.scene.control.Spinner<?> copatent = robot.lookup("#" + FilterView.minWeightId(LinkType.COPATENT))
                .queryAs(javafx.scene.control.Spinner.class);
        assertFalse(copatent.isDisabled());
        robot.clickOn("#" + FilterView.COPATENT_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(copatent.isDisabled(), "co-patent links are hidden: their minimum changes nothing");
        WaitForAsyncUtils.asyncFx(() -> I18n.setLocale(Locale.KOREAN)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("거래 (금액)", unitLabel(robot, LinkType.TRADE));
        assertEquals("공동특허 (특허 수)", unitLabel(robot, LinkType.COPATENT));
    }

    /** The text of the label that names a weight spinner. */
    private static String unitLabel(FxRobot robot, LinkType type) {
        Node spinner = robot.lookup("#" + FilterView.minWeightId(type)).query();
        return robot.lookup(".label").queryAllAs(Label.class).stream().filter(l -> l.getLabelFor() == spinner)
                .findFirst().orElseThrow(() -> new AssertionError("no label for " + type)).getText();
    }

    @Test
    void resetButtonRestoresEverything(FxRobot robot) throws Exception {
        robot.clickOn("#" + FilterView.COPATENT_ID);
        robot.clickOn("#" + FilterView.SEGMENT_ID_PREFIX + Segment.FAB.code());
        scrollTo(Region.JEJU);
        robot.clickOn(checkBoxOfRow(robot, "Jeju"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.getFilter().segments().contains(Segment.FAB));
        robot.clickOn("#" + FilterView.RESET_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Filter.all(), model.getFilter());
        assertTrue(robot.lookup("#" + FilterView.COPATENT_ID).queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void switchingToKoreanShowsKoreanLabels(FxRobot robot) throws Exception {
        snapshot("target/filter-panel-en.png");
        WaitForAsyncUtils.asyncFx(() -> I18n.setLocale(Locale.KOREAN)).get();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> rows = rowTexts(robot);
        assertTrue(rows.contains("수도권"), rows.toString());
        assertTrue(rows.contains("경기"), rows.toString());
        assertEquals("기타", view.tree().getRoot().getChildren().get(5).getValue(), "the other group, scrolled off");
        assertTrue(rows.stream().allMatch(t -> HANGUL.matcher(t).matches()), rows.toString());
        for (String id : List.of(FilterView.TRADE_ID, FilterView.COPATENT_ID, FilterView.RESET_ID)) {
            String text = robot.lookup("#" + id).queryAs(ButtonBase.class).getText();
            assertTrue(HANGUL.matcher(text).matches(), id + ": " + text);
        }
        assertEquals("공동특허", robot.lookup("#" + FilterView.COPATENT_ID).queryAs(ToggleButton.class).getText());
        assertEquals("제조",
                robot.lookup("#" + FilterView.SEGMENT_ID_PREFIX + "fab").queryAs(CheckBox.class).getText());
        // Some choices changed, so that the picture shows a tri-state cluster and a toggle off.
        robot.clickOn(checkBoxOfRow(robot, "경기"));
        robot.clickOn("#" + FilterView.COPATENT_ID);
        WaitForAsyncUtils.asyncFx(() -> {
            model.setYearRange(2018, 2022);
            model.setMinWeight(5);
        }).get();
        snapshot("target/filter-panel.png");
        assertTrue(((CheckBox) checkBoxOfRow(robot, "수도권")).isIndeterminate());
        assertEquals("5", robot.lookup("#" + FilterView.minWeightId(LinkType.TRADE))
                .queryAs(javafx.scene.control.Spinner.class).getEditor().getText());
    }

    private void snapshot(String path) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> view.getScene().snapshot(null)).get();
        new File("target").mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(path));
    }
}
