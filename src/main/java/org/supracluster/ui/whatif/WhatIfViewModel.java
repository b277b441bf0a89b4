package org.supracluster.ui.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.supracluster.analysis.FirmMetrics;
import org.supracluster.analysis.Partition;
import org.supracluster.analysis.Structure;
import org.supracluster.model.Network;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.inspector.FirmMetricsViewModel;
import org.supracluster.ui.inspector.FirmText;

/**
 * The "Weak points" tab's state, from the {@link Structure} of the explorer's shared firm figures
 * ({@link FirmMetricsViewModel}, computed with the quick figures, so it follows every filter change):
 * the firms whose loss alone splits the network, ranked by the firms they cut off, and the bridges
 * whose two firms are in different groups (two clusters, or a cluster and "other"), ranked the same
 * way; a summary in words; and the marks for the map. While the tab is showing
 * ({@link #setShowing}) the marks are the {@value #MARKED} leading firms and bridges (all of
 * them would bury the map in red on a big network: 2,209 firms at 20,000); otherwise none. No
 * {@code Node}: tested without a window.
 */
public final class WhatIfViewModel {

    /** Firms and bridges marked on the map, of each. */
    public static final int MARKED = 20;

    /**
     * What the map marks.
     *
     * @param firms firms ringed
     * @param pairs pairs of firms {a, b} whose links are marked
     */
    public record Marks(int[] firms, int[][] pairs) {
        public static final Marks NONE = new Marks(new int[0], new int[0][]);

        public Marks {
            firms = firms.clone();
            pairs = pairs.clone();
        }

        @Override
        public int[] firms() {
            return firms.clone();
        }

        @Override
        public int[][] pairs() {
            return pairs.clone();
        }
    }

    private final FirmMetricsViewModel metrics;
    private final ExplorerViewModel explorer;
    private final ObservableList<WeakFirmRow> firms = FXCollections.observableArrayList();
    private final ObservableList<BridgeRow> bridges = FXCollections.observableArrayList();
    private final ObservableList<WeakFirmRow> firmsView = FXCollections.unmodifiableObservableList(firms);
    private final ObservableList<BridgeRow> bridgesView = FXCollections.unmodifiableObservableList(bridges);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Marks> marks = new ReadOnlyObjectWrapper<>(Marks.NONE);
    private final ChangeListener<FirmMetrics> onMetrics = (o, was, now) -> rebuild();
    private final I18n.Subscription language;
    private boolean showing;

    public WhatIfViewModel(FirmMetricsViewModel metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.explorer = metrics.explorer();
        metrics.metricsProperty().addListener(onMetrics);
        language = I18n.addListener(locale -> rebuild());
        rebuild();
    }

    /** Rows, summary and marks from the latest figures (none before the first arrive). */
    private void rebuild() {
        FirmMetrics m = metrics.metricsProperty().get();
        List<WeakFirmRow> firmRows = new ArrayList<>();
        List<BridgeRow> bridgeRows = new ArrayList<>();
        if (m == null) {
            summary.set(I18n.get("whatIf.computing"));
        } else {
            Structure s = m.structure();
            Network n = explorer.network();
            Partition groups = m.partition();
            for (int f : s.articulationPoints()) {
                firmRows.add(new WeakFirmRow(f, firmRows.size() + 1, n.firmName(f), cluster(groups, f),
                        m.degree(f), s.cutOff(f), s.coreness(f)));
            }
            for (Structure.Bridge b : s.bridgesBetweenGroups(groups)) {
                bridgeRows.add(new BridgeRow(b.first(), b.second(), bridgeRows.size() + 1, n.firmName(b.first()),
                        cluster(groups, b.first()), n.firmName(b.second()), cluster(groups, b.second()), b.cutOff()));
            }
            summary.set(I18n.format("whatIf.summary", firmRows.size(), bridgeRows.size(), s.bridges().size(),
                    s.degeneracy()));
        }
        firms.setAll(firmRows);
        bridges.setAll(bridgeRows);
        updateMarks();
    }

    private String cluster(Partition groups, int firm) {
        return FirmText.clusterName(explorer, groups.of(firm));
    }

    private void updateMarks() {
        if (!showing) {
            marks.set(Marks.NONE);
            return;
        }
        int[] f = firms.stream().limit(MARKED).mapToInt(WeakFirmRow::firm).toArray();
        int[][] p = bridges.stream().limit(MARKED).map(b -> new int[] {b.first(), b.second()}).toArray(int[][]::new);
        marks.set(new Marks(f, p));
    }

    /** Whether the tab is on screen: the map marks the weak points only then. */
    public void setShowing(boolean now) {
        if (now != showing) {
            showing = now;
            updateMarks();
        }
    }

    /** Selects a listed firm everywhere (the map, the inspector, the other tabs). */
    public void select(int firm) {
        explorer.selectedFirmProperty().set(firm);
    }

    /** The firms whose loss alone splits the network, ranked by the firms they cut off. */
    public ObservableList<WeakFirmRow> firms() {
        return firmsView;
    }

    /** The bridges between two groups, ranked by the firms they cut off. */
    public ObservableList<BridgeRow> bridges() {
        return bridgesView;
    }

    /** "183 firms whose loss alone splits the network; …", in the current language. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the map should mark now ({@link Marks#NONE} while the tab is not showing). */
    public ReadOnlyObjectProperty<Marks> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** Stops following the figures and the language (call when the tab goes away). */
    public void dispose() {
        metrics.metricsProperty().removeListener(onMetrics);
        language.close();
    }
}
