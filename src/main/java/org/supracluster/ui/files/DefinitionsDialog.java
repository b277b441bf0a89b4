package org.supracluster.ui.files;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.supracluster.analysis.BrokerageRole;
import org.supracluster.analysis.CartographyRole;
import org.supracluster.analysis.ClusterRole;
import org.supracluster.analysis.FirmMetric;
import org.supracluster.ui.I18n;

/**
 * Help ▸ Definitions (F1): every figure and role the window shows, with its formula and source in
 * words, in the current language. The texts are the bundles' {@code .tip} entries, the very ones
 * the column headers and inspector rows show as tooltips, so the two cannot drift apart; the
 * firm figures come from the {@link FirmMetric} catalogue. The window does not block the explorer,
 * so it can stay open beside the tables it explains.
 */
public final class DefinitionsDialog {

    public static final String DIALOG_ID = "definitions-dialog";

    /** One term and what it means. */
    public record Entry(String term, String text) { }

    /** A heading and its terms. */
    public record Section(String title, List<Entry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    private DefinitionsDialog() {
    }

    /** The sections in the current language: clusters, cluster roles, firms, firm roles, brokerage, weak points, comparisons. */
    public static List<Section> sections() {
        List<Section> out = new ArrayList<>();
        out.add(section("definitions.section.clusters", keyed("definitions.other", "definitions.fairShare",
                "definitions.links", "metric.firms", "metric.internalLinks", "metric.externalLinks", "metric.eiIndex",
                "metric.internalShare", "metric.externalShare", "metric.internalDensity")));
        List<Entry> clusterRoles = new ArrayList<>();
        for (ClusterRole r : ClusterRole.values()) {
            clusterRoles.add(new Entry(I18n.name(r), I18n.get(I18n.key(r) + ".tip")));
        }
        out.add(section("definitions.section.clusterRoles", clusterRoles));
        List<Entry> firms = new ArrayList<>(keyed("definitions.neighbours"));
        for (FirmMetric m : FirmMetric.values()) {
            firms.add(new Entry(I18n.get(m.messageKey()), I18n.get(m.tipKey())));
        }
        out.add(section("definitions.section.firms", firms));
        List<Entry> cartography = new ArrayList<>();
        for (CartographyRole r : CartographyRole.values()) {
            cartography.add(new Entry(I18n.format("cartographyRole.withCode", r.name(), I18n.name(r)),
                    I18n.get(I18n.key(r) + ".tip")));
        }
        out.add(section("definitions.section.cartography", cartography));
        List<Entry> brokerage = new ArrayList<>(keyed("firms.column.brokerage"));
        for (BrokerageRole r : BrokerageRole.values()) {
            brokerage.add(new Entry(I18n.name(r), I18n.get(I18n.key(r) + ".tip")));
        }
        out.add(section("definitions.section.brokerage", brokerage));
        out.add(section("definitions.section.structure", keyed("definitions.articulation", "definitions.bridge",
                "metric.coreness")));
        out.add(section("definitions.section.comparison", keyed("comparison.overlap", "comparison.density",
                "comparison.firms", "definitions.qap", "metric.modularity")));
        return out;
    }

    /** Entries whose term is under {@code key} and whose text is under {@code key.tip}. */
    private static List<Entry> keyed(String... keys) {
        List<Entry> out = new ArrayList<>();
        for (String key : keys) {
            out.add(new Entry(I18n.get(key), I18n.get(key + ".tip")));
        }
        return out;
    }

    private static Section section(String titleKey, List<Entry> entries) {
        return new Section(I18n.get(titleKey), entries);
    }

    /** The window, built in the current language; {@code owner} may be null. */
    public static Dialog<Void> create(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle(I18n.get("definitions.title"));
        VBox box = new VBox(4, AboutDialog.wrapped(I18n.get("definitions.intro")));
        box.setStyle("-fx-padding: 4 14 12 4;");
        for (Section s : sections()) {
            Label heading = new Label(s.title());
            heading.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold; -fx-padding: 12 0 2 0;");
            box.getChildren().add(heading);
            for (Entry e : s.entries()) {
                Label term = new Label(e.term());
                term.setWrapText(true);
                term.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
                box.getChildren().addAll(term, AboutDialog.wrapped(e.text()));
            }
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(680, 560);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setId(DIALOG_ID);
        AboutDialog.closeOnly(dialog);
        return dialog;
    }
}
