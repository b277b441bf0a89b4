package org.supracluster.ui.explorer;

import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import org.supracluster.ui.I18n;
import org.supracluster.ui.layout.LayoutOptions;
import org.supracluster.ui.layout.NetworkLayoutModel;

/**
 * The network layout's options beside the layout switch, as Gephi's ForceAtlas2 panel offers
 * them: a menu button with "LinLog mode" and "Prevent overlap", each with a tooltip saying what it
 * does. The check boxes show {@link NetworkLayoutModel#optionsProperty()} and set it; the model lays
 * the network out again when an option changes.
 */
final class LayoutOptionsButton {

    static final String OPTIONS_ID = "layout-options";
    static final String LINLOG_ID = "layout-linlog";
    static final String OVERLAP_ID = "layout-overlap";

    private final MenuButton button = new MenuButton();
    private final CheckBox linLog = new CheckBox();
    private final CheckBox overlap = new CheckBox();
    private final I18n.Subscription language;

    LayoutOptionsButton(NetworkLayoutModel layout) {
        button.setId(OPTIONS_ID);
        linLog.setId(LINLOG_ID);
        overlap.setId(OVERLAP_ID);
        // Kept open on a click, so both options can be set in one go.
        button.getItems().setAll(new CustomMenuItem(linLog, false), new CustomMenuItem(overlap, false));
        show(layout.optionsProperty().get());
        layout.optionsProperty().addListener((o, was, now) -> show(now));
        linLog.setOnAction(e -> layout.optionsProperty().set(layout.optionsProperty().get().withLinLog(linLog.isSelected())));
        overlap.setOnAction(e -> layout.optionsProperty().set(
                layout.optionsProperty().get().withPreventOverlap(overlap.isSelected())));
        language = I18n.addListener(locale -> texts());
        texts();
    }

    private void show(LayoutOptions options) {
        linLog.setSelected(options.linLog());
        overlap.setSelected(options.preventOverlap());
    }

    MenuButton button() {
        return button;
    }

    private void texts() {
        button.setText(I18n.get("layout.options"));
        button.setTooltip(new Tooltip(I18n.get("layout.options.tooltip")));
        linLog.setText(I18n.get("layout.linLog"));
        linLog.setTooltip(new Tooltip(I18n.get("layout.linLog.tooltip")));
        overlap.setText(I18n.get("layout.preventOverlap"));
        overlap.setTooltip(new Tooltip(I18n.get("layout.preventOverlap.tooltip")));
    }

    void dispose() {
        language.close();
    }
}
