package org.supracluster.ui.filter;

import org.supracluster.ui.FilterViewModel;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
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
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import org.supracluster.model.LinkType;
import org.supracluster.model.Segment;
import org.supracluster.ui.I18n;

/**
 * The left filter panel: the province tree, the Trade and Co-patent toggles, the year range with
 * its playback ({@link YearRangeView}), a minimum link weight per link type, the segments and a
 * reset button, top to bottom. Built in code in a fixed
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
    public static final String PLAY_ID = "filter-play";
    public static final String SPEED_ID = "filter-speed";
    public static final String RESET_ID = "filter-reset";
    /** Id of a segment's check box: this prefix and the segment's code ({@code filter-segment-fab}). */
    public static final String SEGMENT_ID_PREFIX = "filter-segment-";
    /** Id of a link type's minimum weight spinner: this prefix and the type's code ({@code filter-min-weight-trade}). */
    public static final String MIN_WEIGHT_ID_PREFIX = "filter-min-weight-";
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
    private final YearRangeView years;
    private final Label minWeightHeader = new Label();
    private final Map<LinkType, Label> minWeightLabels = new EnumMap<>(LinkType.class);
    private final Map<LinkType, Spinner<Double>> minWeights = new EnumMap<>(LinkType.class);
    private final Label segmentsHeader = new Label();
    private final Map<Segment, CheckBox> segments = new EnumMap<>(Segment.class);
    private final Button reset = new Button();
    private I18n.Subscription languageSubscription;

    public FilterView(FilterViewModel model) {
        this.model = model;
        this.tree = new RegionTree(model);
        this.years = new YearRangeView(model);
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
                section(yearsHeader), years,
                section(minWeightHeader), createMinWeights(),
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

    /** The year playback (play, pause, speed). */
    public YearPlayback playback() {
        return years.playback();
    }

    /**
     * One spinner per link type, each labelled with its unit: trade weights are amounts, co-patent
     * weights numbers of patents, so one threshold cannot serve both.
     */
    private GridPane createMinWeights() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        int row = 0;
        for (LinkType type : LinkType.values()) {
            Spinner<Double> spinner = new Spinner<>();
            spinner.setId(minWeightId(type));
            SpinnerValueFactory.DoubleSpinnerValueFactory factory = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                    0, model.maxLinkWeight(type), model.minWeightProperty(type).get(), model.weightStep(type));
            factory.setConverter(new WeightConverter(factory));
            spinner.setValueFactory(factory);
            spinner.setEditable(true);
            spinner.setPrefWidth(90);
            Label label = new Label();
            label.setLabelFor(spinner);
            label.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(label, Priority.ALWAYS);
            grid.addRow(row++, label, spinner);
            minWeightLabels.put(type, label);
            minWeights.put(type, spinner);
        }
        return grid;
    }

    /** The id of a link type's minimum weight spinner. */
    public static String minWeightId(LinkType type) {
        return MIN_WEIGHT_ID_PREFIX + type.code();
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
        trade.selectedProperty().bindBidirectional(model.tradeProperty());
        copatent.selectedProperty().bindBidirectional(model.copatentProperty());
        segments.forEach((s, box) -> box.selectedProperty().bindBidirectional(model.segmentSelectedProperty(s)));
        minWeights.forEach((type, spinner) -> {
            spinner.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    model.setMinWeight(type, now);
                }
            });
            model.minWeightProperty(type).addListener((o, was, now) ->
                    spinner.getValueFactory().setValue(now.doubleValue()));
            spinner.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commitWeight(spinner);
                }
            });
            // A hidden type's minimum would change nothing on screen; no links of a type, nothing to choose.
            BooleanProperty shown = type == LinkType.TRADE ? model.tradeProperty() : model.copatentProperty();
            if (model.maxLinkWeight(type) <= 0) {
                spinner.setDisable(true);
            } else {
                spinner.disableProperty().bind(shown.not());
            }
            minWeightLabels.get(type).disableProperty().bind(spinner.disableProperty());
        });
        reset.setOnAction(e -> model.reset());
        languageSubscription = I18n.addListener(locale -> updateTexts());
    }

    /** Takes a typed weight when the spinner loses focus; text that is no number puts the value back. */
    private static void commitWeight(Spinner<Double> spinner) {
        if (spinner.isEditable()) {
            spinner.commitValue();
            spinner.getEditor().setText(spinner.getValueFactory().getConverter().toString(spinner.getValue()));
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
        years.updateTexts();
        minWeightHeader.setText(I18n.get("filter.minWeight"));
        minWeightLabels.get(LinkType.TRADE).setText(I18n.get("filter.minWeight.trade"));
        minWeightLabels.get(LinkType.COPATENT).setText(I18n.get("filter.minWeight.copatent"));
        minWeights.get(LinkType.TRADE).setTooltip(new Tooltip(I18n.get("filter.minWeight.trade.tip")));
        minWeights.get(LinkType.COPATENT).setTooltip(new Tooltip(I18n.get("filter.minWeight.copatent.tip")));
        segmentsHeader.setText(I18n.get("filter.segments"));
        segments.forEach((s, box) -> box.setText(I18n.name(s)));
        reset.setText(I18n.get("filter.reset"));
    }

    /** Stops following language switches; call when the panel is taken out of the window. */
    public void dispose() {
        years.playback().pause();
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
