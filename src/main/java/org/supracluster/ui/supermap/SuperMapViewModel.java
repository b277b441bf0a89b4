package org.supracluster.ui.supermap;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import org.supracluster.analysis.ClusterRole;
import org.supracluster.analysis.ClusterRoles;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.analysis.SuperClusterGraph;
import org.supracluster.model.LinkType;
import org.supracluster.model.Network;
import org.supracluster.model.Region;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.roles.ClusterPalette;

/**
 * The state of the super-cluster map: whether the explorer shows firms or groups, the grouping
 * (the scheme's clusters or the 17 provinces), and the figures of the current view's links
 * ({@link SuperClusterGraph} and the {@link ClusterRoles} the roles tab computes, the latter with
 * the provinces as clusters in province mode). The figures follow
 * {@link ExplorerViewModel#linksProperty()}, and are computed only while groups are shown.
 * Owns no {@code Node}; tests use it without a window.
 */
public final class SuperMapViewModel {

    /** What the map shows. */
    public enum Mode { FIRMS, GROUPS }

    /** What a group is. */
    public enum Grouping { CLUSTERS, PROVINCES }

    /** The figures drawn: the meta-graph, the groups' roles and the link types shown. */
    public record Figures(Grouping grouping, SuperClusterGraph graph, ClusterRoles roles, Set<LinkType> types) {
    }

    private final ExplorerViewModel explorer;
    private final Partition provinces;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.FIRMS);
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.CLUSTERS);
    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty arcCounts = new SimpleBooleanProperty(false);
    private final ChangeListener<LinkGraph> onLinks = (o, was, now) -> update();

    public SuperMapViewModel(ExplorerViewModel explorer) {
        this.explorer = Objects.requireNonNull(explorer, "explorer");
        this.provinces = SuperClusterGraph.byProvince(explorer.network());
        explorer.linksProperty().addListener(onLinks);
        mode.addListener((o, was, now) -> update());
        grouping.addListener((o, was, now) -> update());
    }

    private void update() {
        if (mode.get() != Mode.GROUPS) {
            return; // nobody looks: the figures are brought up to date when groups are shown again
        }
        LinkGraph links = explorer.linksProperty().get();
        Partition p = partition();
        figures.set(new Figures(grouping.get(), SuperClusterGraph.of(links, p), ClusterRoles.of(links, p),
                links.view().filter().linkTypes()));
    }

    private Partition partition() {
        return grouping.get() == Grouping.PROVINCES ? provinces : explorer.partition();
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** The figures of the current view, or null before groups were first shown. */
    public ReadOnlyObjectProperty<Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** Whether each arc carries its number of links, on screen and in exported pictures (off at first). */
    public BooleanProperty arcCountsProperty() {
        return arcCounts;
    }

    /** From firms to groups and back (Ctrl+K). */
    public void toggle() {
        mode.set(mode.get() == Mode.FIRMS ? Mode.GROUPS : Mode.FIRMS);
    }

    /** A group's name in a language: the scheme's cluster name, or the province's. */
    public String name(Grouping g, int group, Locale locale) {
        if (g == Grouping.PROVINCES) {
            return Region.values()[group].displayName(locale);
        }
        return explorer.scheme().clusters().get(group).displayName(locale);
    }

    /** A group's colour: its cluster's; a province takes the colour of the cluster it belongs to, or grey. */
    public String colour(Grouping g, int group) {
        if (g == Grouping.PROVINCES) {
            return ClusterPalette.cluster(explorer.scheme().clusterOf(Region.values()[group]));
        }
        return ClusterPalette.cluster(group);
    }

    /** A group's role in the current figures (counted links, as the roles tab's column shows). */
    public ClusterRole role(int group) {
        return figures.get().roles().cluster(group).role();
    }

    /**
     * Expands a group back into its firms: firm mode, the filter limited to the group's provinces
     * (other filter settings kept), and the rectangle of its shown firms for the map to zoom to.
     *
     * @return {minLon, minLat, maxLon, maxLat} of the group's shown firms, or null when none shows
     */
    public double[] expand(Grouping g, int group) {
        var filter = explorer.filterProperty().get();
        explorer.setFilter(g == Grouping.PROVINCES ? filter.withRegions(EnumSet.of(Region.values()[group]))
                : filter.withClusters(explorer.scheme(), List.of(group), false));
        mode.set(Mode.FIRMS);
        return bounds(g == Grouping.PROVINCES ? provinces : explorer.partition(), group);
    }

    /** The rectangle of the shown firms of a group of the partition, or null when none shows. */
    private double[] bounds(Partition p, int group) {
        LinkGraph links = explorer.linksProperty().get();
        Network n = explorer.network();
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        boolean any = false;
        for (int f = 0; f < n.firmCount(); f++) {
            if (p.of(f) == group && links.isShown(f)) {
                any = true;
                b[0] = Math.min(b[0], n.lon(f));
                b[1] = Math.min(b[1], n.lat(f));
                b[2] = Math.max(b[2], n.lon(f));
                b[3] = Math.max(b[3], n.lat(f));
            }
        }
        return any ? b : null;
    }

    /** Stops following the explorer's links (the view is being thrown away). */
    public void dispose() {
        explorer.linksProperty().removeListener(onLinks);
    }
}
