package org.supracluster.ui.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import org.supracluster.analysis.LinkGraph;
import org.supracluster.analysis.Partition;
import org.supracluster.analysis.Qap;
import org.supracluster.analysis.TradeCopatentComparison;
import org.supracluster.export.AnalysisTables;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;
import org.supracluster.ui.LatestTask;
import org.supracluster.ui.UiTasks;
import org.supracluster.ui.tables.TableSnapshot;

/**
 * The state of the "Trade vs co-patent" tab: {@link TradeCopatentComparison} of the explorer's
 * current links and partition (edge overlap, the correlation of cluster-pair densities and the
 * firm-level correlation, each with its QAP p-values), with the seed and permutations of the
 * command line's defaults ({@link AnalysisTables#SEED_DEFAULT},
 * {@link AnalysisTables#PERMUTATIONS_DEFAULT}), so the window, {@code analyze} and the report
 * give the same figures. The permutations run on the injected {@link UiTasks}, only while the tab
 * is on screen; a view change cancels the run under way. Owns no {@code Node}.
 */
public final class ComparisonViewModel {

    /**
     * A line of the tab: a section heading (value null, with what the section measures as its
     * tip) or a measure and its value in words (tip null).
     */
    public record Line(String label, String value, String tip) {
        public boolean isHeading() {
            return value == null;
        }

        static Line heading(String key) {
            return new Line(I18n.get(key), null, I18n.get(key + ".tip"));
        }

        static Line measure(String key, String value) {
            return new Line(I18n.get(key), value, null);
        }
    }

    private final ExplorerViewModel explorer;
    private final LatestTask<TradeCopatentComparison.Result> runs;
    private final ReadOnlyObjectWrapper<TradeCopatentComparison.Result> result = new ReadOnlyObjectWrapper<>();
    private final ChangeListener<LinkGraph> onLinks = (o, was, now) -> update(now);
    private boolean active;
    private boolean stale = true;

    /** @param tasks runs the permutation tests */
    public ComparisonViewModel(ExplorerViewModel explorer, UiTasks tasks) {
        this.explorer = Objects.requireNonNull(explorer, "explorer");
        this.runs = new LatestTask<>(Objects.requireNonNull(tasks, "tasks"));
        explorer.linksProperty().addListener(onLinks);
    }

    private void update(LinkGraph links) {
        if (!active) {
            stale = true; // the permutations run when the tab is shown
            runs.cancel();
            return;
        }
        stale = false;
        result.set(null);
        Partition partition = explorer.partition();
        runs.start(work -> TradeCopatentComparison.compute(links, partition, false,
                AnalysisTables.PERMUTATIONS_DEFAULT, AnalysisTables.SEED_DEFAULT, work), result::set);
    }

    /**
     * Whether the figures are wanted (the tab is on screen). While inactive, view changes are not
     * computed; becoming active catches up with the current view.
     */
    public void setActive(boolean now) {
        active = now;
        if (now && stale) {
            update(explorer.linksProperty().get());
        }
    }

    /** The comparison of the current view, or null while it is computed. */
    public ReadOnlyObjectProperty<TradeCopatentComparison.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether the permutation tests are under way. */
    public ReadOnlyBooleanProperty runningProperty() {
        return runs.runningProperty();
    }

    /** The tab's lines in the current language: three sections, each a heading and its measures. */
    public List<Line> lines() {
        TradeCopatentComparison.Result r = result.get();
        List<Line> lines = new ArrayList<>();
        if (r == null) {
            return lines;
        }
        Locale locale = I18n.locale();
        lines.add(Line.heading("comparison.overlap"));
        lines.add(Line.measure("comparison.tradePairs", RoleFormats.count(r.tradePairs(), locale)));
        lines.add(Line.measure("comparison.copatentPairs", RoleFormats.count(r.copatentPairs(), locale)));
        lines.add(Line.measure("comparison.sharedPairs", RoleFormats.count(r.sharedPairs(), locale)));
        lines.add(Line.measure("comparison.jaccard", decimal(r.jaccard(), locale)));
        lines.add(Line.heading("comparison.density"));
        lines.add(Line.measure("comparison.clusters", RoleFormats.count(r.densities().clusters().size(), locale)));
        qap(lines, r.densityQap(), locale);
        lines.add(Line.heading("comparison.firms"));
        lines.add(Line.measure("comparison.firmsCompared", RoleFormats.count(r.firms(), locale)));
        qap(lines, r.firmQap(), locale);
        return lines;
    }

    private static void qap(List<Line> lines, Qap.Result q, Locale locale) {
        lines.add(Line.measure("comparison.r", decimal(q.observed(), locale)));
        lines.add(Line.measure("comparison.pAtLeast", decimal(q.pAtLeast(), locale)));
        lines.add(Line.measure("comparison.pAtMost", decimal(q.pAtMost(), locale)));
        lines.add(Line.measure("comparison.relabellings", Double.isNaN(q.observed()) ? RoleFormats.UNDEFINED
                : I18n.format(q.exact() ? "comparison.exact" : "comparison.sampled", q.permutations(),
                        Long.toString(AnalysisTables.SEED_DEFAULT))));
    }

    /** Three decimals ("0.743"), or {@link RoleFormats#UNDEFINED}. */
    static String decimal(double x, Locale locale) {
        return Double.isNaN(x) ? RoleFormats.UNDEFINED : String.format(locale, "%.3f", x);
    }

    /** The lines as a two-column table (section headings as rows of their own), for copy and CSV. */
    public TableSnapshot table() {
        List<List<Object>> rows = new ArrayList<>();
        for (Line l : lines()) {
            List<Object> row = new ArrayList<>();
            row.add(l.label());
            row.add(l.value());
            rows.add(row);
        }
        return new TableSnapshot(List.of(I18n.get("comparison.column.measure"), I18n.get("comparison.column.value")),
                rows);
    }

    /** Stops following the explorer and the run under way. Idempotent. */
    public void dispose() {
        explorer.linksProperty().removeListener(onLinks);
        runs.cancel();
    }
}
