package org.supracluster.ui.inspector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.analysis.FirmMetrics;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;

/**
 * The role cartography's state: a point (P, z) per shown firm that has a Guimerà–Amaral role, at
 * most {@link #MAX_POINTS_DEFAULT} of them (the firms with the most neighbours, hubs among them,
 * when there are more: a chart of JavaFX nodes slows down beyond a few thousand), the z range the
 * chart shows (always taking in the hub line z = 2.5), and the explorer's selection.
 */
public final class CartographyViewModel {

    /** Most points drawn. */
    public static final int MAX_POINTS_DEFAULT = 5_000;

    /** One firm in the z–P plane. */
    public record Point(int firm, String name, double participation, double z, CartographyRole role) { }

    /** The z axis bounds. */
    public record Range(double lower, double upper) { }

    private final ExplorerViewModel model;
    private final FirmMetricsViewModel metrics;
    private final int maxPoints;
    private final ObservableList<Point> points = FXCollections.observableArrayList();
    private final ObservableList<Point> pointsReadOnly = FXCollections.unmodifiableObservableList(points);
    private final ReadOnlyObjectWrapper<Range> zRange = new ReadOnlyObjectWrapper<>(new Range(-1, 3));
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper();
    private final I18n.Subscription language;
    private int withRole;

    public CartographyViewModel(ExplorerViewModel model, FirmMetricsViewModel metrics) {
        this(model, metrics, MAX_POINTS_DEFAULT);
    }

    /** @param maxPoints most points drawn, ≥ 1 */
    public CartographyViewModel(ExplorerViewModel model, FirmMetricsViewModel metrics, int maxPoints) {
        if (maxPoints < 1) {
            throw new IllegalArgumentException("maxPoints must be ≥ 1: " + maxPoints);
        }
        this.model = Objects.requireNonNull(model, "model");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.maxPoints = maxPoints;
        selected.bind(model.selectedFirmProperty());
        metrics.metricsProperty().addListener((o, was, now) -> rebuild(now));
        language = I18n.addListener(locale -> updateNote());
        rebuild(metrics.metricsProperty().get());
    }

    private void rebuild(FirmMetrics m) {
        List<Point> all = new ArrayList<>();
        if (m != null) {
            for (int f = m.graph().view().nextFirm(0); f >= 0; f = m.graph().view().nextFirm(f + 1)) {
                CartographyRole r = m.role(f);
                if (r != null) {
                    all.add(new Point(f, model.network().firmName(f), m.participation(f), m.z(f), r));
                }
            }
        }
        withRole = all.size();
        if (all.size() > maxPoints) {
            all.sort(Comparator.comparingInt((Point p) -> -m.degree(p.firm())).thenComparingInt(Point::firm));
            all = new ArrayList<>(all.subList(0, maxPoints));
            all.sort(Comparator.comparingInt(Point::firm));
        }
        double lo = -1;
        double hi = CartographyRole.HUB_Z + 0.5;
        for (Point p : all) {
            lo = Math.min(lo, p.z());
            hi = Math.max(hi, p.z());
        }
        zRange.set(new Range(Math.floor(lo - 0.25), Math.ceil(hi + 0.25)));
        points.setAll(all);
        updateNote();
    }

    private void updateNote() {
        note.set(points.size() < withRole ? I18n.format("cartography.points", points.size(), withRole)
                : I18n.format("cartography.points.all", withRole));
    }

    /** Selects a firm everywhere. */
    public void select(int firm) {
        model.selectedFirmProperty().set(firm);
    }

    /** Stops following language switches. */
    public void dispose() {
        language.close();
    }

    /** The points, in firm order. */
    public ObservableList<Point> points() {
        return pointsReadOnly;
    }

    public ReadOnlyObjectProperty<Range> zRangeProperty() {
        return zRange.getReadOnlyProperty();
    }

    /** How many firms are drawn, and how to select one. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The explorer's selected firm (read only here; {@link #select} sets it). */
    public ReadOnlyIntegerProperty selectedFirmProperty() {
        return selected.getReadOnlyProperty();
    }
}
