package org.supracluster.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Link;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Region;
import org.supracluster.model.Segment;

/**
 * The state of the filter panel as JavaFX properties, published as one immutable {@link Filter}
 * ({@link #filterProperty()}) after every change. No {@code Node} here: the view binds to it and
 * tests use it without a window.
 *
 * <p><b>Provinces</b> are grouped by the clusters of the scheme ({@link #regionGroups()}, only
 * clusters that hold provinces), then "other" for the provinces in no cluster (Gangwon and Jeju
 * under {@link ClusterScheme#defaultFive()}); {@link #allRegions()} is the root above them all.
 *
 * <p><b>Years</b> run from the network's first to its last link year. While the whole span is
 * selected the filter has no year bounds and keeps undated links ({@link Filter#all()}'s years);
 * once either end is moved in, the filter has those bounds and leaves undated links out, since
 * nothing says they fall in the narrower range. A network without dated links has no year choice.
 *
 * <p><b>Minimum weight</b>, one per link type (trade weights are amounts, co-patent weights
 * numbers of joint patents), each from 0 (everything) to the heaviest stored link of its type.
 *
 * <p>A change that touches several properties at once ({@link #setGroupSelected}, {@link #reset},
 * {@link #setFilter}) publishes one filter at its end; a change that leaves the filter equal to the
 * current one publishes nothing, so a listener may feed the filter on without guarding.
 */
public final class FilterViewModel {

    private final ClusterScheme scheme;
    private final int minYear;
    private final int maxYear;
    private final boolean hasYears;
    private final double maxLinkWeight;
    private final Map<LinkType, Double> maxWeightOfType = new EnumMap<>(LinkType.class);
    private final Map<Region, BooleanProperty> regionSelected = new EnumMap<>(Region.class);
    private final Map<Segment, BooleanProperty> segmentSelected = new EnumMap<>(Segment.class);
    private final List<RegionGroup> groups;
    private final RegionGroup all;
    private final BooleanProperty trade = new SimpleBooleanProperty(this, "trade", true);
    private final BooleanProperty copatent = new SimpleBooleanProperty(this, "copatent", true);
    private final ReadOnlyIntegerWrapper yearFrom;
    private final ReadOnlyIntegerWrapper yearTo;
    private final Map<LinkType, ReadOnlyDoubleWrapper> minWeight = new EnumMap<>(LinkType.class);
    private final ReadOnlyObjectWrapper<Filter> filter = new ReadOnlyObjectWrapper<>(this, "filter");
    /** Depth of nested bulk changes; the filter is published when it falls back to 0. */
    private int batch;

    /**
     * @param network the network shown, for the year and weight bounds
     * @param scheme the cluster scheme that groups the provinces
     */
    public FilterViewModel(Network network, ClusterScheme scheme) {
        Objects.requireNonNull(network, "network");
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        double[] heaviest = new double[LinkType.values().length];
        for (int l = 0; l < network.linkCount(); l++) {
            int y = network.linkYear(l);
            if (y != Link.NO_YEAR) {
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
            int t = network.linkType(l).ordinal();
            heaviest[t] = Math.max(heaviest[t], network.linkWeight(l));
        }
        hasYears = lo <= hi;
        minYear = hasYears ? lo : 0;
        maxYear = hasYears ? hi : 0;
        double overall = 0;
        for (LinkType t : LinkType.values()) {
            maxWeightOfType.put(t, heaviest[t.ordinal()]);
            overall = Math.max(overall, heaviest[t.ordinal()]);
            ReadOnlyDoubleWrapper w = new ReadOnlyDoubleWrapper(this, "minWeight." + t.code(), 0);
            w.addListener((o, was, now) -> changed());
            minWeight.put(t, w);
        }
        maxLinkWeight = overall;
        yearFrom = new ReadOnlyIntegerWrapper(this, "yearFrom", minYear);
        yearTo = new ReadOnlyIntegerWrapper(this, "yearTo", maxYear);
        for (Region r : Region.values()) {
            regionSelected.put(r, listened(new SimpleBooleanProperty(this, r.name(), true)));
        }
        for (Segment s : Segment.values()) {
            segmentSelected.put(s, listened(new SimpleBooleanProperty(this, s.name(), true)));
        }
        groups = Collections.unmodifiableList(groupsOf(scheme));
        all = new RegionGroup(RegionGroup.ALL, null, List.of(Region.values()));
        listened(trade);
        listened(copatent);
        yearFrom.addListener((o, was, now) -> changed());
        yearTo.addListener((o, was, now) -> changed());
        changed();
    }

    private static List<RegionGroup> groupsOf(ClusterScheme scheme) {
        List<RegionGroup> out = new ArrayList<>();
        for (int c = 0; c < scheme.clusterCount(); c++) {
            List<Region> members = members(scheme, c);
            if (!members.isEmpty()) {
                out.add(new RegionGroup(c, scheme.clusters().get(c), members));
            }
        }
        List<Region> other = members(scheme, ClusterScheme.OTHER);
        if (!other.isEmpty()) {
            out.add(new RegionGroup(ClusterScheme.OTHER, null, other));
        }
        return out;
    }

    private static List<Region> members(ClusterScheme scheme, int cluster) {
        List<Region> out = new ArrayList<>();
        for (Region r : Region.values()) {
            if (scheme.clusterOf(r) == cluster) {
                out.add(r);
            }
        }
        return out;
    }

    private BooleanProperty listened(BooleanProperty p) {
        p.addListener((o, was, now) -> changed());
        return p;
    }

    /** The current choices as a filter; changes after every change of a choice. */
    public ReadOnlyObjectProperty<Filter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public Filter getFilter() {
        return filter.get();
    }

    public ClusterScheme scheme() {
        return scheme;
    }

    /** The clusters that hold provinces, in the scheme's order, then "other" if any province is in none. */
    public List<RegionGroup> regionGroups() {
        return groups;
    }

    /** The root group of all seventeen provinces. */
    public RegionGroup allRegions() {
        return all;
    }

    /** The group a province is listed under. */
    public RegionGroup groupOf(Region region) {
        int c = scheme.clusterOf(Objects.requireNonNull(region, "region"));
        for (RegionGroup g : groups) {
            if (g.clusterIndex() == c) {
                return g;
            }
        }
        throw new IllegalStateException("no group for " + region); // every province is in one
    }

    /** Whether a province's firms are shown. */
    public BooleanProperty regionSelectedProperty(Region region) {
        return regionSelected.get(Objects.requireNonNull(region, "region"));
    }

    /** Selects or clears every province of a group (one published filter). */
    public void setGroupSelected(RegionGroup group, boolean selected) {
        Objects.requireNonNull(group, "group");
        inBatch(() -> group.regions().forEach(r -> regionSelected.get(r).set(selected)));
    }

    /** Whether trade links are shown. */
    public BooleanProperty tradeProperty() {
        return trade;
    }

    /** Whether co-patent links are shown. */
    public BooleanProperty copatentProperty() {
        return copatent;
    }

    /** Whether the network has dated links, so that a year range can be chosen. */
    public boolean hasYears() {
        return hasYears;
    }

    /** The network's first link year (0 without dated links). */
    public int minYear() {
        return minYear;
    }

    /** The network's last link year (0 without dated links). */
    public int maxYear() {
        return maxYear;
    }

    public ReadOnlyIntegerProperty yearFromProperty() {
        return yearFrom.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty yearToProperty() {
        return yearTo.getReadOnlyProperty();
    }

    /**
     * Sets the year range, each end clamped into {@link #minYear()}..{@link #maxYear()}.
     *
     * @throws IllegalArgumentException if {@code from > to}
     */
    public void setYearRange(int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("year range is empty: " + from + " > " + to);
        }
        inBatch(() -> {
            yearFrom.set(clamp(from, minYear, maxYear));
            yearTo.set(clamp(to, minYear, maxYear));
        });
    }

    /** Whether the whole span of years is selected (undated links shown). */
    public boolean isFullYearSpan() {
        return yearFrom.get() <= minYear && yearTo.get() >= maxYear;
    }

    /** The minimum weight of links of one type. */
    public ReadOnlyDoubleProperty minWeightProperty(LinkType type) {
        return minWeight.get(Objects.requireNonNull(type, "type")).getReadOnlyProperty();
    }

    /**
     * Sets the minimum weight of links of one type, clamped to 0..{@link #maxLinkWeight(LinkType)}
     * (above the heaviest link of the type none of them would show).
     *
     * @throws IllegalArgumentException if {@code weight} is not a number
     */
    public void setMinWeight(LinkType type, double weight) {
        if (Double.isNaN(weight)) {
            throw new IllegalArgumentException("minimum weight is not a number");
        }
        minWeight.get(Objects.requireNonNull(type, "type"))
                .set(Math.max(0, Math.min(weight, maxLinkWeight(type))));
    }

    /** Sets the same minimum weight for every link type, each clamped as its own (one published filter). */
    public void setMinWeight(double weight) {
        if (Double.isNaN(weight)) {
            throw new IllegalArgumentException("minimum weight is not a number");
        }
        inBatch(() -> {
            for (LinkType t : LinkType.values()) {
                setMinWeight(t, weight);
            }
        });
    }

    /** The weight of the heaviest stored link of any type (0 without links). */
    public double maxLinkWeight() {
        return maxLinkWeight;
    }

    /** The weight of the heaviest stored link of one type (0 without such links). */
    public double maxLinkWeight(LinkType type) {
        return maxWeightOfType.get(Objects.requireNonNull(type, "type"));
    }

    /**
     * A step for a type's weight spinner: the largest power of ten at most a tenth of its heaviest
     * link, at least 0.01 (1 without links of the type).
     */
    public double weightStep(LinkType type) {
        double max = maxLinkWeight(type);
        if (max <= 0) {
            return 1;
        }
        return Math.max(0.01, Math.pow(10, Math.floor(Math.log10(max / 10))));
    }

    /** Whether firms of a segment are shown. */
    public BooleanProperty segmentSelectedProperty(Segment segment) {
        return segmentSelected.get(Objects.requireNonNull(segment, "segment"));
    }

    /** Back to everything: the filter becomes equal to {@link Filter#all()}. */
    public void reset() {
        setFilter(Filter.all());
    }

    /**
     * Shows a filter's choices in the panel (one published filter). Years are clamped into the
     * network's span, and a range that covers the span becomes the full span (undated links shown)
     * whatever the filter's {@code includeUndated}; a weight above the heaviest link of its type is clamped.
     */
    public void setFilter(Filter f) {
        Objects.requireNonNull(f, "filter");
        inBatch(() -> {
            regionSelected.forEach((r, p) -> p.set(f.regions().contains(r)));
            segmentSelected.forEach((s, p) -> p.set(f.segments().contains(s)));
            trade.set(f.linkTypes().contains(LinkType.TRADE));
            copatent.set(f.linkTypes().contains(LinkType.COPATENT));
            int from = f.yearFrom() == null ? minYear : f.yearFrom();
            int to = f.yearTo() == null ? maxYear : f.yearTo();
            setYearRange(Math.min(from, maxYear), Math.max(to, minYear));
            for (LinkType t : LinkType.values()) {
                setMinWeight(t, f.minWeight(t));
            }
        });
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(v, hi));
    }

    private void inBatch(Runnable change) {
        batch++;
        try {
            change.run();
        } finally {
            batch--;
        }
        changed();
    }

    private void changed() {
        if (batch > 0) {
            return;
        }
        for (RegionGroup g : groups) {
            g.update(regionSelected);
        }
        all.update(regionSelected);
        Filter next = build();
        if (!next.equals(filter.get())) {
            filter.set(next);
        }
    }

    private Filter build() {
        EnumSet<Region> regions = EnumSet.noneOf(Region.class);
        regionSelected.forEach((r, p) -> {
            if (p.get()) {
                regions.add(r);
            }
        });
        EnumSet<Segment> segments = EnumSet.noneOf(Segment.class);
        segmentSelected.forEach((s, p) -> {
            if (p.get()) {
                segments.add(s);
            }
        });
        EnumSet<LinkType> types = EnumSet.noneOf(LinkType.class);
        if (trade.get()) {
            types.add(LinkType.TRADE);
        }
        if (copatent.get()) {
            types.add(LinkType.COPATENT);
        }
        boolean full = isFullYearSpan();
        Map<LinkType, Double> weights = new EnumMap<>(LinkType.class);
        minWeight.forEach((t, w) -> weights.put(t, w.get()));
        return new Filter(regions, types, full ? null : yearFrom.get(), full ? null : yearTo.get(), full,
                weights, segments);
    }
}
