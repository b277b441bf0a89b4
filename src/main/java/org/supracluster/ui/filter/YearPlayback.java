package org.supracluster.ui.filter;

import org.supracluster.ui.FilterViewModel;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Year playback: the year window moves forward one year per step, keeping its width, until its
 * end reaches the last year (as Gephi's timeline plays a window). Started on the whole span, it
 * plays one year at a time from the first. Holds the state only; the view's timer calls
 * {@link #step()} every {@link #secondsPerYear()} seconds, so it is tested without a clock.
 */
public final class YearPlayback {

    /** The speeds offered: seconds each year stays on screen. */
    public static final List<Double> SPEEDS = List.of(2.0, 1.0, 0.5);

    private final FilterViewModel filters;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final DoubleProperty secondsPerYear = new SimpleDoubleProperty(1.0);

    public YearPlayback(FilterViewModel filters) {
        this.filters = Objects.requireNonNull(filters, "filters");
    }

    /** Whether there is anything to play: dated links over more than one year. */
    public boolean canPlay() {
        return filters.hasYears() && filters.maxYear() > filters.minYear();
    }

    /**
     * Starts playing. A window that already ends at the last year (the whole span included)
     * restarts at the first year, one year wide when it was the whole span, else as wide as it is.
     */
    public void play() {
        if (!canPlay()) {
            return;
        }
        int from = filters.yearFromProperty().get();
        int to = filters.yearToProperty().get();
        if (to >= filters.maxYear()) {
            int width = filters.isFullYearSpan() ? 0 : to - from;
            filters.setYearRange(filters.minYear(), filters.minYear() + width);
        }
        playing.set(true);
    }

    /** Stops where it is: the window stays. */
    public void pause() {
        playing.set(false);
    }

    /** Moves the window one year on; at the last year playback stops. */
    public void step() {
        if (!playing.get()) {
            return;
        }
        int from = filters.yearFromProperty().get();
        int to = filters.yearToProperty().get();
        if (to >= filters.maxYear()) {
            playing.set(false);
            return;
        }
        filters.setYearRange(from + 1, to + 1);
        if (to + 1 >= filters.maxYear()) {
            playing.set(false);
        }
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Seconds each year stays on screen, one of {@link #SPEEDS}. */
    public DoubleProperty secondsPerYearProperty() {
        return secondsPerYear;
    }

    public double secondsPerYear() {
        return secondsPerYear.get();
    }
}
