package org.supracluster.ui.tables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The values of a table at one moment, detached from its controls so that they can be written on
 * another thread: a header (the column titles as shown) and rows of cells, each a {@link Number},
 * a {@link String} or null (empty). Immutable.
 *
 * @param header the column titles
 * @param rows the rows, each as long as the header
 */
public record TableSnapshot(List<String> header, List<List<Object>> rows) {

    /**
     * Key of a column property holding a {@code Function<Object, Object>} that turns the column's
     * cell value into the value to export, for a column whose value is neither a number nor text
     * (an enum shown through a translation, say). Without it such a value is exported as its
     * {@code toString()}.
     */
    public static final String EXPORT_VALUE = "org.supracluster.ui.tables.exportValue";

    public TableSnapshot {
        header = List.copyOf(header);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("a row has " + r.size() + " cells, the header " + header.size());
            }
            // List.copyOf refuses nulls, and an empty cell is a null.
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** Sets how a column's cell values are exported (see {@link #EXPORT_VALUE}). */
    public static <S, T> void exportValue(TableColumn<S, T> column, Function<T, Object> value) {
        Objects.requireNonNull(value, "value");
        Function<Object, Object> any = v -> {
            @SuppressWarnings("unchecked")
            T t = (T) v;
            return value.apply(t);
        };
        column.getProperties().put(EXPORT_VALUE, any);
    }

    /** Every row of the table in the order shown (sorted, filtered). Call on the JavaFX thread. */
    public static <S> TableSnapshot all(TableView<S> table) {
        return of(table, table.getItems());
    }

    /** The selected rows in the order shown (not the order they were picked). Call on the JavaFX thread. */
    public static <S> TableSnapshot selected(TableView<S> table) {
        List<Integer> indices = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
        Collections.sort(indices);
        List<S> rows = new ArrayList<>(indices.size());
        for (int i : indices) {
            if (i >= 0 && i < table.getItems().size()) {
                rows.add(table.getItems().get(i));
            }
        }
        return of(table, rows);
    }

    /** The visible columns in their current order (a column dragged elsewhere counts where it now is). */
    private static <S> TableSnapshot of(TableView<S> table, List<S> items) {
        List<TableColumn<S, ?>> columns = List.copyOf(table.getVisibleLeafColumns());
        List<String> header = new ArrayList<>(columns.size());
        for (TableColumn<S, ?> c : columns) {
            header.add(title(c));
        }
        List<List<Object>> rows = new ArrayList<>(items.size());
        for (S item : items) {
            List<Object> row = new ArrayList<>(columns.size());
            for (TableColumn<S, ?> c : columns) {
                var observable = c.getCellObservableValue(item);
                row.add(cell(c, observable == null ? null : observable.getValue()));
            }
            rows.add(row);
        }
        return new TableSnapshot(header, rows);
    }

    /** The column's text, or the text of its graphic when the header is drawn by a label. */
    static String title(TableColumn<?, ?> c) {
        if (c.getText() != null && !c.getText().isEmpty()) {
            return c.getText();
        }
        return c.getGraphic() instanceof Labeled l && l.getText() != null ? l.getText() : "";
    }

    @SuppressWarnings("unchecked")
    private static Object cell(TableColumn<?, ?> column, Object value) {
        Object v = column.getProperties().get(EXPORT_VALUE) instanceof Function<?, ?> f
                ? ((Function<Object, Object>) f).apply(value) : value;
        return v == null || v instanceof Number || v instanceof String ? v : v.toString();
    }

    /** The number of rows. */
    public int size() {
        return rows.size();
    }
}
