package org.supracluster.ui.roles;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.supracluster.analysis.ClusterMetrics;
import org.supracluster.analysis.ClusterRole;
import org.supracluster.ui.I18n;

/**
 * The cluster roles table: one row per cluster with firms, internal and external links, E-I
 * index, internal and external share and role, as {@link org.supracluster.analysis.ClusterRoles}
 * computed them, then the group "other" (firms in no cluster: no shares, no role). A cluster with
 * no firm in the view shows "Not in view" for its role. Numbers are right-aligned ({@link #NUMERIC_STYLE_CLASS}); the cluster and role
 * are named in the current language; {@link #relabel()} redraws everything after a language switch.
 */
public final class ClusterTable extends TableView<ClusterRow> {

    public static final String STYLE_CLASS = "cluster-roles-table";
    /** Style class of the number columns (right-aligned). */
    public static final String NUMERIC_STYLE_CLASS = "numeric";
    /** Style class of a role cell, plus {@code role-core-hub} etc. for the role. */
    public static final String ROLE_STYLE_CLASS = "cluster-role";
    /** Column ids, so that tests and stylesheets find the columns. */
    public static final String CLUSTER_COLUMN_ID = "roles-cluster";
    public static final String FIRMS_COLUMN_ID = "roles-firms";
    public static final String INTERNAL_COLUMN_ID = "roles-internal";
    public static final String EXTERNAL_COLUMN_ID = "roles-external";
    public static final String EI_COLUMN_ID = "roles-ei";
    public static final String INTERNAL_SHARE_COLUMN_ID = "roles-internal-share";
    public static final String EXTERNAL_SHARE_COLUMN_ID = "roles-external-share";
    public static final String ROLE_COLUMN_ID = "roles-role";
    /** Column ids in display order. */
    public static final List<String> COLUMN_IDS = List.of(CLUSTER_COLUMN_ID, FIRMS_COLUMN_ID, INTERNAL_COLUMN_ID,
            EXTERNAL_COLUMN_ID, EI_COLUMN_ID, INTERNAL_SHARE_COLUMN_ID, EXTERNAL_SHARE_COLUMN_ID, ROLE_COLUMN_ID);

    private static final String RIGHT = "-fx-alignment: CENTER-RIGHT;";
    /** Room the column header keeps around its label, px. */
    private static final double HEADER_PADDING = 8;

    private final Label placeholder = new Label();

    public ClusterTable(ObservableList<ClusterRow> rows) {
        super(rows);
        getStyleClass().add(STYLE_CLASS);
        setPlaceholder(placeholder);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ClusterRow, String> name = new TableColumn<>();
        name.setId(CLUSTER_COLUMN_ID);
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name(I18n.locale())));
        name.setPrefWidth(165);
        TableColumn<ClusterRow, ClusterRow> role = new TableColumn<>();
        role.setId(ROLE_COLUMN_ID);
        role.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        role.setCellFactory(c -> new RoleCell());
        // Sorted by role, rows without one ("not in view", "other") last.
        role.setComparator(Comparator.comparing(ClusterRow::role, Comparator.nullsLast(Comparator.naturalOrder())));
        // Exported (copy, CSV) as the text the cell shows, in the current language.
        org.supracluster.ui.tables.TableSnapshot.exportValue(role, r -> r == null ? null : r.roleText());
        role.setPrefWidth(170);
        getColumns().add(name);
        getColumns().add(numeric(FIRMS_COLUMN_ID, m -> (long) m.firms(), (n, l) -> RoleFormats.count(n.longValue(), l)));
        getColumns().add(numeric(INTERNAL_COLUMN_ID, ClusterMetrics::internalLinks,
                (n, l) -> RoleFormats.count(n.longValue(), l)));
        getColumns().add(numeric(EXTERNAL_COLUMN_ID, ClusterMetrics::externalLinks,
                (n, l) -> RoleFormats.count(n.longValue(), l)));
        getColumns().add(numeric(EI_COLUMN_ID, ClusterMetrics::eiIndex, (n, l) -> RoleFormats.eiIndex(n.doubleValue(), l)));
        getColumns().add(numeric(INTERNAL_SHARE_COLUMN_ID, ClusterMetrics::internalShare,
                (n, l) -> RoleFormats.percent(n.doubleValue(), l)));
        getColumns().add(numeric(EXTERNAL_SHARE_COLUMN_ID, ClusterMetrics::externalShare,
                (n, l) -> RoleFormats.percent(n.doubleValue(), l)));
        getColumns().add(role);
        for (TableColumn<ClusterRow, ?> c : getColumns()) {
            Label header = new Label();
            header.setWrapText(true);
            header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            header.prefWidthProperty().bind(c.widthProperty().subtract(HEADER_PADDING));
            // Room for two lines: the header row does not grow by itself to fit a wrapped label.
            header.setStyle("-fx-min-height: 2.6em;");
            c.setGraphic(header);
        }
        relabel();
    }

    private static TableColumn<ClusterRow, Number> numeric(String id, Function<ClusterMetrics, Number> value,
                                                           BiFunction<Number, java.util.Locale, String> format) {
        TableColumn<ClusterRow, Number> column = new TableColumn<>();
        column.setId(id);
        column.getStyleClass().add(NUMERIC_STYLE_CLASS);
        column.setStyle(RIGHT);
        column.setPrefWidth(id.equals(FIRMS_COLUMN_ID) ? 72 : 78);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().metrics())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item, I18n.locale()));
            }
        });
        return column;
    }

    /** Column headers, names and roles in the current language. */
    public void relabel() {
        for (TableColumn<ClusterRow, ?> c : getColumns()) {
            Label header = (Label) c.getGraphic();
            header.setText(I18n.get(headerKey(c.getId())));
            // What the column is and its formula, when the pointer rests on the header.
            Tooltip tip = new Tooltip(I18n.get(headerKey(c.getId()) + ".tip"));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            header.setTooltip(tip);
        }
        placeholder.setText(I18n.get("roles.table.empty"));
        refresh();
    }

    private static String headerKey(String columnId) {
        switch (columnId) {
            case CLUSTER_COLUMN_ID: return "roles.column.cluster";
            case FIRMS_COLUMN_ID: return "metric.firms";
            case INTERNAL_COLUMN_ID: return "metric.internalLinks";
            case EXTERNAL_COLUMN_ID: return "metric.externalLinks";
            case EI_COLUMN_ID: return "metric.eiIndex";
            case INTERNAL_SHARE_COLUMN_ID: return "metric.internalShare";
            case EXTERNAL_SHARE_COLUMN_ID: return "metric.externalShare";
            default: return "roles.column.role";
        }
    }

    /** The header text of the column with one of the {@link #COLUMN_IDS} (a wrapping label, not the column's text). */
    public String header(String id) {
        return ((Label) column(id).getGraphic()).getText();
    }

    /** The definition the header of the column with one of the {@link #COLUMN_IDS} shows as its tooltip. */
    public String headerTip(String id) {
        return ((Label) column(id).getGraphic()).getTooltip().getText();
    }

    /** The column with one of the {@link #COLUMN_IDS}. */
    public TableColumn<ClusterRow, ?> column(String id) {
        return getColumns().stream().filter(c -> id.equals(c.getId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + id));
    }

    /**
     * A row's role, named in the current language, with its definition as a tooltip; "Not in view"
     * (with why) for a cluster with no firm in the view, a dash for "other".
     */
    private static final class RoleCell extends TableCell<ClusterRow, ClusterRow> {
        RoleCell() {
            getStyleClass().add(ROLE_STYLE_CLASS);
        }

        @Override
        protected void updateItem(ClusterRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith("role-"));
            setStyle(null);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(item.roleText());
            ClusterRole r = item.role();
            if (r != null) {
                setTooltip(new Tooltip(I18n.get(I18n.key(r) + ".tip")));
                getStyleClass().add("role-" + r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                setStyle(r == ClusterRole.CORE_HUB ? "-fx-font-weight: bold;" : null);
            } else {
                setTooltip(new Tooltip(I18n.get(item.metrics().isOther() ? "roles.other.tip" : "roles.notInView.tip")));
                getStyleClass().add(item.metrics().isOther() ? "role-other" : "role-not-in-view");
            }
        }
    }
}
