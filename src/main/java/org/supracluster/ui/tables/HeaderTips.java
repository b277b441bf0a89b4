package org.supracluster.ui.tables;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Tooltips on column headers whose text is the column's own ({@link TableColumnBase#setText}):
 * JavaFX gives a column no tooltip of its own, so each column keeps one in its properties and the
 * table puts it on the column's header cell whenever the skin (re)builds the headers. A header
 * whose graphic is a {@code Label} can take the tooltip on that label instead.
 */
public final class HeaderTips {

    private static final String KEY = HeaderTips.class.getName();
    /** Widest a tooltip grows before it wraps, px. */
    private static final double WIDTH = 420;

    private HeaderTips() {
    }

    /** Gives {@code column} this tooltip text (again after a language switch: the tooltip is kept). */
    public static void set(TableColumnBase<?, ?> column, String text) {
        Tooltip tip = of(column);
        if (tip == null) {
            tip = new Tooltip();
            tip.setWrapText(true);
            tip.setMaxWidth(WIDTH);
            column.getProperties().put(KEY, tip);
        }
        tip.setText(text);
    }

    /** The column's tooltip, or null if it has none. */
    public static Tooltip of(TableColumnBase<?, ?> column) {
        return (Tooltip) column.getProperties().get(KEY);
    }

    /** Puts the columns' tooltips on their headers now and after every layout of {@code table}. */
    public static void install(TableView<?> table) {
        Objects.requireNonNull(table, "table");
        // The headers are made by the skin and remade when columns move: attach after each layout.
        table.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs) {
                attach(table);
            }
        });
        attach(table);
    }

    private static void attach(TableView<?> table) {
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader header && header.getTableColumn() != null) {
                Tooltip tip = of(header.getTableColumn());
                if (tip != null && n.getProperties().get(KEY) != tip) {
                    Tooltip.install(n, tip);
                    n.getProperties().put(KEY, tip);
                }
            }
        }
    }
}
