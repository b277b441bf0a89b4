package org.supracluster.ui.inspector;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.supracluster.analysis.FirmMetrics;
import org.supracluster.ui.ExplorerViewModel;
import org.supracluster.ui.I18n;

/**
 * The "Firms" tab's state: a row per shown firm with its figures ({@link FirmRow}), a search text
 * that keeps the rows whose name or id contains it (case, width and spacing ignored), and the row
 * of the explorer's selected firm. The view sorts by binding {@link #sortedFirms()}' comparator
 * to its table. No {@code Node}: tested without a window.
 */
public final class FirmsViewModel {

    private final ExplorerViewModel model;
    private final FirmMetricsViewModel metrics;
    private final ObservableList<FirmRow> rows = FXCollections.observableArrayList();
    private final FilteredList<FirmRow> filtered = new FilteredList<>(rows);
    private final SortedList<FirmRow> sorted = new SortedList<>(filtered);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<FirmRow> selectedRow = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final I18n.Subscription language;

    public FirmsViewModel(ExplorerViewModel model, FirmMetricsViewModel metrics) {
        this.model = Objects.requireNonNull(model, "model");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        metrics.metricsProperty().addListener((o, was, now) -> rebuild());
        search.addListener((o, was, now) -> applySearch());
        model.selectedFirmProperty().addListener((o, was, now) -> followSelection());
        language = I18n.addListener(locale -> rebuild());
        rebuild();
    }

    /** Rows for the shown firms of the latest figures. */
    private void rebuild() {
        FirmMetrics m = metrics.metricsProperty().get();
        List<FirmRow> next = new ArrayList<>();
        if (m != null) {
            for (int f = m.graph().view().nextFirm(0); f >= 0; f = m.graph().view().nextFirm(f + 1)) {
                next.add(FirmRow.of(m, model, f));
            }
        }
        rows.setAll(next);
        updateCount();
        followSelection();
    }

    private void applySearch() {
        String needle = key(search.get());
        Predicate<FirmRow> p = needle.isEmpty() ? null
                : row -> key(row.name()).contains(needle) || key(row.id()).contains(needle);
        filtered.setPredicate(p);
        updateCount();
        followSelection();
    }

    /** Lower case, NFKC (full-width to ASCII, composed Hangul), no spaces. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private void updateCount() {
        count.set(I18n.format("firms.count", filtered.size(), rows.size()));
    }

    private void followSelection() {
        int f = model.selectedFirmProperty().get();
        FirmRow row = null;
        if (f >= 0) {
            for (FirmRow r : filtered) {
                if (r.firm() == f) {
                    row = r;
                    break;
                }
            }
        }
        selectedRow.set(row);
    }

    /** Selects a row's firm everywhere (ignored for null: a table that loses its selection). */
    public void select(FirmRow row) {
        if (row != null) {
            model.selectedFirmProperty().set(row.firm());
        }
    }

    /** Stops following language switches (call when the tab goes away). */
    public void dispose() {
        language.close();
    }

    /** The search text; rows whose name or id contain it stay. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The rows the search leaves, sorted by the comparator the table binds. */
    public SortedList<FirmRow> sortedFirms() {
        return sorted;
    }

    /** The rows the search leaves, unsorted. */
    public ObservableList<FirmRow> filteredFirms() {
        return filtered;
    }

    /** The row of the selected firm, or null when none is selected or the search hides it. */
    public ReadOnlyObjectProperty<FirmRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** "12 of 1,500 firms". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
