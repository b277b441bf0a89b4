package org.supracluster.ui.roles;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.supracluster.analysis.ClusterRoles;
import org.supracluster.analysis.Finding;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.Filter;
import org.supracluster.model.LinkType;
import org.supracluster.model.NetworkView;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;

/**
 * The state of the "Cluster roles" tab and of the finding above the tabs: for the merged links
 * of the explorer's current view, {@link ClusterRoles#of} with the explorer's partition (one row
 * per cluster, then one for the group "other" when the view shows a firm in no cluster; the
 * analysis module's figures unchanged) and the {@link Finding}s in words.
 *
 * <p>Findings: one for the links shown; when both link types are shown, also one per link type
 * (trade, then co-patent), each from the same filter with only that type, as
 * {@link Finding#forEachLinkType} computes them. The finding text follows the current language
 * ({@link I18n}). Recomputed on every change of {@link ExplorerViewModel#linksProperty()}, on the
 * thread that changed it. Owns no {@code Node}; tests use it without a window. Call
 * {@link #dispose()} when the tab goes away.
 */
public final class ClusterRolesViewModel {

    private final ExplorerViewModel explorer;
    private final ReadOnlyObjectWrapper<ClusterRoles> roles = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ClusterRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ClusterRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyStringWrapper findingText = new ReadOnlyStringWrapper("");
    private final ChangeListener<LinkGraph> onLinks = (o, was, now) -> update(now);
    private final I18n.Subscription language;

    public ClusterRolesViewModel(ExplorerViewModel explorer) {
        this.explorer = Objects.requireNonNull(explorer, "explorer");
        explorer.linksProperty().addListener(onLinks);
        language = I18n.addListener(locale -> updateText(locale));
        update(explorer.linksProperty().get());
    }

    private void update(LinkGraph links) {
        ClusterRoles r = ClusterRoles.of(links, explorer.partition());
        ClusterScheme scheme = explorer.scheme();
        List<ClusterRow> next = new ArrayList<>(r.clusterCount() + 1);
        r.clusters().forEach(m -> next.add(new ClusterRow(scheme.clusters().get(m.cluster()), m)));
        if (r.otherFirms() > 0) {
            next.add(new ClusterRow(null, r.other()));
        }
        roles.set(r);
        rows.setAll(next);
        findings.setAll(findings(r, links.view().filter()));
        updateText(I18n.locale());
    }

    /** The finding of the shown links, then one per link type when more than one type is shown. */
    private List<Finding> findings(ClusterRoles shown, Filter filter) {
        ClusterScheme scheme = explorer.scheme();
        List<Finding> out = new ArrayList<>(3);
        out.add(Finding.of(shown, scheme));
        Set<LinkType> types = filter.linkTypes();
        if (types.size() > 1) {
            Partition partition = explorer.partition();
            for (LinkType t : LinkType.values()) {
                if (types.contains(t)) {
                    LinkGraph one = LinkGraph.of(NetworkView.of(explorer.network(),
                            filter.withLinkTypes(EnumSet.of(t))));
                    out.add(Finding.of(ClusterRoles.of(one, partition), scheme));
                }
            }
        }
        return out;
    }

    private void updateText(Locale locale) {
        findingText.set(findings.stream().map(f -> f.text(locale)).collect(Collectors.joining("\n")));
    }

    /** The cluster figures of the current view. */
    public ReadOnlyObjectProperty<ClusterRoles> rolesProperty() {
        return roles.getReadOnlyProperty();
    }

    /**
     * One row per cluster of the scheme, by cluster index, then "other" when the view shows a firm
     * in no cluster (read-only).
     */
    public ObservableList<ClusterRow> rows() {
        return rowsView;
    }

    /**
     * The findings shown above the tabs: the shown links first, then, when both link types are
     * shown, trade and co-patent (read-only).
     */
    public ObservableList<Finding> findings() {
        return findingsView;
    }

    /** The findings in the current language, one sentence a line. */
    public ReadOnlyStringProperty findingTextProperty() {
        return findingText.getReadOnlyProperty();
    }

    /** The fair share 1/K of the current figures (NaN when no cluster has a firm in view). */
    public double fairShare() {
        return roles.get().fairShare();
    }

    /** K, the number of clusters with a firm in the view ("other" is not one). */
    public int clusterCount() {
        return roles.get().clustersInView();
    }

    public ClusterScheme scheme() {
        return explorer.scheme();
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    /** Stops following the explorer and the language. Idempotent. */
    public void dispose() {
        explorer.linksProperty().removeListener(onLinks);
        language.close();
    }
}
