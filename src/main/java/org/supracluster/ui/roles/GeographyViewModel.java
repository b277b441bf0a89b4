package org.supracluster.ui.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import org.supracluster.analysis.DistanceBand;
import org.supracluster.analysis.GeographySummary;
import org.supracluster.analysis.LinkGeography;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.LinkType;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.tables.TableSnapshot;

/**
 * The state of the "Geography" tab: {@link LinkGeography#of} for the merged links of the
 * explorer's current view with the explorer's partition (distance bands per link type, the
 * supra-regional share per cluster), and the link types the view shows. Recomputed on every view
 * change. Owns no {@code Node}.
 */
public final class GeographyViewModel {

    private final ExplorerViewModel explorer;
    private final ReadOnlyObjectWrapper<LinkGeography> geography = new ReadOnlyObjectWrapper<>();
    private final ChangeListener<LinkGraph> onLinks = (o, was, now) -> update(now);
    private boolean active = true;
    private boolean stale;

    public GeographyViewModel(ExplorerViewModel explorer) {
        this.explorer = Objects.requireNonNull(explorer, "explorer");
        explorer.linksProperty().addListener(onLinks);
        update(explorer.linksProperty().get());
    }

    private void update(LinkGraph links) {
        if (!active) {
            stale = true; // computed when the tab is shown (a great-circle distance per link)
            return;
        }
        stale = false;
        geography.set(LinkGeography.of(links, explorer.partition()));
    }

    /**
     * Whether the figures are wanted (the tab is on screen). While inactive, view changes are
     * not computed and {@link #geographyProperty()} keeps the last figures; becoming active
     * catches up with the current view.
     */
    public void setActive(boolean now) {
        active = now;
        if (now && stale) {
            update(explorer.linksProperty().get());
        }
    }

    /** The geography of the current view's links. */
    public ReadOnlyObjectProperty<LinkGeography> geographyProperty() {
        return geography.getReadOnlyProperty();
    }

    /** The link types the current view shows, in {@link LinkType} order. */
    public List<LinkType> shownLinkTypes() {
        var shown = geography.get().graph().view().filter().linkTypes();
        return Stream.of(LinkType.values()).filter(shown::contains).toList();
    }

    /**
     * The distance-band histogram as a table, in the current language: a row per band, then for
     * each shown link type its share of that type's links (0–1, empty without links) and the links
     * counted. For copy and CSV export.
     */
    public TableSnapshot bandsTable() {
        LinkGeography g = geography.get();
        List<LinkType> types = shownLinkTypes();
        List<String> header = new ArrayList<>(List.of(I18n.get("table.geography.band")));
        for (LinkType t : types) {
            header.add(I18n.format("table.column.ofType", I18n.name(t), I18n.get("roles.geography.shareOfLinks")));
            header.add(I18n.format("table.column.ofType", I18n.name(t), I18n.get("metric.links")));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (DistanceBand b : DistanceBand.values()) {
            List<Object> row = new ArrayList<>(List.of(I18n.name(b)));
            for (LinkType t : types) {
                GeographySummary s = g.byType(t);
                row.add(s.share(b));
                row.add(s.byBand().get(b).links());
            }
            rows.add(row);
        }
        return new TableSnapshot(header, rows);
    }

    /**
     * The supra-regional share per cluster as a table, in the current language: a row per
     * cluster, then for each shown link type the share (0–1, empty without links), the
     * supra-regional links and all links with an end in the cluster. For copy and CSV export.
     */
    public TableSnapshot supraRegionalTable() {
        LinkGeography g = geography.get();
        List<LinkType> types = shownLinkTypes();
        Locale locale = I18n.locale();
        List<String> header = new ArrayList<>(List.of(I18n.get("roles.column.cluster")));
        for (LinkType t : types) {
            header.add(I18n.format("table.column.ofType", I18n.name(t),
                    I18n.get("chart.geography.supraRegionalShare")));
            header.add(I18n.format("table.column.ofType", I18n.name(t), I18n.get("table.geography.supraLinks")));
            header.add(I18n.format("table.column.ofType", I18n.name(t), I18n.get("metric.links")));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int c = 0; c < clusterCount(); c++) {
            List<Object> row = new ArrayList<>(List.of(scheme().clusters().get(c).displayName(locale)));
            for (LinkType t : types) {
                GeographySummary s = g.byCluster(c, t);
                row.add(s.supraRegionalShare());
                row.add(s.supraRegional().links());
                row.add(s.total().links());
            }
            rows.add(row);
        }
        return new TableSnapshot(header, rows);
    }

    /** K, the number of clusters. */
    public int clusterCount() {
        return explorer.partition().count();
    }

    public ClusterScheme scheme() {
        return explorer.scheme();
    }

    /** Stops following the explorer. Idempotent. */
    public void dispose() {
        explorer.linksProperty().removeListener(onLinks);
    }
}
