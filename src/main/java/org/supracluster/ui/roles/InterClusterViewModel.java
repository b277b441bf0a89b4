package org.supracluster.ui.roles;

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
