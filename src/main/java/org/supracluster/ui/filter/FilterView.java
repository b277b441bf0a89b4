package org.supracluster.ui.filter;

import org.supracluster.ui.FilterViewModel;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;
import org.supracluster.model.Segment;
import org.supracluster.ui.I18n;

/**
 * The left filter panel: the province tree, the Trade and Co-patent toggles, the year range, the
 * minimum link weight, the segments and a reset button, top to bottom. Built in code in a fixed
 * order (constructor, {@link #createView()}, {@link #initListeners()}); it only binds to the
 * {@link FilterViewModel}. The tree takes the height left over and scrolls on its own; when even
 * its minimum does not fit, the whole panel scrolls. Call {@link #dispose()} when the panel goes
 * away, to stop following language switches.
 */
public final class FilterView extends ScrollPane {

    /** Style classes and ids, so tests and stylesheets find the controls. */
    public static final String STYLE_CLASS = "filter-panel";
    public static final String SECTION_STYLE_CLASS = "filter-section";
    public static final String TITLE_STYLE_CLASS = "filter-title";
    public static final String TREE_ID = "filter-regions";
    public static final String TRADE_ID = "filter-trade";
    public static final String COPATENT_ID = "filter-copatent";
    public static final String YEARS_ID = "filter-years";
    public static final String YEAR_FROM_ID = "filter-year-from";
    public static final String YEAR_TO_ID = "filter-year-to";
    public static final String MIN_WEIGHT_ID = "filter-min-weight";
    public static final String RESET_ID = "filter-reset";
    /** Id of a segment's check box: this prefix and the segment's code ({@code filter-segment-fab}). */
    public static final String SEGMENT_ID_PREFIX = "filter-segment-";
    /** Link colours of the map stylesheet ({@code css/map.css}), so the toggles read as its legend. */
    public static final Color TRADE_COLOUR = Color.rgb(0, 80, 150);
    public static final Color COPATENT_COLOUR = Color.rgb(51, 51, 51);
    /** Width the panel asks for. */
    public static final double PREF_WIDTH = 270;

    private final FilterViewModel model;
    private final Label title = new Label();
    private final Label regionsHeader = new Label();
    private final RegionTree tree;
    private final Label linksHeader = new Label();
    private final ToggleButton trade = new ToggleButton();
    private final ToggleButton copatent = new ToggleButton();
    private final Label yearsHeader = new Label();
    private final Label yearFrom = new Label();
    private final Label yearTo = new Label();
    private final RangeSlider years;
    public static final String PLAY_ID = "filter-play";
    public static final String SPEED_ID = "filter-speed";
    private final YearPlayback playback;
    private final Button play = new Button();
    private final javafx.scene.control.ChoiceBox<Double> speed = new javafx.scene.control.ChoiceBox<>();
    private final javafx.animation.Timeline playTimer = new javafx.animation.Timeline();
    private final Label minWeightHeader = new Label();
    private final Spinner<Double> minWeight = new Spinner<>();
    private final Label segmentsHeader = new Label();
    private final Map<Segment, CheckBox> segments = new EnumMap<>(Segment.class);
    private final Button reset = new Button();
    private I18n.Subscription languageSubscription;
    /** True while the year slider is set from the view model, so that the change is not sent back. */
    private boolean syncingYears;

    public FilterView(FilterViewModel model) {
        this.model = model;
        this.tree = new RegionTree(model);
        this.playback = new YearPlayback(model);
        this.years = model.hasYears()
                ? new RangeSlider(model.minYear(), model.maxYear(), model.minYear(), model.maxYear())
                : new RangeSlider(0, 1, 0, 1);
        createView();
        initListeners();
        updateTexts();
    }

    private void createView() {
        getStyleClass().add(STYLE_CLASS);
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(PREF_WIDTH);
        title.getStyleClass().add(TITLE_STYLE_CLASS);
        // Until the shared stylesheet styles these classes: inline, as an author stylesheet's font
        // rule would override setFont.
        title.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        tree.setId(TREE_ID);
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox content = new VBox(6, title,
                section(regionsHeader), tree,
                section(linksHeader), createLinkToggles(),
                section(yearsHeader), createYears(), createPlayback(),
                createMinWeight(),
                section(segmentsHeader), createSegments(),
                createReset());
        content.setPadding(new Insets(10));
        content.setFillWidth(true);
        setContent(content);
    }

    private static Label section(Label header) {
        header.getStyleClass().add(SECTION_STYLE_CLASS);
        header.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
        return header;
    }

    private HBox createLinkToggles() {
        trade.setId(TRADE_ID);
        copatent.setId(COPATENT_ID);
        trade.setGraphic(linkSample(TRADE_COLOUR, false));
        copatent.setGraphic(linkSample(COPATENT_COLOUR, true));
        for (ToggleButton t : new ToggleButton[] {trade, copatent}) {
            t.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(t, Priority.ALWAYS);
        }
        return new HBox(6, trade, copatent);
    }

    /** A short line drawn as the map draws a link of the type: solid or dashed, in its colour. */
    private static Line linkSample(Color colour, boolean dashed) {
        Line line = new Line(0, 0, 18, 0);
        line.setStroke(colour);
        line.setStrokeWidth(2.5);
        if (dashed) {
            line.getStrokeDashArray().addAll(4.0, 3.0);
        }
        return line;
    }

    private HBox createYears() {
        years.setId(YEARS_ID);
        yearFrom.setId(YEAR_FROM_ID);
        yearTo.setId(YEAR_TO_ID);
        int span = model.maxYear() - model.minYear();
        years.setMajorTickUnit(span > 10 ? 5 : 1);
        years.setMinorTickCount(span > 10 ? 4 : 0);
        years.setShowTickMarks(true);
        years.setSnapToTicks(true);
        years.setBlockIncrement(1);
        years.setDisable(span == 0);
        years.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(years, Priority.ALWAYS);
        HBox row = new HBox(6, yearFrom, years, yearTo);
        row.setAlignment(Pos.CENTER);
        return row;
    }

    /** Play / pause and the speed of the year playback, under the year slider. */
    private HBox createPlayback() {
        play.setId(PLAY_ID);
        speed.setId(SPEED_ID);
        speed.getItems().setAll(YearPlayback.SPEEDS);
        speed.setValue(playback.secondsPerYear());
        speed.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : I18n.format("filter.play.speed", s);
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        play.setDisable(!playback.canPlay());
        speed.setDisable(!playback.canPlay());
        playTimer.setCycleCount(javafx.animation.Animation.INDEFINITE);
        retime();
        HBox row = new HBox(6, play, speed);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The timer steps the playback every {@link YearPlayback#secondsPerYear()} seconds. */
    private void retime() {
        boolean running = playTimer.getStatus() == javafx.animation.Animation.Status.RUNNING;
        playTimer.stop();
        playTimer.getKeyFrames().setAll(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(playback.secondsPerYear()), e -> playback.step()));
        if (running) {
            playTimer.play();
        }
    }

    /** The year playback (play, pause, speed). */
    public YearPlayback playback() {
        return playback;
    }

    private HBox createMinWeight() {
        minWeight.setId(MIN_WEIGHT_ID);
        SpinnerValueFactory.DoubleSpinnerValueFactory factory = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                0, model.maxLinkWeight(), model.minWeightProperty().get(), model.weightStep());
        factory.setConverter(new WeightConverter(factory));
        minWeight.setValueFactory(factory);
        minWeight.setEditable(true);
        minWeight.setPrefWidth(90);
        minWeight.setDisable(model.maxLinkWeight() <= 0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(6, section(minWeightHeader), gap, minWeight);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private GridPane createSegments() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        Segment[] all = Segment.values();
        int rows = (all.length + 1) / 2;
        for (int i = 0; i < all.length; i++) {
            CheckBox box = new CheckBox();
            box.setId(SEGMENT_ID_PREFIX + all[i].code());
            segments.put(all[i], box);
            grid.add(box, i / rows, i % rows);
        }
        return grid;
    }

    private HBox createReset() {
        reset.setId(RESET_ID);
        HBox row = new HBox(reset);
        row.setAlignment(Pos.CENTER_RIGHT);
        row.setPadding(new Insets(6, 0, 0, 0));
        return row;
    }

    private void initListeners() {
        play.setOnAction(e -> {
            if (playback.playingProperty().get()) {
                playback.pause();
            } else {
                playback.play();
            }
        });
        playback.playingProperty().addListener((o, was, now) -> {
            play.setText(I18n.get(now ? "filter.pause" : "filter.play"));
            if (now) {
                playTimer.playFromStart();
            } else {
                playTimer.stop();
            }
        });
        speed.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                playback.secondsPerYearProperty().set(now);
                retime();
            }
        });
        trade.selectedProperty().bindBidirectional(model.tradeProperty());
        copatent.selectedProperty().bindBidirectional(model.copatentProperty());
        segments.forEach((s, box) -> box.selectedProperty().bindBidirectional(model.segmentSelectedProperty(s)));
        years.lowValueProperty().addListener(o -> pushYears());
        years.highValueProperty().addListener(o -> pushYears());
        years.lowValueChangingProperty().addListener(o -> pullYears());
        years.highValueChangingProperty().addListener(o -> pullYears());
        model.yearFromProperty().addListener(o -> pullYears());
        model.yearToProperty().addListener(o -> pullYears());
        minWeight.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.setMinWeight(now);
            }
        });
        model.minWeightProperty().addListener((o, was, now) -> minWeight.getValueFactory().setValue(now.doubleValue()));
        minWeight.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitWeight();
            }
        });
        reset.setOnAction(e -> model.reset());
        languageSubscription = I18n.addListener(locale -> updateTexts());
        pullYears();
    }

    /** Slider to model: whole years. */
    private void pushYears() {
        if (!syncingYears && model.hasYears()) {
            model.setYearRange((int) Math.round(years.getLowValue()), (int) Math.round(years.getHighValue()));
        }
    }

    /** Model to slider and labels; the slider is left alone while a thumb is being dragged. */
    private void pullYears() {
        int from = model.yearFromProperty().get();
        int to = model.yearToProperty().get();
        yearFrom.setText(model.hasYears() ? Integer.toString(from) : "–");
        yearTo.setText(model.hasYears() ? Integer.toString(to) : "–");
        if (!model.hasYears() || years.isLowValueChanging() || years.isHighValueChanging()) {
            return;
        }
        syncingYears = true;
        try {
            if (from > years.getHighValue()) { // the slider keeps low ≤ high: move the side that makes room
                years.setHighValue(to);
                years.setLowValue(from);
            } else {
                years.setLowValue(from);
                years.setHighValue(to);
            }
        } finally {
            syncingYears = false;
        }
    }

    /** Takes a typed weight when the spinner loses focus; text that is no number puts the value back. */
    private void commitWeight() {
        if (minWeight.isEditable()) {
            minWeight.commitValue();
            minWeight.getEditor().setText(minWeight.getValueFactory().getConverter()
                    .toString(minWeight.getValue()));
        }
    }

    private void updateTexts() {
        title.setText(I18n.get("filter.title"));
        regionsHeader.setText(I18n.get("filter.clusters"));
        tree.updateTexts();
        linksHeader.setText(I18n.get("filter.linkTypes"));
        trade.setText(I18n.get("filter.trade"));
        copatent.setText(I18n.get("filter.copatent"));
        trade.setTooltip(new Tooltip(I18n.get("legend.trade")));
        copatent.setTooltip(new Tooltip(I18n.get("legend.copatent")));
        yearsHeader.setText(I18n.get("filter.years"));
        years.setTooltip(new Tooltip(I18n.get("filter.years.undated")));
        minWeightHeader.setText(I18n.get("filter.minWeight"));
        minWeight.setTooltip(new Tooltip(I18n.get("filter.minWeight.tip")));
        segmentsHeader.setText(I18n.get("filter.segments"));
        segments.forEach((s, box) -> box.setText(I18n.name(s)));
        reset.setText(I18n.get("filter.reset"));
        play.setText(I18n.get(playback.playingProperty().get() ? "filter.pause" : "filter.play"));
        play.setTooltip(new Tooltip(I18n.get("filter.play.tip")));
        Double chosen = speed.getValue();
        speed.getItems().setAll(YearPlayback.SPEEDS); // redraw the items in the new language
        speed.setValue(chosen);
    }

    /** Stops following language switches; call when the panel is taken out of the window. */
    public void dispose() {
        playback.pause();
        if (languageSubscription != null) {
            languageSubscription.close();
            languageSubscription = null;
        }
    }

    /** The province tree. */
    public RegionTree tree() {
        return tree;
    }

    public FilterViewModel model() {
        return model;
    }

    /** Weights as plain decimals ("2.5"); unreadable text keeps the current value instead of failing. */
    private static final class WeightConverter extends StringConverter<Double> {
        private final DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        private final SpinnerValueFactory<Double> factory;

        WeightConverter(SpinnerValueFactory<Double> factory) {
            this.factory = factory;
        }

        @Override
        public String toString(Double value) {
            return value == null ? "" : format.format(value);
        }

        @Override
        public Double fromString(String text) {
            String s = text == null ? "" : text.strip().replace(',', '.');
            ParsePosition at = new ParsePosition(0);
            Number n = format.parse(s, at);
            if (n == null || at.getIndex() != s.length() || Double.isNaN(n.doubleValue())) {
                return factory.getValue();
            }
            return n.doubleValue();
        }
    }
}
