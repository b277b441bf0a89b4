package org.supracluster.ui.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import org.supracluster.analysis.InterClusterMatrix;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.model.ClusterScheme;
import org.supracluster.model.LinkType;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.tables.TableSnapshot;

/**
 * The state of the "Between clusters" tab: the chosen link type and the K×K
 * {@link InterClusterMatrix} of that type for the merged links of the explorer's current view
 * (trade: row = supplier's cluster, column = customer's; co-patent: symmetric). Recomputed on
 * every view change and every change of the link type. Owns no {@code Node}.
 */
public final class InterClusterViewModel {

    private final ExplorerViewModel explorer;
    private final ObjectProperty<LinkType> linkType = new SimpleObjectProperty<>(LinkType.TRADE);
    private final ReadOnlyObjectWrapper<InterClusterMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ChangeListener<LinkGraph> onLinks = (o, was, now) -> update();

    public InterClusterViewModel(ExplorerViewModel explorer) {
        this.explorer = Objects.requireNonNull(explorer, "explorer");
        explorer.linksProperty().addListener(onLinks);
        linkType.addListener((o, was, now) -> {
            if (now == null) {
                linkType.set(was);
            } else {
                update();
            }
        });
        update();
    }

    private void update() {
        matrix.set(InterClusterMatrix.of(explorer.linksProperty().get(), explorer.partition(), linkType.get()));
    }

    /** The link type whose matrix is shown (never null). */
    public ObjectProperty<LinkType> linkTypeProperty() {
        return linkType;
    }

    /** The matrix of the chosen link type for the current view. */
    public ReadOnlyObjectProperty<InterClusterMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /**
     * The matrix as a table, as the tab shows it: a header of the cluster names (after a corner
     * cell naming the rows and columns of a trade matrix), then a row per cluster, its name first,
     * then its link counts, in the current language. For copy and CSV export.
     */
    public TableSnapshot table() {
        Locale locale = I18n.locale();
        InterClusterMatrix m = matrix.get();
        ClusterScheme scheme = scheme();
        List<String> header = new ArrayList<>();
        header.add(m.type().isDirected() ? I18n.get("chart.matrix.rows") + " ↓ / " + I18n.get("chart.matrix.columns")
                + " →" : "");
        for (int c = 0; c < m.size(); c++) {
            header.add(scheme.clusters().get(c).displayName(locale));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < m.size(); r++) {
            List<Object> row = new ArrayList<>();
            row.add(scheme.clusters().get(r).displayName(locale));
            for (int c = 0; c < m.size(); c++) {
                row.add(m.count(r, c));
            }
            rows.add(row);
        }
        return new TableSnapshot(header, rows);
    }

    /** The name to suggest for the matrix's CSV file: "matrix-trade", "matrix-copatent". */
    public String fileName() {
        return "matrix-" + linkType.get().code();
    }

    /** Whether the current filter shows links of the chosen type at all. */
    public boolean isLinkTypeShown() {
        return explorer.linksProperty().get().view().filter().linkTypes().contains(linkType.get());
    }

    public ClusterScheme scheme() {
        return explorer.scheme();
    }

    /** Stops following the explorer. Idempotent. */
    public void dispose() {
        explorer.linksProperty().removeListener(onLinks);
    }
}
