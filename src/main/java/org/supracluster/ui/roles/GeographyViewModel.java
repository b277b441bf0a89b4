package org.supracluster.ui.roles;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import org.supracluster.analysis.LinkGeography;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.LinkType;
import org.supracluster.ui.ExplorerViewModel;

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
