package org.supracluster.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Region;

/**
 * One node of the province tree above its provinces: a cluster of the scheme, the "other"
 * provinces in no cluster, or all provinces at the root. Its check state follows its provinces,
 * as a tri-state check box shows it: {@linkplain #selectedProperty() selected} when all are,
 * {@linkplain #indeterminateProperty() indeterminate} when some but not all are, neither when none
 * is. Change it with {@link FilterViewModel#setGroupSelected}.
 */
public final class RegionGroup {

    /** {@link #clusterIndex()} of the root group that holds every province. */
    public static final int ALL = -2;

    private final int clusterIndex;
    private final ClusterScheme.Cluster cluster;
    private final List<Region> regions;
    private final ReadOnlyBooleanWrapper selected = new ReadOnlyBooleanWrapper(this, "selected", true);
    private final ReadOnlyBooleanWrapper indeterminate = new ReadOnlyBooleanWrapper(this, "indeterminate");

    RegionGroup(int clusterIndex, ClusterScheme.Cluster cluster, List<Region> regions) {
        this.clusterIndex = clusterIndex;
        this.cluster = cluster;
        this.regions = List.copyOf(regions);
    }

    /** The cluster's index in the scheme, {@link ClusterScheme#OTHER} or {@link #ALL}. */
    public int clusterIndex() {
        return clusterIndex;
    }

    /** Whether this is the group of provinces in no cluster. */
    public boolean isOther() {
        return clusterIndex == ClusterScheme.OTHER;
    }

    /** Whether this is the root group of every province. */
    public boolean isAll() {
        return clusterIndex == ALL;
    }

    /** The scheme's cluster, empty for "other" and the root (the view names those from the bundle). */
    public Optional<ClusterScheme.Cluster> cluster() {
        return Optional.ofNullable(cluster);
    }

    /** The cluster's name in a language, empty for "other" and the root. */
    public Optional<String> clusterName(Locale locale) {
        return cluster().map(c -> c.displayName(locale));
    }

    /** The provinces of this group, in the order of {@link Region}. */
    public List<Region> regions() {
        return regions;
    }

    /** True when every province of the group is selected (also for a group without provinces). */
    public ReadOnlyBooleanProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public boolean isSelected() {
        return selected.get();
    }

    /** True when some but not all provinces of the group are selected. */
    public ReadOnlyBooleanProperty indeterminateProperty() {
        return indeterminate.getReadOnlyProperty();
    }

    public boolean isIndeterminate() {
        return indeterminate.get();
    }

    /** Recomputes the check state from the provinces' selection. */
    void update(Map<Region, BooleanProperty> regionSelected) {
        int on = 0;
        for (Region r : regions) {
            if (regionSelected.get(r).get()) {
                on++;
            }
        }
        boolean all = on == regions.size();
        selected.set(all);
        indeterminate.set(on > 0 && !all);
    }

    @Override
    public String toString() {
        return "RegionGroup[" + clusterIndex + ", " + Objects.toString(cluster, "") + ", " + regions + "]";
    }
}
