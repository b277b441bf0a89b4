package org.supracluster.ui.filter;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;
import org.supracluster.ui.FilterViewModel;
import org.supracluster.ui.I18n;

/**
 * The filter panel's year section: the year range slider between its first and last year, and
 * under it the {@link YearPlayback} controls (play / pause, speed) with the timer that steps the
 * playback. The slider and the {@link FilterViewModel}'s years follow each other both ways; while
 * a thumb is dragged the model's changes leave the slider alone. Control ids are
 * {@link FilterView}'s.
 */
final class YearRangeView extends VBox {

    private final FilterViewModel model;
    private final Label yearFrom = new Label();
    private final Label yearTo = new Label();
    private final RangeSlider years;
    private final YearPlayback playback;
    private final Button play = new Button();
    private final ChoiceBox<Double> speed = new ChoiceBox<>();
    private final Timeline playTimer = new Timeline();
    /** True while the year slider is set from the view model, so that the change is not sent back. */
    private boolean syncingYears;

    YearRangeView(FilterViewModel model) {
        super(6);
        this.model = model;
        this.playback = new YearPlayback(model);
        this.years = model.hasYears()
                ? new RangeSlider(model.minYear(), model.maxYear(), model.minYear(), model.maxYear())
                : new RangeSlider(0, 1, 0, 1);
        getChildren().addAll(createYears(), createPlayback());
        initListeners();
    }

    private HBox createYears() {
        years.setId(FilterView.YEARS_ID);
        yearFrom.setId(FilterView.YEAR_FROM_ID);
        yearTo.setId(FilterView.YEAR_TO_ID);
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
        play.setId(FilterView.PLAY_ID);
        speed.setId(FilterView.SPEED_ID);
        speed.getItems().setAll(YearPlayback.SPEEDS);
        speed.setValue(playback.secondsPerYear());
        speed.setConverter(new StringConverter<>() {
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
        playTimer.setCycleCount(Animation.INDEFINITE);
        retime();
        HBox row = new HBox(6, play, speed);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The timer steps the playback every {@link YearPlayback#secondsPerYear()} seconds. */
    private void retime() {
        boolean running = playTimer.getStatus() == Animation.Status.RUNNING;
        playTimer.stop();
        playTimer.getKeyFrames().setAll(new KeyFrame(Duration.seconds(playback.secondsPerYear()), e -> playback.step()));
        if (running) {
            playTimer.play();
        }
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
        years.lowValueProperty().addListener(o -> pushYears());
        years.highValueProperty().addListener(o -> pushYears());
        years.lowValueChangingProperty().addListener(o -> pullYears());
        years.highValueChangingProperty().addListener(o -> pullYears());
        model.yearFromProperty().addListener(o -> pullYears());
        model.yearToProperty().addListener(o -> pullYears());
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

    /** Puts the texts in the current language. */
    void updateTexts() {
        years.setTooltip(new Tooltip(I18n.get("filter.years.undated")));
        play.setText(I18n.get(playback.playingProperty().get() ? "filter.pause" : "filter.play"));
        play.setTooltip(new Tooltip(I18n.get("filter.play.tip")));
        Double chosen = speed.getValue();
        speed.getItems().setAll(YearPlayback.SPEEDS); // redraw the items in the new language
        speed.setValue(chosen);
    }

    YearPlayback playback() {
        return playback;
    }
}
