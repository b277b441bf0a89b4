package org.supracluster.ui;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.Network;
import org.supracluster.model.NetworkView;
import org.supracluster.ui.FilterViewModel;

/**
 * The explorer's state: the loaded network, the partition, and the filter the user sets; every
 * change yields a new view and its merged links, computed in memory (the database is never
 * read again). Owns JavaFX properties and no {@code Node}: views bind to it, and tests use it
 * without a window.
 */
public final class ExplorerViewModel {

    /** Firms and links shown out of the totals, for the status bar. */
    public record ShownCounts(int firms, int totalFirms, int links, int totalLinks) { }

    private final Network network;
    private final ClusterScheme scheme;
    private final Partition partition;
    private final LinkGraph allLinks;
    private final int totalLinks;
    private final FilterViewModel filters;
    private final BooleanProperty trade = new SimpleBooleanProperty(true);
    private final BooleanProperty copatent = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Filter> filter = new ReadOnlyObjectWrapper<>(Filter.all());
    private final ReadOnlyObjectWrapper<LinkGraph> links = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ShownCounts> counts = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.IntegerProperty selectedFirm =
            new javafx.beans.property.SimpleIntegerProperty(NO_FIRM);

    /** {@link #selectedFirmProperty()} when no firm is selected. */
    public static final int NO_FIRM = -1;

    public ExplorerViewModel(Network network, ClusterScheme scheme) {
        this.network = Objects.requireNonNull(network, "network");
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.partition = Partition.of(scheme, network);
        this.allLinks = LinkGraph.of(NetworkView.of(network, Filter.all()));
        this.totalLinks = allLinks.linkCount();
        filter.addListener((o, was, now) -> refresh());
        // The filter panel's model holds the filter; the toolbar's toggles are the panel's switches.
        filters = new FilterViewModel(network, scheme);
        filters.filterProperty().addListener((o, was, now) -> filter.set(now));
        filters.tradeProperty().bindBidirectional(trade);
        filters.copatentProperty().bindBidirectional(copatent);
        filter.set(filters.filterProperty().get());
        refresh();
    }

    private void refresh() {
        LinkGraph g = LinkGraph.of(NetworkView.of(network, filter.get()));
        links.set(g);
        counts.set(new ShownCounts(g.view().shownFirmCount(), network.firmCount(), g.linkCount(), totalLinks));
    }

    /** The left panel's state; its filter drives this view model's filter. */
    public FilterViewModel filters() {
        return filters;
    }

    /** Sets the whole filter (regions, years, weights, segments); the panel and the toggles show it. */
    public void setFilter(Filter f) {
        filters.setFilter(Objects.requireNonNull(f, "filter"));
    }

    public BooleanProperty tradeProperty() {
        return trade;
    }

    public BooleanProperty copatentProperty() {
        return copatent;
    }

    public ReadOnlyObjectProperty<Filter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** The merged links of the current view. */
    public ReadOnlyObjectProperty<LinkGraph> linksProperty() {
        return links.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ShownCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /**
     * The selected firm's network index, or {@link #NO_FIRM}. Map, tables, charts and the
     * inspector all bind to this one property, so selecting anywhere selects everywhere.
     */
    public javafx.beans.property.IntegerProperty selectedFirmProperty() {
        return selectedFirm;
    }

    /**
     * Firms whose name or id contains {@code text} (ignoring case and surrounding spaces), those
     * whose name starts with it first, then by name; at most {@code limit}.
     */
    public java.util.List<Integer> search(String text, int limit) {
        String q = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (q.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<Integer> hits = new java.util.ArrayList<>();
        for (int f = 0; f < network.firmCount(); f++) {
            String name = network.firmName(f).toLowerCase(java.util.Locale.ROOT);
            if (name.contains(q) || network.firmId(f).toLowerCase(java.util.Locale.ROOT).contains(q)) {
                hits.add(f);
            }
        }
        hits.sort(java.util.Comparator.<Integer>comparingInt(
                f -> network.firmName(f).toLowerCase(java.util.Locale.ROOT).startsWith(q) ? 0 : 1)
                .thenComparing(network::firmName));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    /** The merged links of the whole network, unfiltered (what the map draws its edges from). */
    public LinkGraph allLinks() {
        return allLinks;
    }

    public Network network() {
        return network;
    }

    public ClusterScheme scheme() {
        return scheme;
    }

    public Partition partition() {
        return partition;
    }
}
